/** Prints author diagnostics as `file:line:column: severity message [rule]` + hint. */
import { relative } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';

export function formatDiagnostic(d: Diagnostic, cwd: string, color = false): string {
  const file = relative(cwd, d.file) || d.file;
  const where = d.line ? `${file}:${d.line}:${d.column || 1}` : file;
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev = d.severity === 'error' ? paint(31, 'error') : paint(33, 'warning');
  const head = `${where}: ${sev} ${d.message} ${paint(2, `[${d.rule}]`)}`;
  return d.hint ? `${head}\n    ${paint(36, 'hint:')} ${d.hint}` : head;
}

export function summary(ds: Diagnostic[]): string {
  const e = ds.filter((d) => d.severity === 'error').length;
  const w = ds.length - e;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${plural(e, 'error')}, ${plural(w, 'warning')}`;
}
