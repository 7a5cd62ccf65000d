/** `connectoo validate`: checks built packages before an LMS imports them. */
import { resolve } from 'node:path';
import { collector, sortDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readPackage } from '../sources/read-package.ts';
import type { FormatId } from '../contract/player-data.ts';
import { adapters } from '../formats/index.ts';

export interface PackageReport {
  file: string;
  /** What the package is, from its control file. */
  format: FormatId | 'unknown';
  ok: boolean;
  diagnostics: Diagnostic[];
}

export async function validatePackage(path: string, cwd = process.cwd()): Promise<PackageReport> {
  const file = resolve(cwd, path);
  const { list, report } = collector();
  let files: Map<string, Uint8Array>;
  try {
    files = await readPackage(file);
  } catch (e) {
    report({ file, line: 0, column: 0, rule: 'package/unreadable', message: `Not a readable zip: ${(e as Error).message}`, hint: 'Give the .zip file exactly as the build wrote it.' });
    return { file, format: 'unknown', ok: false, diagnostics: list };
  }
  const inside = (name: string) => `${file}!/${name}`;
  const adapter = adapters().find((a) => a.packages.detect(files));
  if (adapter) await adapter.packages.check(files, inside(adapter.packages.controlFile), report);
  else {
    const names = [...new Set(adapters().map((a) => a.packages.controlFile))].join(', ');
    report({ file, line: 0, column: 0, rule: 'package/format', message: `None of ${names} is at the root of the zip.`, hint: 'The control file must sit at the root of the package, not in a folder.' });
  }
  const format: PackageReport['format'] = adapter?.id ?? 'unknown';
  const diagnostics = sortDiagnostics(list);
  return { file, format, ok: !hasErrors(diagnostics), diagnostics };
}
