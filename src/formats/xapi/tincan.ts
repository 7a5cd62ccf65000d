/**
 * tincan.xml (FACTS §4.2): the course activity, which alone has the launch, then one activity per
 * module and per question, with the same ids and definitions the player sends in statements,
 * and names and descriptions in every language the course is written in.
 */
import type { CourseModel, ModuleModel, QuestionModel } from '../../course/model.ts';
import type { XapiComponent } from '../../quiz/contract.ts';
import { ActivityType, moduleIri, questionDefinition, questionIri } from '../../contract/activities.ts';
import { esc } from '../xml.ts';

const I = '      ';
const lang = (tag: string, l: string, text: string, indent = I) => `${indent}<${tag} lang="${esc(l)}">${esc(text)}</${tag}>`;

function components(tag: string, list: XapiComponent[] | undefined): string[] {
  if (!list?.length) return [];
  return [
    `${I}<${tag}>`,
    ...list.flatMap((c) => [
      `${I}  <component>`,
      `${I}    <id>${esc(c.id)}</id>`,
      ...Object.entries(c.description).map(([l, t]) => lang('description', l, t, `${I}    `)),
      `${I}  </component>`,
    ]),
    `${I}</${tag}>`,
  ];
}

function activity(id: string, type: string, body: string[]): string[] {
  return [`    <activity id="${esc(id)}" type="${esc(type)}">`, ...body, '    </activity>'];
}

/** One line per language that has the text. */
const texts = (tag: string, all: CourseModel[], pick: (t: CourseModel) => string | undefined) =>
  all.flatMap((t) => {
    const text = pick(t);
    return text ? [lang(tag, t.lang, text)] : [];
  });

/** Component lists with a description in every language (ids are the same in every language). */
function mergedComponents(defs: ReturnType<typeof questionDefinition>[], key: 'choices' | 'source' | 'target'): XapiComponent[] | undefined {
  const first = defs[0][key];
  if (!first) return undefined;
  return first.map((c) => ({ id: c.id, description: Object.assign({}, ...defs.map((d) => d[key]?.find((x) => x.id === c.id)?.description ?? {})) }));
}

export function tincanXml(m: CourseModel, launch: string, translations: CourseModel[] = [m]): string {
  const all = translations.length ? translations : [m];
  const modIn = (t: CourseModel, id: string): ModuleModel | undefined => t.modules.find((x) => x.id === id);
  const qIn = (t: CourseModel, mod: string, id: string): QuestionModel | undefined => modIn(t, mod)?.quiz?.questions.find((x) => x.id === id);
  const out: string[] = [
    ...activity(m.iri, ActivityType.course, [
      ...texts('name', all, (t) => t.title),
      ...texts('description', all, (t) => t.description || t.title),
      lang('launch', m.lang, launch),
    ]),
  ];
  for (const mod of m.modules) {
    out.push(
      ...activity(moduleIri(m.iri, mod.id), ActivityType.module, [
        ...texts('name', all, (t) => modIn(t, mod.id)?.title),
        ...texts('description', all, (t) => modIn(t, mod.id)?.description || modIn(t, mod.id)?.title),
      ]),
    );
    for (const q of mod.quiz?.questions ?? []) {
      const d = questionDefinition(q, m.lang);
      const defs = all.flatMap((t) => {
        const tq = qIn(t, mod.id, q.id);
        return tq ? [questionDefinition(tq, t.lang)] : [];
      });
      out.push(
        ...activity(questionIri(m.iri, mod.id, q.id), ActivityType.interaction, [
          ...texts('name', all, (t) => qIn(t, mod.id, q.id)?.prompt),
          ...texts('description', all, (t) => qIn(t, mod.id, q.id)?.prompt),
          `${I}<interactionType>${esc(d.interactionType!)}</interactionType>`,
          ...(d.correctResponsesPattern?.length
            ? [
                `${I}<correctResponsePatterns>`,
                ...d.correctResponsesPattern.map((p) => `${I}  <correctResponsePattern>${esc(p)}</correctResponsePattern>`),
                `${I}</correctResponsePatterns>`,
              ]
            : []),
          ...components('choices', mergedComponents(defs, 'choices')),
          ...components('source', mergedComponents(defs, 'source')),
          ...components('target', mergedComponents(defs, 'target')),
        ]),
      );
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tincan xmlns="http://projecttincan.com/tincan.xsd">',
    '  <activities>',
    ...out,
    '  </activities>',
    '</tincan>',
    '',
  ].join('\n');
}
