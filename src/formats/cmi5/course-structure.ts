/**
 * cmi5.xml (FACTS §5.1): the course, then one AU for the whole course, or one AU per module
 * (`index.html?module=<id>`). moveOn follows the course's completion rule; masteryScore is the
 * course's, on the 0–1 scale, given only when the AU has questions to pass.
 */
import type { CourseModel, ModuleModel } from '../../course/model.ts';
import { ActivityType } from '../../runtime/tracking/statement-activities.ts';
import { esc } from '../xml.ts';

export const CMI5_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/** The AU's moveOn for the course rule, given whether the AU has any question. */
export function moveOnOf(completion: CourseModel['completion'], hasQuestions: boolean): MoveOn {
  if (!hasQuestions || completion === 'pages') return 'Completed';
  return completion === 'quiz' ? 'Passed' : 'CompletedAndPassed';
}

/** 0–100 to a 0–1 decimal with at most four places. */
export const masteryDecimal = (score: number) => String(Math.round(score * 100) / 10000);

const langstrings = (tag: string, lang: string, text: string, indent: string) =>
  `${indent}<${tag}><langstring lang="${esc(lang)}">${esc(text)}</langstring></${tag}>`;

interface AuSpec {
  id: string;
  title: string;
  description: string;
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
    langstrings('title', m.lang, a.title, '    '),
    langstrings('description', m.lang, a.description || a.title, '    '),
    `    <url>${esc(a.url)}</url>`,
    '  </au>',
  ];
}

/** AU publisher ids: `<iri>/au` for the whole course, `<iri>/au/<module-id>` per module. */
export const auId = (iri: string, moduleId?: string) => `${iri}/au${moduleId ? `/${encodeURIComponent(moduleId)}` : ''}`;

export function courseStructureXml(m: CourseModel, launch: string, split: boolean): string {
  const aus: AuSpec[] = split
    ? m.modules.map((mod) => ({
        id: auId(m.iri, mod.id),
        title: mod.title,
        description: mod.description ?? mod.title,
        url: `${launch}?module=${encodeURIComponent(mod.id)}`,
        activityType: ActivityType.module,
        modules: [mod],
      }))
    : [{ id: auId(m.iri), title: m.title, description: m.description, url: launch, activityType: ActivityType.course, modules: m.modules }];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NS}">`,
    `  <course id="${esc(m.iri)}">`,
    langstrings('title', m.lang, m.title, '    '),
    langstrings('description', m.lang, m.description || m.title, '    '),
    '  </course>',
    ...aus.flatMap((a) => au(m, a)),
    '</courseStructure>',
    '',
  ].join('\n');
}
