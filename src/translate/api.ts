/**
 * `connectoo translate export|import|mark|status`: a course's texts to an XLIFF 1.2 file for translators,
 * the translated file back into the course, and the records that tell later when a source changed.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { authorReport } from '../diagnostics/author-report.ts';
import { collector, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseYaml } from '../course/yaml.ts';
import { UsageError } from '../index.ts';
import { writeCourseFiles, writeTextFile } from '../package/write-translation.ts';
import { supportedLanguages, type Lang } from '../schema/course.ts';
import { readCourseSources, type CourseSources } from '../sources/read-course.ts';
import { readTextFile } from '../sources/read-translation.ts';
import { sourceText, staleness } from './check-records.ts';
import { courseUnits, type TranslatedFile } from './course-units.ts';
import { planImport } from './import.ts';
import { fileAndLang, parseRecords, recordKind, recordOf, recordsFile, recordsText, sourceBlocks, type TranslationRecord } from './records.ts';
import { readXliff } from './xliff-read.ts';
import { exported, writeXliff } from './xliff-write.ts';

export interface TranslateOptions {
  courseDir: string;
  cwd?: string;
  /** Language of the author messages (default: en). */
  langUi?: Lang;
}
export interface PairOptions extends TranslateOptions {
  from: string;
  to: string;
}
export interface TranslateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
}

async function open(opts: TranslateOptions) {
  const dir = resolve(opts.cwd ?? process.cwd(), opts.courseDir);
  let src: CourseSources;
  try {
    src = await readCourseSources(dir);
  } catch {
    throw new UsageError(`Course folder not found: ${dir}`);
  }
  if (!src.courseYaml) throw new UsageError(`${dir} is not a course folder (no course.yaml).`);
  const { list, report } = collector();
  const author = authorReport(report, opts.langUi);
  const course = (parseYaml(join(dir, 'course.yaml'), src.courseYaml.text, author)?.data ?? {}) as { id?: unknown; languages?: unknown };
  const languages = Array.isArray(course.languages) ? course.languages.map(String) : [];
  const parsed = src.translations ? parseRecords(src.translations.text) : { records: new Map<string, TranslationRecord>(), lines: new Map() };
  return { dir, src, list, author, languages, id: typeof course.id === 'string' ? course.id : dir.split(/[\\/]/).pop()!, records: parsed?.records ?? new Map<string, TranslationRecord>() };
}

function checkPair(from: string, to: string, languages: readonly string[]) {
  if (!languages.includes(from)) throw new UsageError(`--from ${from || '(missing)'}: the course is written in ${languages.join(', ')}.`);
  if (!(supportedLanguages as readonly string[]).includes(to)) throw new UsageError(`--to ${to || '(missing)'}: use one of ${supportedLanguages.join(', ')}.`);
  if (from === to) throw new UsageError('--from and --to name the same language.');
}

const done = (list: Diagnostic[]): TranslateResult => ({ ok: !hasErrors(list), diagnostics: sortDiagnostics(list) });

/** Writes the XLIFF 1.2 file of a course's texts from one language into another. */
export async function exportTranslation(opts: PairOptions & { out?: string }): Promise<TranslateResult & { file?: string; units: number; translated: number }> {
  const c = await open(opts);
  if (hasErrors(c.list)) return { ...done(c.list), units: 0, translated: 0 };
  checkPair(opts.from, opts.to, c.languages);
  const { files, ok } = courseUnits(c.src, opts.from, opts.to, c.author);
  if (!ok || hasErrors(c.list)) return { ...done(c.list), ok: false, units: 0, translated: 0 };
  const review = new Set<string>();
  for (const f of files) {
    const record = c.records.get(f.record);
    const source = sourceText(c.src, f.source);
    const target = sourceText(c.src, f.target);
    const stale = record && source && target && staleness(record, f.record, source, target);
    if (!stale) continue;
    const blocks = stale.changes.filter((ch) => ch.newIndex !== undefined).map((ch) => ch.newIndex!);
    const ranges = sourceBlocks(recordKind(f.record), source.text, f.source, opts.from).filter((_, i) => blocks.includes(i));
    for (const u of f.units) if (ranges.some((b) => u.line <= b.endLine && (u.endLine ?? u.line) >= b.line)) review.add(u.id);
  }
  const xliff = writeXliff(files, { from: opts.from, to: opts.to, course: c.id, review });
  const file = resolve(opts.cwd ?? process.cwd(), opts.out ?? `${c.id}.${opts.from}-${opts.to}.xlf`);
  await writeTextFile(file, xliff);
  const units = files.flatMap((f) => f.units.filter(exported));
  return { ...done(c.list), file, units: units.length, translated: files.reduce((n, f) => n + f.units.filter((u) => exported(u) && f.existing.has(u.id)).length, 0) };
}

async function writeRecords(dir: string, records: Map<string, TranslationRecord>) {
  await writeCourseFiles(dir, [{ path: recordsFile, text: recordsText(records) }]);
}

const freshRecord = (f: TranslatedFile, from: string) => recordOf(recordKind(f.record), f.sourceText, f.source, from);

/** Writes the target files of a translated XLIFF file, or refuses it with the reasons (nothing written). */
export async function importTranslation(opts: TranslateOptions & { xliff: string; to?: string }): Promise<TranslateResult & { written: string[]; recorded: string[] }> {
  const c = await open(opts);
  if (hasErrors(c.list)) return { ...done(c.list), written: [], recorded: [] };
  const xliffFile = resolve(opts.cwd ?? process.cwd(), opts.xliff);
  let text;
  try {
    text = await readTextFile(xliffFile);
  } catch {
    throw new UsageError(`Cannot read ${xliffFile}.`);
  }
  const xliff = readXliff(text.text, xliffFile, c.languages, opts.to, c.author);
  if (!xliff) return { ...done(c.list), ok: false, written: [], recorded: [] };
  const { files, ok } = courseUnits(c.src, xliff.from, xliff.to, c.author);
  if (!ok) return { ...done(c.list), ok: false, written: [], recorded: [] };
  const plan = planImport(files, xliff, { from: xliff.from, to: xliff.to, xliffFile, files: new Set(c.src.files), languages: c.languages }, c.author);
  if (!plan.ok || hasErrors(c.list)) return { ...done(c.list), ok: false, written: [], recorded: [] };
  await writeCourseFiles(c.dir, plan.writes);
  for (const f of plan.recorded) c.records.set(f.record, freshRecord(f, xliff.from));
  await writeRecords(c.dir, c.records);
  return { ...done(c.list), written: plan.writes.map((w) => w.path), recorded: plan.recorded.map((f) => f.record) };
}

/** Whether a translated file exists: a page or quiz file, or at least one text in the target language. */
const translated = (f: TranslatedFile) => (f.kind === 'texts' ? f.existing.size > 0 : f.targetText !== undefined);

/**
 * Records today's sources for the translated files of a language pair (all, or those named: target, source or
 * `course.yaml` / `modules/<id>/module.yaml` for their texts), and drops the records of files that are gone.
 */
export async function markTranslations(opts: PairOptions & { files?: string[] }): Promise<TranslateResult & { marked: string[]; dropped: string[] }> {
  const c = await open(opts);
  if (hasErrors(c.list)) return { ...done(c.list), marked: [], dropped: [] };
  checkPair(opts.from, opts.to, c.languages);
  const { files } = courseUnits(c.src, opts.from, opts.to, c.author);
  const cwd = opts.cwd ?? process.cwd();
  const named = (opts.files ?? []).map((f) => {
    const inCourse = relative(c.dir, resolve(cwd, f)).split('\\').join('/');
    return !isAbsolute(f) && files.some((x) => [x.target, x.source, x.record].includes(f)) ? f : inCourse;
  });
  const unknown = named.filter((n) => !files.some((f) => [f.target, f.source, f.record].includes(n)));
  if (unknown.length) throw new UsageError(`Not a translated file of ${opts.from} → ${opts.to} in this course: ${unknown.join(', ')}.`);
  const marked: string[] = [];
  for (const f of files) {
    if (!translated(f) || (named.length && ![f.target, f.source, f.record].some((x) => named.includes(x)))) continue;
    c.records.set(f.record, freshRecord(f, opts.from));
    marked.push(f.record);
  }
  const dropped: string[] = [];
  for (const [key, record] of c.records) {
    if (fileAndLang(key).lang !== opts.to || fileAndLang(record.from).lang !== opts.from) continue;
    if (!sourceText(c.src, fileAndLang(key).path) || !sourceText(c.src, fileAndLang(record.from).path)) {
      c.records.delete(key);
      dropped.push(key);
    }
  }
  await writeRecords(c.dir, c.records);
  return { ...done(c.list), marked, dropped };
}

export type TranslationState = 'up-to-date' | 'stale' | 'no-record' | 'missing';

/** How each file of a language pair stands: translated and up to date, stale (source changed), never recorded, or not translated. */
export async function translationStatus(opts: PairOptions): Promise<TranslateResult & { files: { target: string; source: string; state: TranslationState; changed?: number[] }[] }> {
  const c = await open(opts);
  if (hasErrors(c.list)) return { ...done(c.list), files: [] };
  checkPair(opts.from, opts.to, c.languages);
  const { files } = courseUnits(c.src, opts.from, opts.to, c.author);
  const out = files.map((f) => {
    const base = { target: f.record, source: f.source };
    if (!translated(f)) return { ...base, state: 'missing' as const };
    const record = c.records.get(f.record);
    if (!record) return { ...base, state: 'no-record' as const };
    const stale = staleness(record, f.record, sourceText(c.src, f.source)!, sourceText(c.src, f.target)!);
    return stale ? { ...base, state: 'stale' as const, changed: [...stale.changed, ...stale.removed].sort((a, b) => a - b) } : { ...base, state: 'up-to-date' as const };
  });
  return { ...done(c.list), files: out };
}
