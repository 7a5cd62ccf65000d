/**
 * `connectoo validate`: tells an LMS admin what a zip is and what their LMS will do with it. The zip
 * is streamed under the limits of ./limits.ts; only the files the checks read are kept in memory.
 * Errors are what makes an LMS refuse or break the package; warnings are conformance findings LMSs
 * tolerate (see ./findings.ts for the verdict).
 */
import { resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { scanPackage, type PackageScan } from '../sources/read-package.ts';
import { aiccNotChecked, checkAicc } from './aicc.ts';
import { grouping, verdictOf, type Counts, type FindingReport, type Verdict } from './findings.ts';
import { controlFiles, identify, isLms, readsForIdentify, type Edition, type Identity, type PackageKind } from './identify.ts';
import { controlFileElements, zipLimits } from './limits.ts';
import { countElements, doctypeLine } from './xml.ts';

export type { Verdict, PackageKind, Edition };

export interface PackageReport {
  file: string;
  /** What the package is: one of the formats connectoo builds, `aicc`, or `unknown` (not a package). */
  format: PackageKind;
  /** The same in words, e.g. "SCORM 2004 3rd edition", "web only", "not a package". */
  identified: string;
  edition?: Edition;
  verdict: Verdict;
  /** No error: the LMS will import it. */
  ok: boolean;
  /** Every finding, grouped ones included. */
  counts: Counts;
  /** What is printed: repeated findings grouped into one diagnostic (with its `count`). */
  diagnostics: Diagnostic[];
  /** What validate did not check for this package, in words. */
  notChecked: string[];
}

export async function validatePackage(path: string, cwd = process.cwd()): Promise<PackageReport> {
  const file = resolve(cwd, path);
  const found = grouping(file);
  const where = { file };
  let id: Identity = { kind: 'unknown', label: 'not a package' };
  let notChecked: string[] = [];
  await guard(where, found.report, async () => {
    ({ id, notChecked } = await check(file, where, found.report));
  });
  const diagnostics = sortDiagnostics(found.flush());
  const counts = { ...found.counts };
  return {
    file,
    format: id.kind,
    identified: id.label,
    ...(id.edition ? { edition: id.edition } : {}),
    verdict: verdictOf(!!id.adapter && !isLms(id.adapter), counts),
    ok: counts.errors === 0,
    counts,
    diagnostics,
    notChecked,
  };
}

async function check(file: string, where: { file: string }, report: FindingReport): Promise<{ id: Identity; notChecked: string[] }> {
  const inside = (name: string) => `${file}!/${name}`;
  let scan: PackageScan;
  const unknown: Identity = { kind: 'unknown', label: 'not a package' };
  try {
    scan = await scanPackage(file, readsForIdentify(), zipLimits);
  } catch (e) {
    report({ file, line: 0, column: 0, rule: 'package/unreadable', message: `The file cannot be opened as a zip (${(e as Error).message}): the LMS will refuse it.`, hint: 'Download the package again, or ask its author for a new copy: it is damaged, or not a zip.' });
    return { id: unknown, notChecked: [] };
  }
  for (const p of scan.problems) report({ file: p.entry ? inside(p.entry) : file, line: 0, column: 0, rule: p.rule, message: p.message, hint: p.hint, group: groupOf(p.rule, p.entry) });
  if (!scan.listed) return { id: { kind: 'unknown', label: 'not checked (too many files)' }, notChecked: [] };
  const id = identify(scan.view);
  if (id.kind === 'aicc') {
    checkAicc(scan.view, file, report);
    return { id, notChecked: aiccNotChecked };
  }
  if (id.kind === 'unknown') {
    const names = controlFiles().join(', ');
    if (id.nested) {
      const dir = id.nested.slice(0, id.nested.indexOf('/'));
      report({ file, line: 0, column: 0, rule: 'package/format', message: `The package's files are inside the folder ${dir}/ of the zip (${id.nested}): the LMS looks for ${id.nested.slice(dir.length + 1)} at the root of the zip and will refuse it.`, hint: `Unzip it, then zip the contents of ${dir}/ (not the folder itself).` });
    } else
      report({ file, line: 0, column: 0, rule: 'package/format', message: `The zip holds no file an LMS package starts from (${names} or AICC course files at its root) and no web page: it is not a course package, and the LMS will refuse it.`, hint: 'Check that this is the file you meant to upload: a course exported for an LMS holds one of these at the root of its zip.' });
    return { id, notChecked: [] };
  }
  if (!id.adapter || !isLms(id.adapter)) return { id, notChecked: [] };
  const control = id.adapter.packages.controlFile;
  where.file = inside(control);
  const data = scan.view.read(control);
  const text = data ? Buffer.from(data).toString('utf8') : '';
  const line = doctypeLine(text);
  if (line && /<!ENTITY\s+(%\s*)?[^\s>]+\s+(SYSTEM|PUBLIC)\b/i.test(text))
    report({ file: where.file, line, column: 1, rule: 'xml/doctype', message: `${control} declares an external entity (a reference to a file or address outside the package): an LMS whose XML parser loads it could reveal files of its server.`, hint: 'Do not import this package: a course manifest needs no DOCTYPE. Ask its author for one without.' });
  else if (line)
    report({ file: where.file, line, column: 1, severity: 'warning', rule: 'xml/doctype', message: `${control} declares a DOCTYPE: connectoo neither loads it nor expands its entities, but an LMS's XML parser might.`, hint: 'A package manifest needs no DOCTYPE: the package\'s author can remove it.' });
  const elements = countElements(text);
  if (elements > controlFileElements) {
    report({ file: where.file, line: 0, column: 0, rule: 'package/control-file-size', message: `${control} holds ${elements} elements, over the limit of ${controlFileElements}: it was not checked.`, hint: 'A manifest lists each file of the package once: a course has a few hundred. Ask the package\'s author why it is so large.' });
    return { id, notChecked: [] };
  }
  await id.adapter.packages.check(scan.view, where.file, report);
  return { id, notChecked: (await id.adapter.packages.notChecked?.(scan.view)) ?? [] };
}

/** Zip problems that repeat per entry are grouped like other findings. */
function groupOf(rule: string, entry: string | undefined): { what: string; subject: string } | undefined {
  if (!entry) return undefined;
  const what: Record<string, string> = {
    'package/unsafe-path': 'zip entries have unsafe names (absolute, "..", or backslashes)',
    'package/damaged-entry': 'files of the zip are damaged',
    'package/duplicate-entry': 'files are in the zip twice',
    'package/entry-size': 'files unpack to more than the limit or than their header says',
    'package/compression-ratio': 'files unpack to more than 200 times their size in the zip',
  };
  return what[rule] ? { what: what[rule]!, subject: entry } : undefined;
}

/**
 * Runs `work`; an error it throws becomes an `internal/unexpected` diagnostic on the file being
 * checked, never a stack trace for the user.
 */
export async function guard(where: { file: string }, report: FindingReport, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    report({ file: where.file, line: 0, column: 0, rule: 'internal/unexpected', message: `connectoo validate stopped on an unexpected error: ${what}`, hint: 'This is a connectoo bug: please report it with the package. The package was not fully checked.' });
  }
}
