/** The `--json` document of build, check and validate (its shape: src/schema/cli-output.ts). */
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { BuildFile, BuildOutput } from '../index.ts';
import { cliOutputSchemaVersion, type CliBuildOutput, type CliDiagnostic, type CliOutput, type CliVerdict } from '../schema/cli-output.ts';
import type { PackageReport } from '../validate/index.ts';

/** A path as the document gives it: relative to the current folder, forward slashes. */
const rel = (cwd: string, file: string) => (relative(cwd, file) || file).split(sep).join('/');

export const jsonDiagnostic = (d: Diagnostic, cwd: string): CliDiagnostic => ({
  file: rel(cwd, d.file),
  line: d.line,
  column: d.column,
  rule: d.rule,
  severity: d.severity,
  message: d.message,
  ...(d.hint ? { hint: d.hint } : {}),
  ...(d.count ? { count: d.count } : {}),
});

const counts = (ds: Diagnostic[]) => ({ errors: ds.filter((d) => d.severity === 'error').length, warnings: ds.filter((d) => d.severity === 'warning').length });

interface Run {
  version: string;
  cwd: string;
  exitCode: 0 | 1 | 2;
  usageError?: string;
}
const head = (r: Run) => ({
  schemaVersion: cliOutputSchemaVersion as typeof cliOutputSchemaVersion,
  tool: { name: 'connectoo' as const, version: r.version },
  ok: r.exitCode === 0,
  exitCode: r.exitCode,
  ...(r.usageError ? { usageError: r.usageError } : {}),
});

export function buildDocument(r: Run, diagnostics: Diagnostic[], outputs: BuildOutput[], files: BuildFile[]): CliOutput {
  const written: CliBuildOutput[] = [
    ...outputs.map((o) => ({ file: rel(r.cwd, o.file), kind: 'package' as const, course: o.course, language: o.lang, version: o.version, format: o.format, ...(o.module ? { module: o.module } : {}), bytes: o.bytes, sha256: o.sha256 })),
    ...files.map((f) => ({ file: rel(r.cwd, f.file), kind: f.kind, course: f.course, language: f.lang, version: f.version, bytes: f.bytes, sha256: f.sha256 })),
  ];
  return { command: 'build', ...head(r), counts: counts(diagnostics), diagnostics: diagnostics.map((d) => jsonDiagnostic(d, r.cwd)), outputs: written };
}

export const checkDocument = (r: Run, diagnostics: Diagnostic[]): CliOutput => ({
  command: 'check',
  ...head(r),
  counts: counts(diagnostics),
  diagnostics: diagnostics.map((d) => jsonDiagnostic(d, r.cwd)),
});

export function validateDocument(r: Run, strict: boolean, reports: PackageReport[]): CliOutput {
  const verdicts: CliVerdict[] = reports.map((p) => ({
    file: rel(r.cwd, p.file),
    kind: p.format,
    identified: p.identified,
    ...(p.edition ? { edition: p.edition } : {}),
    verdict: p.verdict,
    counts: p.counts,
    notChecked: p.notChecked,
  }));
  const total = { errors: reports.reduce((n, p) => n + p.counts.errors, 0), warnings: reports.reduce((n, p) => n + p.counts.warnings, 0) };
  return { command: 'validate', ...head(r), strict, counts: total, diagnostics: reports.flatMap((p) => p.diagnostics.map((d) => jsonDiagnostic(d, r.cwd))), verdicts };
}

/** A run refused before it started (usage error): the document still says so. */
export function usageDocument(command: 'build' | 'check' | 'validate', r: Run): CliOutput {
  const empty = { counts: { errors: 0, warnings: 0 }, diagnostics: [] };
  if (command === 'build') return { command, ...head(r), ...empty, outputs: [] };
  if (command === 'check') return { command, ...head(r), ...empty };
  return { command, ...head(r), ...empty, strict: false, verdicts: [] };
}
