/**
 * `connectoo validate`: checks built packages before an LMS imports them. The zip is streamed under
 * the limits of ./limits.ts; only the files a format reads are kept in memory.
 */
import { resolve } from 'node:path';
import { collector, sortDiagnostics, hasErrors, type Diagnostic, type Report } from '../diagnostics/diagnostic.ts';
import { scanPackage, type PackageScan } from '../sources/read-package.ts';
import type { FormatId } from '../contract/player-data.ts';
import { adapters } from '../formats/index.ts';
import { controlFileElements, diagnosticsPerRule, zipLimits } from './limits.ts';
import { countElements, doctypeLine } from './xml.ts';

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
  const capped = capPerRule(report, diagnosticsPerRule);
  const where = { file };
  let format: PackageReport['format'] = 'unknown';
  await guard(where, capped.report, async () => {
    format = await check(file, where, capped.report);
  });
  capped.flush();
  const diagnostics = sortDiagnostics(list);
  return { file, format, ok: !hasErrors(diagnostics), diagnostics };
}

async function check(file: string, where: { file: string }, report: Report): Promise<PackageReport['format']> {
  const inside = (name: string) => `${file}!/${name}`;
  const all = adapters();
  let scan: PackageScan;
  try {
    scan = await scanPackage(file, new Set(all.flatMap((a) => a.packages.reads)), zipLimits);
  } catch (e) {
    report({ file, line: 0, column: 0, rule: 'package/unreadable', message: `Not a readable zip: ${(e as Error).message}`, hint: 'Give the .zip file exactly as the build wrote it.' });
    return 'unknown';
  }
  for (const p of scan.problems) report({ file: p.entry ? inside(p.entry) : file, line: 0, column: 0, rule: p.rule, message: p.message, hint: p.hint });
  if (!scan.listed) return 'unknown';
  const adapter = all.find((a) => a.packages.detect(scan.view));
  if (!adapter) {
    const names = [...new Set(all.map((a) => a.packages.controlFile))].join(', ');
    report({ file, line: 0, column: 0, rule: 'package/format', message: `None of ${names} is at the root of the zip.`, hint: 'The control file must sit at the root of the package, not in a folder.' });
    return 'unknown';
  }
  const control = adapter.packages.controlFile;
  where.file = inside(control);
  const data = scan.view.read(control);
  const text = data ? Buffer.from(data).toString('utf8') : '';
  const line = doctypeLine(text);
  if (line)
    report({ file: where.file, line, column: 1, severity: 'warning', rule: 'xml/doctype', message: `${control} declares a DOCTYPE. connectoo does not load it nor expand its entities, but an LMS's XML parser might (external entities can read files on the LMS server).`, hint: 'A package manifest needs no DOCTYPE: remove it.' });
  const elements = countElements(text);
  if (elements > controlFileElements)
    report({ file: where.file, line: 0, column: 0, rule: 'package/control-file-size', message: `${control} holds ${elements} elements, over the limit of ${controlFileElements}.`, hint: 'A manifest lists each file of the package once: a course has a few hundred.' });
  else await adapter.packages.check(scan.view, where.file, report);
  return adapter.id;
}

/**
 * Runs `work`; an error it throws becomes an `internal/unexpected` diagnostic on the file being
 * checked, never a stack trace for the user.
 */
export async function guard(where: { file: string }, report: Report, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    report({ file: where.file, line: 0, column: 0, rule: 'internal/unexpected', message: `connectoo validate stopped on an unexpected error: ${what}`, hint: 'This is a connectoo bug: please report it with the package. The package was not fully checked.' });
  }
}

/** At most `max` diagnostics of one rule; the rest become one last diagnostic saying how many more there were. */
function capPerRule(report: Report, max: number) {
  const counts = new Map<string, { n: number; first: Parameters<Report>[0] }>();
  return {
    report: ((d) => {
      const c = counts.get(d.rule) ?? { n: 0, first: d };
      counts.set(d.rule, c);
      if (++c.n <= max) report(d);
      else if (c.n === max + 1) c.first = d;
    }) as Report,
    flush() {
      for (const [rule, c] of counts)
        if (c.n > max) report({ ...c.first, line: 0, column: 0, rule, message: `…and ${c.n - max} more [${rule}] like the ones above.`, hint: c.first.hint });
    },
  };
}
