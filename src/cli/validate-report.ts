/**
 * `connectoo validate`'s report for people: per package, one verdict line (what it is, what the LMS
 * will do), then its findings in plain words with what to do, then what was not checked.
 * --quiet keeps the verdict lines and the errors; --strict counts warnings as failures.
 */
import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PackageReport } from '../validate/index.ts';
import { verdictWords } from '../validate/findings.ts';

export interface ReportOptions {
  cwd: string;
  strict: boolean;
  quiet: boolean;
  color: boolean;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The exit code of a run: 1 when a package will not import, or (--strict) has a warning. */
export const validateExitCode = (reports: PackageReport[], strict: boolean) =>
  reports.some((r) => r.verdict === 'will-not-import' || (strict && r.counts.warnings > 0)) ? 1 : 0;

/** The package's line: "dist/x.zip: SCORM 1.2 — imports with problems (2 warnings)". */
export function verdictLine(r: PackageReport, o: ReportOptions): string {
  const paint = (code: number, s: string) => (o.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const counts = [r.counts.errors ? plural(r.counts.errors, 'error') : '', r.counts.warnings ? plural(r.counts.warnings, 'warning') : ''].filter(Boolean).join(', ');
  const colour = { ready: 32, 'imports-with-problems': 33, 'will-not-import': 31, 'web-only': 36 }[r.verdict];
  const strict = o.strict && r.verdict === 'imports-with-problems' ? ' — fails --strict' : '';
  return `${relative(o.cwd, r.file) || r.file}: ${r.identified} — ${paint(colour, verdictWords[r.verdict])}${counts ? ` (${counts})` : ''}${strict}`;
}

/** Where in the package: "(imsmanifest.xml, line 40)", or nothing for the zip itself. */
function place(d: Diagnostic, zip: string): string {
  const entry = d.file.startsWith(`${zip}!/`) ? d.file.slice(zip.length + 2) : '';
  const line = d.line ? `line ${d.line}` : '';
  const where = [entry, line].filter(Boolean).join(', ');
  return where ? ` (${where})` : '';
}

export function packageReport(r: PackageReport, o: ReportOptions): string[] {
  const paint = (code: number, s: string) => (o.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines = [verdictLine(r, o)];
  const shown = o.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics;
  // Errors first: what stops the import comes before what the LMS tolerates.
  for (const d of [...shown].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))) {
    const sev = d.severity === 'error' ? paint(31, 'error') : paint(33, 'warning');
    lines.push(`  ${sev}${place(d, r.file)}: ${d.message} ${paint(2, `[${d.rule}]`)}`);
    if (d.hint) lines.push(`    ${paint(36, '→')} ${d.hint}`);
  }
  if (!o.quiet && r.notChecked.length) lines.push(`  not checked: ${r.notChecked.join('; ')}.`);
  return lines;
}

/** The last line when several packages were validated: how many of each verdict. */
export function totalsLine(reports: PackageReport[]): string {
  const order = ['ready', 'imports-with-problems', 'will-not-import', 'web-only'] as const;
  const names = { ready: 'ready', 'imports-with-problems': 'import with problems', 'will-not-import': 'will not import', 'web-only': 'web only' };
  const parts = order.map((v) => [v, reports.filter((r) => r.verdict === v).length] as const).filter(([, n]) => n).map(([v, n]) => `${n} ${names[v]}`);
  return `${plural(reports.length, 'package')}: ${parts.join(', ')}.`;
}
