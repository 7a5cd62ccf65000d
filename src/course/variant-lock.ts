/**
 * base.lock.yaml: the base course as a variant was last checked against it (`connectoo base-accept`). It
 * keeps the base's version, a hash of every base file and of every base question, and the text of each
 * base page or quiz the variant replaces or hides, so that later `check` says which of those changed
 * upstream (and where), and `base-diff` lists every base change since. Pure: works on what sources/ read.
 */
import { createHash } from 'node:crypto';
import { join, posix } from 'node:path';
import { stringify } from 'yaml';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { lockFileName, textFiles, translationsFileName, type CourseSources } from '../sources/read-course.ts';
import { blocksOf, diffBlocks, type BlockChange } from './block-diff.ts';
import { extendsLine } from './variant.ts';
import { hides } from './variant-module.ts';
import { isObject, leniently } from './yaml.ts';

export interface VariantLock {
  base: { id: string; version: string };
  /** Every base file (course-relative) → short SHA-256 of its bytes. */
  files: Record<string, string>;
  /** Every base quiz file → its questions, by id → short hash. */
  questions: Record<string, Record<string, string>>;
  /** Base pages and quizzes the variant replaces or hides → their text then. */
  kept: Record<string, string>;
}

/** Files the tool writes in a course folder, which say nothing of its content. */
const toolRecords = [translationsFileName, lockFileName];

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Every text file of a course's sources, by course-relative path. */
const texts = (src: CourseSources) => new Map(textFiles(src).map((t) => [t.path, t.text]));

/** The base's id and version, as its course.yaml says. */
function baseOf(base: CourseSources): VariantLock['base'] {
  const course = leniently(base.courseYaml?.text);
  const info = isObject(course) ? course : {};
  return { id: String(info.id ?? ''), version: String(info.version ?? '') };
}

function questionsOf(text: string): Record<string, string> {
  const data = leniently(text);
  const out: Record<string, string> = {};
  if (isObject(data) && Array.isArray(data.questions))
    for (const q of data.questions) if (isObject(q) && typeof q.id === 'string') out[q.id] = hash(JSON.stringify(q));
  return out;
}

/** Base pages and quizzes the variant replaces (same path) or hides (`hide:` in its module.yaml), and where each is written. */
export function touchedBasePages(src: CourseSources): Map<string, { how: 'replaced' | 'hidden'; file: string; line: number }> {
  const base = src.base?.sources;
  const out = new Map<string, { how: 'replaced' | 'hidden'; file: string; line: number }>();
  if (!base) return out;
  const baseTexts = texts(base);
  for (const m of src.moduleDirs) {
    for (const t of [...m.pages, ...m.quizzes]) if (baseTexts.has(t.path)) out.set(t.path, { how: 'replaced', file: join(src.dir, t.path), line: 1 });
    const yaml = leniently(m.moduleYaml?.text);
    const hide = isObject(yaml) ? yaml.hide : undefined;
    if (!Array.isArray(hide)) continue;
    const lines = m.moduleYaml!.text.split('\n');
    const pages = base.moduleDirs.find((b) => b.id === m.id)?.pages ?? [];
    for (const name of hide.filter((h): h is string => typeof h === 'string')) {
      const line = Math.max(1, lines.findIndex((l) => l.includes(name)) + 1);
      for (const p of pages) if (hides(name, posix.basename(p.path))) out.set(p.path, { how: 'hidden', file: join(src.dir, m.moduleYaml!.path), line });
    }
  }
  return out;
}

/** The lock of a variant as its base is now (the base read with its digests). */
export function makeLock(src: CourseSources): VariantLock {
  const base = src.base!.sources!;
  if (!base.digests) throw new Error('makeLock needs the base read with its digests');
  const all = texts(base);
  const files: Record<string, string> = { ...base.digests };
  // The tool's own records in the base are not course content.
  for (const record of toolRecords) delete files[record];
  const questions: Record<string, Record<string, string>> = {};
  for (const m of base.moduleDirs) for (const q of m.quizzes) questions[q.path] = questionsOf(q.text);
  const kept: Record<string, string> = {};
  for (const path of [...touchedBasePages(src).keys()].sort()) kept[path] = all.get(path) ?? '';
  return { base: baseOf(base), files, questions, kept };
}

/** The lock as written in base.lock.yaml. */
export function lockText(lock: VariantLock): string {
  return `# Written by connectoo base-accept: the base course as this variant was last checked against it.\n# Do not edit: run connectoo base-accept again.\n${stringify(lock, { lineWidth: 0 })}`;
}

export function readLock(text: string): VariantLock | { problem: string } {
  const data = leniently(text);
  if (!isObject(data) || !isObject(data.base) || !isObject(data.files) || !isObject(data.questions) || !isObject(data.kept))
    return { problem: 'it is not a lock written by connectoo base-accept (base, files, questions and kept are needed)' };
  return data as unknown as VariantLock;
}

/** What changed in a base page or quiz since the lock, block by block (lines in the base file now). */
export function changesSince(path: string, then: string, now: string): BlockChange[] {
  return diffBlocks(blocksOf(path, then).map((b) => b.hash), blocksOf(path, now));
}

/** `check` on a variant: the warnings its lock gives about base changes. */
export function checkLock(src: CourseSources, report: Report): void {
  const base = src.base?.sources;
  if (!base || !src.courseYaml) return;
  const courseFile = join(src.dir, 'course.yaml');
  const at = extendsLine(src.courseYaml.text);
  if (!src.lock) {
    report({ severity: 'warning', rule: 'variant/no-lock', params: { base: src.base!.path }, file: courseFile, ...at });
    return;
  }
  const lock = readLock(src.lock.text);
  const lockFile = join(src.dir, src.lock.path);
  if ('problem' in lock) {
    report({ severity: 'warning', rule: 'variant/lock-unreadable', params: { why: lock.problem }, file: lockFile, line: 1, column: 1 });
    return;
  }
  const now = baseOf(base);
  if (now.version !== lock.base.version)
    report({ severity: 'warning', rule: 'variant/base-updated', params: { base: now.id, locked: lock.base.version, now: now.version }, file: courseFile, ...at });
  const current = texts(base);
  const touched = touchedBasePages(src);
  // A page the variant replaces that the base no longer has is no longer "replaced": the lock still knows it.
  const own = new Set(src.files);
  for (const path of Object.keys(lock.kept))
    if (!touched.has(path) && own.has(path)) touched.set(path, { how: 'replaced', file: join(src.dir, path), line: 1 });
  for (const [path, where] of touched) {
    const then = lock.kept[path];
    if (then === undefined) continue;
    const text = current.get(path);
    const params = { page: path, how: where.how };
    if (text === undefined) report({ severity: 'warning', rule: 'variant/base-changed', params: { ...params, changes: 'removed' }, file: where.file, line: where.line, column: 1 });
    else if (text !== then) {
      const changes = changesSince(path, then, text).map((c) => ({ kind: c.kind, line: c.line }));
      if (changes.length) report({ severity: 'warning', rule: 'variant/base-changed', params: { ...params, changes }, file: where.file, line: where.line, column: 1 });
    }
  }
}

export interface BaseChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  /** The variant replaces or hides this file. */
  touched?: 'replaced' | 'hidden';
  /** For a quiz: questions changed, added or removed, by id. */
  questions?: { id: string; change: 'added' | 'removed' | 'changed' }[];
  /** For a page or quiz the variant replaces or hides: each changed block, with its text then and now. */
  blocks?: (Pick<BlockChange, 'kind' | 'line'> & { before?: string; after?: string })[];
}

const excerpt = (text: string, from: number, to: number) => text.split('\n').slice(from - 1, to).join('\n');

/** Every change in the base since the lock (`connectoo base-diff`); undefined without a readable lock. */
export function diffBase(src: CourseSources): { locked: VariantLock['base']; now: VariantLock['base']; changes: BaseChange[] } | { problem: string } {
  if (!src.base?.sources) return { problem: `the base course ${src.base?.path ?? '(none: no extends: in course.yaml)'} cannot be read` };
  if (!src.lock) return { problem: 'there is no base.lock.yaml yet: run connectoo base-accept first' };
  const lock = readLock(src.lock.text);
  if ('problem' in lock) return lock;
  const now = makeLock(src);
  const touched = touchedBasePages(src);
  const current = texts(src.base.sources);
  const changes: BaseChange[] = [];
  for (const path of [...new Set([...Object.keys(lock.files), ...Object.keys(now.files)])].sort()) {
    const [a, b] = [lock.files[path], now.files[path]];
    if (a === b) continue;
    const change: BaseChange = { path, change: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed' };
    const how = touched.get(path)?.how;
    if (how) change.touched = how;
    if (lock.questions[path] || now.questions[path]) {
      const [qa, qb] = [lock.questions[path] ?? {}, now.questions[path] ?? {}];
      change.questions = [...new Set([...Object.keys(qa), ...Object.keys(qb)])]
        .filter((id) => qa[id] !== qb[id])
        .map((id) => ({ id, change: qa[id] === undefined ? 'added' : qb[id] === undefined ? 'removed' : 'changed' }));
    }
    const then = lock.kept[path];
    const text = current.get(path);
    if (then !== undefined && text !== undefined) {
      const [old, fresh] = [blocksOf(path, then), blocksOf(path, text)];
      change.blocks = diffBlocks(old.map((x) => x.hash), fresh).map((c) => ({
        kind: c.kind,
        line: c.line,
        ...(c.oldIndex !== undefined ? { before: excerpt(then, old[c.oldIndex]!.line, old[c.oldIndex]!.endLine) } : {}),
        ...(c.newIndex !== undefined ? { after: excerpt(text, fresh[c.newIndex]!.line, fresh[c.newIndex]!.endLine) } : {}),
      }));
    }
    changes.push(change);
  }
  return { locked: lock.base, now: now.base, changes };
}
