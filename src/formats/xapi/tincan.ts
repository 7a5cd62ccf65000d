/**
 * tincan.xml (FACTS §4.2): the course activity, which alone has the launch, then one activity per
 * module and per question, with the same ids and definitions the player sends in statements.
 */
import type { CourseModel } from '../../course/model.ts';
import type { XapiComponent } from '../../quiz/contract.ts';
import { ActivityType, moduleIri, questionDefinition, questionIri } from '../../runtime/tracking/statement-activities.ts';
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

export function tincanXml(m: CourseModel, launch: string): string {
  const l = m.lang;
  const out: string[] = [
    ...activity(m.iri, ActivityType.course, [lang('name', l, m.title), lang('description', l, m.description || m.title), lang('launch', l, launch)]),
  ];
  for (const mod of m.modules) {
    out.push(...activity(moduleIri(m.iri, mod.id), ActivityType.module, [lang('name', l, mod.title), lang('description', l, mod.description || mod.title)]));
    for (const q of mod.quiz?.questions ?? []) {
      const d = questionDefinition(q, l);
      out.push(
        ...activity(questionIri(m.iri, mod.id, q.id), ActivityType.interaction, [
          lang('name', l, q.prompt),
          lang('description', l, q.prompt),
          `${I}<interactionType>${esc(d.interactionType!)}</interactionType>`,
          ...(d.correctResponsesPattern?.length
            ? [
                `${I}<correctResponsePatterns>`,
                ...d.correctResponsesPattern.map((p) => `${I}  <correctResponsePattern>${esc(p)}</correctResponsePattern>`),
                `${I}</correctResponsePatterns>`,
              ]
            : []),
          ...components('choices', d.choices),
          ...components('source', d.source),
          ...components('target', d.target),
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
