/** imsmanifest.xml for SCORM 1.2: one SCO holding the whole course, LOM metadata, every file listed. */
import type { CourseModel } from '../../course/model.ts';
import { givesLmsMastery } from '../../contract/reporting.ts';
import { esc, isoMinutes } from '../xml.ts';

const NS =
  'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" ' +
  'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" ' +
  'xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd ' +
  'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ' +
  'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"';

/** XML ID from a course id: letters, digits, dashes, starting with a letter. */
export const xmlId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

const ls = (lang: string, text: string) => `<imsmd:langstring xml:lang="${esc(lang)}">${esc(text)}</imsmd:langstring>`;
const vocab = (source: string, value: string) =>
  `<imsmd:source>${ls('x-none', source)}</imsmd:source><imsmd:value>${ls('x-none', value)}</imsmd:value>`;

function lom(m: CourseModel, indent: string): string {
  const i = (n: number) => indent + '  '.repeat(n);
  const lines = [
    `${i(0)}<imsmd:lom>`,
    `${i(1)}<imsmd:general>`,
    `${i(2)}<imsmd:identifier>${esc(m.iri)}</imsmd:identifier>`,
    `${i(2)}<imsmd:title>${ls(m.lang, m.title)}</imsmd:title>`,
    `${i(2)}<imsmd:language>${esc(m.lang)}</imsmd:language>`,
    `${i(2)}<imsmd:description>${ls(m.lang, m.description)}</imsmd:description>`,
    `${i(1)}</imsmd:general>`,
    `${i(1)}<imsmd:lifecycle>`,
    `${i(2)}<imsmd:version>${ls('x-none', m.version)}</imsmd:version>`,
    // What this version changed: the publisher's contribution, dated by its description only (the build stays reproducible).
    ...(m.versionNote
      ? [`${i(2)}<imsmd:contribute><imsmd:role>${vocab('LOMv1.0', 'Publisher')}</imsmd:role><imsmd:date><imsmd:description>${ls(m.lang, `${m.version}: ${m.versionNote}`)}</imsmd:description></imsmd:date></imsmd:contribute>`]
      : []),
    `${i(1)}</imsmd:lifecycle>`,
    `${i(1)}<imsmd:technical>`,
    `${i(2)}<imsmd:format>text/html</imsmd:format>`,
    ...(m.durationMinutes ? [`${i(2)}<imsmd:duration><imsmd:datetime>${isoMinutes(m.durationMinutes)}</imsmd:datetime></imsmd:duration>`] : []),
    `${i(1)}</imsmd:technical>`,
    ...(m.durationMinutes
      ? [
          `${i(1)}<imsmd:educational>`,
          `${i(2)}<imsmd:typicallearningtime><imsmd:datetime>${isoMinutes(m.durationMinutes)}</imsmd:datetime></imsmd:typicallearningtime>`,
          `${i(1)}</imsmd:educational>`,
        ]
      : []),
    ...m.prerequisites.flatMap((p) => [
      `${i(1)}<imsmd:relation>`,
      `${i(2)}<imsmd:kind>${vocab('LOMv1.0', 'requires')}</imsmd:kind>`,
      `${i(2)}<imsmd:resource>`,
      `${i(3)}<imsmd:identifier>${esc(p.id)}</imsmd:identifier>`,
      `${i(3)}<imsmd:description>${ls(m.lang, p.title)}</imsmd:description>`,
      `${i(2)}</imsmd:resource>`,
      `${i(1)}</imsmd:relation>`,
    ]),
    `${i(0)}</imsmd:lom>`,
  ];
  return lines.join('\n');
}

export function manifest(m: CourseModel, launch: string, files: string[]): string {
  const org = xmlId('ORG', m.id);
  const res = xmlId('RES', m.id);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlId('MANIFEST', `${m.id}-${m.lang}`)}" version="${esc(m.version.slice(0, 20))}" ${NS}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    lom(m, '    '),
    '  </metadata>',
    `  <organizations default="${org}">`,
    `    <organization identifier="${org}" structure="hierarchical">`,
    `      <title>${esc(m.title.slice(0, 200))}</title>`,
    `      <item identifier="${xmlId('ITEM', m.id)}" identifierref="${res}" isvisible="true">`,
    `        <title>${esc(m.title.slice(0, 200))}</title>`,
    // Without it (completion "pages", or a "completed-…" reporting policy) no LMS turns a score into passed/failed.
    ...(!givesLmsMastery(m.completion, m.reporting) ? [] : [`        <adlcp:masteryscore>${m.masteryScore}</adlcp:masteryscore>`]),
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${res}" type="webcontent" adlcp:scormtype="sco" href="${esc(launch)}">`,
    ...files.map((f) => `      <file href="${esc(encodeURI(f))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
