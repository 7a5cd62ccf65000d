/**
 * cmi5.xml (FACTS §5.1): the course, then one AU for the whole course, or one AU per module
 * (`index.html?module=<id>`). moveOn follows the course's completion rule; masteryScore is the
 * course's, on the 0–1 scale, given only when the AU has questions to pass.
 */
import type { CourseModel, ModuleModel } from '../../course/model.ts';
import { ActivityType } from '../../contract/ids.ts';
import { moveOnOf, toScaled } from '../../contract/score-rules.ts';
import { esc } from '../xml.ts';

export const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export { moveOnOf };

/** 0–100 to a 0–1 decimal with at most four places. */
export const masteryDecimal = (score: number) => String(toScaled(score));

/** A title or description with one langstring per language that has the text. */
const langstrings = (tag: string, texts: [lang: string, text: string | undefined][], indent: string) =>
  `${indent}<${tag}>${texts
    .filter(([, t]) => t)
    .map(([l, t]) => `<langstring lang="${esc(l)}">${esc(t!)}</langstring>`)
    .join('')}</${tag}>`;

interface AuSpec {
  id: string;
  title: [string, string | undefined][];
  description: [string, string | undefined][];
  url: string;
  activityType: string;
  modules: ModuleModel[];
}

function au(m: CourseModel, a: AuSpec): string[] {
  const hasQuestions = a.modules.some((x) => (x.quiz?.questions.length ?? 0) > 0);
  const moveOn = moveOnOf(m.completion, hasQuestions);
  const mastery = moveOn.includes('Passed') ? ` masteryScore="${masteryDecimal(m.masteryScore)}"` : '';
  return [
    `  <au id="${esc(a.id)}" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow" activityType="${esc(a.activityType)}">`,
    langstrings('title', a.title, '    '),
    langstrings('description', a.description, '    '),
    `    <url>${esc(a.url)}</url>`,
    '  </au>',
  ];
}

/** AU publisher ids: `<iri>/au` for the whole course, `<iri>/au/<module-id>` per module. */
export const auId = (iri: string, moduleId?: string) => `${iri}/au${moduleId ? `/${encodeURIComponent(moduleId)}` : ''}`;

export function courseStructureXml(m: CourseModel, launch: string, split: boolean, translations: CourseModel[] = [m]): string {
  const all = translations.length ? translations : [m];
  const per = (pick: (t: CourseModel) => string | undefined): [string, string | undefined][] => all.map((t) => [t.lang, pick(t)]);
  const modIn = (t: CourseModel, id: string) => t.modules.find((x) => x.id === id);
  const aus: AuSpec[] = split
    ? m.modules.map((mod) => ({
        id: auId(m.iri, mod.id),
        title: per((t) => modIn(t, mod.id)?.title),
        description: per((t) => modIn(t, mod.id)?.description || modIn(t, mod.id)?.title),
        url: `${launch}?module=${encodeURIComponent(mod.id)}`,
        activityType: ActivityType.module,
        modules: [mod],
      }))
    : [{ id: auId(m.iri), title: per((t) => t.title), description: per((t) => t.description || t.title), url: launch, activityType: ActivityType.course, modules: m.modules }];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NS}">`,
    `  <course id="${esc(m.iri)}">`,
    langstrings('title', per((t) => t.title), '    '),
    langstrings('description', per((t) => t.description || t.title), '    '),
    '  </course>',
    ...aus.flatMap((a) => au(m, a)),
    '</courseStructure>',
    '',
  ].join('\n');
}
