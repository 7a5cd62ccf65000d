/** Prints author diagnostics as `file:line:column: severity message [rule]` + hint, with the words in the run's language. */
import { relative } from 'node:path';
import type { Lang } from '../contract/languages.ts';
import type { Diagnostic } from './diagnostic.ts';
import { words } from './messages/index.ts';

export function formatDiagnostic(d: Diagnostic, cwd: string, color = false, lang: Lang = 'en'): string {
  const file = relative(cwd, d.file) || d.file;
  const where = d.line ? `${file}:${d.line}:${d.column || 1}` : file;
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  // `error`/`warning` and the rule id stay in English: editors and CI read them.
  const sev = d.severity === 'error' ? paint(31, 'error') : paint(33, 'warning');
  const head = `${where}: ${sev} ${d.message} ${paint(2, `[${d.rule}]`)}`;
  return d.hint ? `${head}\n    ${paint(36, words[lang].hintLabel)} ${d.hint}` : head;
}

export function summary(ds: Diagnostic[], lang: Lang = 'en'): string {
  const e = ds.filter((d) => d.severity === 'error').length;
  return words[lang].summary(e, ds.length - e);
}
