/**
 * The answer key written beside each SCORM 1.2 zip: LMS reports (Moodle's among them) show SCORM 1.2
 * responses as letters (`a.b,b.a`), which the key turns back into the texts of the course language.
 * CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read the accents), one row per letter.
 */
import type { CourseModel } from '../course/model.ts';
import { stringsFor, type UiKey } from '../contract/player-texts.ts';
import { handlerOf } from '../quiz/index.ts';

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const answerKeyName = (m: CourseModel) => `${m.id}-${m.lang}-${m.version}-scorm12-answer-key.csv`;

export function answerKeyCsv(m: CourseModel): string {
  const strings = stringsFor(m.lang);
  const t = (key: string) => strings[key as UiKey] ?? key;
  const rows = [['interaction', 'question', 'type', 'list', 'letter', 'text']];
  for (const mod of m.modules)
    for (const q of mod.quiz?.questions ?? [])
      for (const k of handlerOf(q).scormKey(q as never, t)) rows.push([q.interactionId, q.prompt, handlerOf(q).scormType, k.role, k.letter, k.text]);
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
