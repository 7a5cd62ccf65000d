/**
 * imsmanifest.xml for SCORM 2004 4th edition: IMS CP 1.1.4 with the ADL CP, sequencing (IMS SS,
 * ADL SEQ) and navigation namespaces, LOM metadata, every file listed. One SCO for the whole course,
 * or (`--split modules`) one SCO per module, each opening once the previous one is completed.
 */
import { givesLmsMastery } from '../../contract/reporting.ts';
import { judgesSuccess, toScaled } from '../../contract/score-rules.ts';
import type { CourseModel, ModuleModel } from '../../course/model.ts';
import { esc, isoMinutes } from '../xml.ts';

export const ns = {
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
};

/** Schema files named in xsi:schemaLocation, by namespace. */
export const schemaFiles: Record<string, string> = {
  [ns.cp]: 'imscp_v1p1.xsd',
  [ns.adlcp]: 'adlcp_v1p3.xsd',
  [ns.adlseq]: 'adlseq_v1p3.xsd',
  [ns.adlnav]: 'adlnav_v1p3.xsd',
  [ns.imsss]: 'imsss_v1p0.xsd',
};

export const SCHEMA_VERSION = '2004 4th Edition';

const NS =
  `xmlns="${ns.cp}" xmlns:adlcp="${ns.adlcp}" xmlns:adlseq="${ns.adlseq}" xmlns:adlnav="${ns.adlnav}" ` +
  `xmlns:imsss="${ns.imsss}" xmlns:lom="${ns.lom}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
  `xsi:schemaLocation="${Object.entries(schemaFiles).map(([n, f]) => `${n} ${f}`).join(' ')}"`;

/** XML ID from a course id: letters, digits, dashes, starting with a letter. */
const xmlId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

const str = (lang: string, text: string) => `<lom:string language="${esc(lang)}">${esc(text)}</lom:string>`;
const vocab = (value: string) => `<lom:source>LOMv1.0</lom:source><lom:value>${esc(value)}</lom:value>`;

function lom(m: CourseModel, translations: CourseModel[]): string {
  const all = translations.length ? translations : [m];
  const lines = [
    '<lom:lom>',
    '  <lom:general>',
    `    <lom:identifier><lom:catalog>URI</lom:catalog><lom:entry>${esc(m.iri)}</lom:entry></lom:identifier>`,
    `    <lom:title>${all.map((t) => str(t.lang, t.title)).join('')}</lom:title>`,
    `    <lom:language>${esc(m.lang)}</lom:language>`,
    `    <lom:description>${all.map((t) => str(t.lang, t.description)).join('')}</lom:description>`,
    '  </lom:general>',
    `  <lom:lifeCycle><lom:version>${str('x-none', m.version)}</lom:version>${
      m.versionNote ? `<lom:contribute><lom:role>${vocab('publisher')}</lom:role><lom:date><lom:description>${str(m.lang, `${m.version}: ${m.versionNote}`)}</lom:description></lom:date></lom:contribute>` : ''
    }</lom:lifeCycle>`,
    '  <lom:technical>',
    '    <lom:format>text/html</lom:format>',
    ...(m.durationMinutes ? [`    <lom:duration><lom:duration>${isoMinutes(m.durationMinutes)}</lom:duration></lom:duration>`] : []),
    '  </lom:technical>',
    ...(m.durationMinutes
      ? [`  <lom:educational><lom:typicalLearningTime><lom:duration>${isoMinutes(m.durationMinutes)}</lom:duration></lom:typicalLearningTime></lom:educational>`]
      : []),
    ...m.prerequisites.map(
      (p) =>
        `  <lom:relation><lom:kind>${vocab('requires')}</lom:kind><lom:resource>` +
        `<lom:identifier><lom:catalog>URI</lom:catalog><lom:entry>${esc(p.id)}</lom:entry></lom:identifier>` +
        `<lom:description>${str(m.lang, p.title)}</lom:description></lom:resource></lom:relation>`,
    ),
    '</lom:lom>',
  ];
  return lines.map((l) => `    ${l}`).join('\n');
}

/** The course mastery as the primary objective's minimum normalized measure, where the LMS should judge by it. */
function primaryObjective(m: CourseModel, id: string, scored: boolean, inner = ''): string {
  if (!scored || !givesLmsMastery(m.completion, m.reporting))
    return `<imsss:primaryObjective objectiveID="${id}"${inner ? `>${inner}</imsss:primaryObjective>` : '/>'}`;
  return (
    `<imsss:primaryObjective objectiveID="${id}" satisfiedByMeasure="true">` +
    `<imsss:minNormalizedMeasure>${toScaled(m.masteryScore)}</imsss:minNormalizedMeasure>${inner}</imsss:primaryObjective>`
  );
}

/** The status the SCO sets is the status (the defaults would let the LMS mark it completed and satisfied on launch). */
const delivery = '<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>';

const hasQuestions = (modules: ModuleModel[]) => modules.some((x) => (x.quiz?.questions.length ?? 0) > 0);

/** Global objective that holds a module's completion, shared by its SCO (writes) and the next one (reads). */
const doneTarget = (m: CourseModel, module: ModuleModel) => `${m.iri}/module/${module.id}/completed`;

/** Sequencing of module `i`: its completion written to a global objective; from the second on, disabled until the previous one is completed. */
function moduleSequencing(m: CourseModel, i: number): string[] {
  const module = m.modules[i]!;
  const own = `done-${module.id}`;
  const scored = judgesSuccess(m.completion, hasQuestions([module]));
  const prev = i > 0 ? m.modules[i - 1]! : undefined;
  const rules = prev
    ? [
        '<imsss:sequencingRules><imsss:preConditionRule>',
        '  <imsss:ruleConditions conditionCombination="any">',
        '    <imsss:ruleCondition referencedObjective="previous-module" operator="not" condition="completed"/>',
        '    <imsss:ruleCondition referencedObjective="previous-module" operator="not" condition="activityProgressKnown"/>',
        '  </imsss:ruleConditions>',
        '  <imsss:ruleAction action="disabled"/>',
        '</imsss:preConditionRule></imsss:sequencingRules>',
      ]
    : [];
  return [
    '<imsss:sequencing>',
    ...rules.map((l) => `  ${l}`),
    `  <imsss:objectives>${primaryObjective(m, own, scored)}${prev ? '<imsss:objective objectiveID="previous-module"/>' : ''}</imsss:objectives>`,
    `  ${delivery}`,
    '  <adlseq:objectives>',
    `    <adlseq:objective objectiveID="${own}"><adlseq:mapInfo targetObjectiveID="${esc(doneTarget(m, module))}" writeCompletionStatus="true"/></adlseq:objective>`,
    ...(prev
      ? [
          `    <adlseq:objective objectiveID="previous-module"><adlseq:mapInfo targetObjectiveID="${esc(doneTarget(m, prev))}" readCompletionStatus="true"/></adlseq:objective>`,
        ]
      : []),
    '  </adlseq:objectives>',
    '</imsss:sequencing>',
  ];
}

export function manifest(m: CourseModel, translations: CourseModel[], launch: string, files: string[], split: boolean): string {
  const org = xmlId('ORG', m.id);
  const res = xmlId('RES', m.id);
  const title = (t: string) => `<title>${esc(t.slice(0, 200))}</title>`;
  const indent = (lines: string[], n: number) => lines.map((l) => ' '.repeat(n) + l);
  const items = split
    ? m.modules.flatMap((module, i) => [
        `<item identifier="${xmlId('ITEM', module.id)}" identifierref="${res}" parameters="?module=${encodeURIComponent(module.id)}">`,
        `  ${title(module.title)}`,
        ...indent(moduleSequencing(m, i), 2),
        '</item>',
      ])
    : [
        `<item identifier="${xmlId('ITEM', m.id)}" identifierref="${res}">`,
        `  ${title(m.title)}`,
        `  <imsss:sequencing><imsss:objectives>${primaryObjective(m, 'course', judgesSuccess(m.completion, hasQuestions(m.modules)))}</imsss:objectives>${delivery}</imsss:sequencing>`,
        '</item>',
      ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlId('MANIFEST', `${m.id}-${m.lang}`)}" version="${esc(m.version.slice(0, 20))}" ${NS}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${SCHEMA_VERSION}</schemaversion>`,
    lom(m, translations),
    '  </metadata>',
    `  <organizations default="${org}">`,
    `    <organization identifier="${org}" structure="hierarchical" adlseq:objectivesGlobalToSystem="false">`,
    `      ${title(m.title)}`,
    ...indent(items, 6),
    // The learner may open any module the rules allow, and go on with Continue/Previous.
    '      <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${res}" type="webcontent" adlcp:scormType="sco" href="${esc(launch)}">`,
    ...files.map((f) => `      <file href="${esc(encodeURI(f))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
