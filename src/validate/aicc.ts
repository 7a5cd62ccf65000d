/**
 * AICC courses (CMI001): four course files at the root of the zip, .crs (course), .au (assignable
 * units: what to launch), .des (descriptors) and .cst (structure). connectoo builds none, but an
 * admin may be handed one: validate names it and checks what an import relies on, the four files and
 * the launch files the .au names; the rest is listed as not checked.
 */
import type { PackageView } from '../sources/read-package.ts';
import type { FindingReport } from './findings.ts';
import { caseHints } from './manifest.ts';

const kinds = { crs: 'course description', au: 'assignable units (what the LMS launches)', des: 'descriptors', cst: 'course structure' } as const;

/** An AICC course file at the root of the zip (validate reads these). */
export const aiccFile = (name: string) => !name.includes('/') && /\.(crs|au|des|cst)$/i.test(name);

/** Two kinds of AICC course file at least (a lone .au may be a sound): the zip is an AICC course. */
export const isAicc = (names: ReadonlySet<string>) =>
  new Set([...names].filter(aiccFile).map((n) => n.slice(n.lastIndexOf('.') + 1).toLowerCase())).size >= 2;

export const aiccNotChecked = [
  'the course structure (.cst, .des) beyond the files being there',
  'the communication with the LMS (AICC courses report to the LMS over HACP, which not every LMS offers)',
];

/** Rows of a CSV file as AICC writes them (quoted or bare fields, "" inside quotes). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim())) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f.trim())) rows.push(row);
  return rows;
}

/** `file` is the zip: findings of one course file are placed inside it. */
export function checkAicc(pkg: PackageView, file: string, report: FindingReport): void {
  const root = [...pkg.names].filter(aiccFile);
  const ask = 'Ask the course\'s author for the complete AICC package.';
  for (const [ext, what] of Object.entries(kinds))
    if (!root.some((n) => n.toLowerCase().endsWith(`.${ext}`)))
      report({ file, line: 0, column: 0, rule: 'aicc/missing-file', message: `The package has no .${ext} file (${what}): an AICC course needs its four course files (.crs, .au, .des, .cst), and the LMS refuses it without them.`, hint: ask });
  const caseHint = caseHints(pkg);
  for (const au of root.filter((n) => n.toLowerCase().endsWith('.au'))) {
    const data = pkg.read(au);
    if (!data) continue; // over a size limit: reported with the zip's problems
    const [head, ...rows] = csvRows(Buffer.from(data).toString('utf8'));
    const col = (head ?? []).findIndex((h) => h.trim().toLowerCase() === 'file_name');
    const at = `${file}!/${au}`;
    if (col < 0) {
      report({ file: at, line: 1, column: 1, rule: 'aicc/launch', message: `${au} has no File_Name column: the LMS does not know which page to launch.`, hint: ask });
      continue;
    }
    if (!rows.length) report({ file: at, line: 1, column: 1, rule: 'aicc/launch', message: `${au} lists no assignable unit: the LMS has nothing to launch.`, hint: ask });
    rows.forEach((row, i) => {
      const name = (row[col] ?? '').trim().replace(/\\/g, '/').replace(/^\.\//, '');
      if (!name) report({ file: at, line: i + 2, column: 1, rule: 'aicc/launch', message: `Row ${i + 2} of ${au} names no file to launch: the LMS has nothing to open for that unit.`, hint: ask });
      else if (!/^[a-z][a-z0-9+.-]*:/i.test(name) && !pkg.names.has(name.replace(/[?#].*$/, '')))
        report({ file: at, line: i + 2, column: 1, rule: 'aicc/launch', message: `The launch file ${name} of row ${i + 2} of ${au} is not in the package${caseHint(name.replace(/[?#].*$/, ''))}: learners would get a "not found" page.`, hint: ask, group: { what: `launch files named by ${au} are not in the package`, subject: name } });
    });
  }
}
