/** `connectoo validate`: checks built packages before an LMS imports them. */
import { resolve } from 'node:path';
import { collector, sortDiagnostics, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { readPackage } from '../sources/read-package.ts';
import { checkScorm12 } from './scorm12.ts';
import { checkCmi5, checkTincan } from './xapi-cmi5.ts';

export interface PackageReport {
  file: string;
  /** What the package is, from its control file. */
  format: 'scorm12' | 'xapi' | 'cmi5' | 'web' | 'unknown';
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
  let format: PackageReport['format'] = 'unknown';
  if (files.has('imsmanifest.xml')) {
    format = 'scorm12';
    checkScorm12(files, inside('imsmanifest.xml'), report);
  } else if (files.has('cmi5.xml')) {
    format = 'cmi5';
    checkCmi5(files, inside('cmi5.xml'), report);
  } else if (files.has('tincan.xml')) {
    format = 'xapi';
    checkTincan(files, inside('tincan.xml'), report);
  } else if (files.has('index.html')) {
    format = 'web';
  } else {
    report({ file, line: 0, column: 0, rule: 'package/format', message: 'No imsmanifest.xml, cmi5.xml, tincan.xml or index.html at the root of the zip.', hint: 'The control file must sit at the root of the package, not in a folder.' });
  }
  const diagnostics = sortDiagnostics(list);
  return { file, format, ok: !hasErrors(diagnostics), diagnostics };
}
