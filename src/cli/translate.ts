/** `connectoo translate export|import|mark|status`: the translation commands, printed for a person at a terminal. */
import { relative } from 'node:path';
import { formatDiagnostic, summary } from '../diagnostics/format-diagnostics.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../schema/course.ts';

type Out = { write: (s: string) => unknown };

export const translateUsage = `  connectoo translate export <course-dir> --from fr --to nl [--out file.xlf]   the texts as XLIFF 1.2 for a CAT tool
  connectoo translate import <course-dir> <file.xlf> [--to nl]                 writes the translated files (or refuses the file)
  connectoo translate mark <course-dir> --from fr --to nl [file...]            records today's sources as translated
  connectoo translate status <course-dir> --from fr --to nl                    which translations are up to date, stale or missing`;

export async function translateCommand(
  args: string[],
  opts: { from?: string; to?: string; out?: string },
  cwd: string,
  langUi: Lang,
  out: Out,
  err: Out,
  color: boolean,
): Promise<number> {
  const { UsageError } = await import('../index.ts');
  const api = await import('../translate/api.ts');
  const [sub, courseDir, ...rest] = args;
  if (!sub || !['export', 'import', 'mark', 'status'].includes(sub)) throw new UsageError('translate takes export, import, mark or status.');
  if (!courseDir) throw new UsageError(`translate ${sub} takes a course folder.`);
  const print = (ds: Diagnostic[]) => {
    for (const d of ds) err.write(formatDiagnostic(d, cwd, color, langUi) + '\n');
    if (ds.length) err.write(`\n${summary(ds, langUi)}\n`);
  };
  const pair = () => {
    if (!opts.from || !opts.to) throw new UsageError(`translate ${sub} needs --from and --to, e.g. --from fr --to nl.`);
    return { courseDir, cwd, langUi, from: opts.from, to: opts.to };
  };
  if (sub === 'export') {
    if (rest.length) throw new UsageError('translate export takes one course folder; name the file with --out.');
    const r = await api.exportTranslation({ ...pair(), out: opts.out });
    print(r.diagnostics);
    if (!r.ok) return 1;
    out.write(`wrote ${relative(cwd, r.file!)}: ${r.units} texts, ${r.translated} already translated. Give it to a translation tool (XLIFF 1.2), then: connectoo translate import ${courseDir} <translated file>\n`);
    return 0;
  }
  if (sub === 'import') {
    if (rest.length !== 1) throw new UsageError('translate import takes a course folder and one .xlf file.');
    const r = await api.importTranslation({ courseDir, cwd, langUi, xliff: rest[0]!, to: opts.to });
    print(r.diagnostics);
    if (!r.ok) {
      err.write('Nothing was written: fix the file (or export again), then import it again.\n');
      return 1;
    }
    for (const f of r.written) out.write(`wrote ${f}\n`);
    out.write(`${r.written.length ? '' : 'Every target file was already up to date. '}${r.recorded.length} translations recorded in translations.lock.yaml. Next: connectoo check ${courseDir}\n`);
    return 0;
  }
  if (sub === 'mark') {
    const r = await api.markTranslations({ ...pair(), files: rest });
    print(r.diagnostics);
    if (!r.ok) return 1;
    for (const m of r.marked) out.write(`recorded ${m}\n`);
    for (const d of r.dropped) out.write(`dropped the record of ${d} (file gone)\n`);
    if (!r.marked.length) out.write(`No translated file of ${opts.from} → ${opts.to} to record.\n`);
    return 0;
  }
  const r = await api.translationStatus(pair());
  print(r.diagnostics);
  const label = { 'up-to-date': 'up to date', stale: 'STALE', 'no-record': 'no record', missing: 'not translated' } as const;
  for (const f of r.files) out.write(`${label[f.state].padEnd(15)}${f.target}${f.changed ? `  (${f.source} changed at line ${f.changed.join(', ')})` : ''}\n`);
  return r.ok ? 0 : 1;
}
