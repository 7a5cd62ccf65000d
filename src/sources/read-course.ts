/**
 * The only place that reads course sources from disk. Everything after this
 * works on the plain `CourseSources` value.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

export interface SourceText {
  /** Path relative to the course folder, forward slashes. */
  path: string;
  text: string;
  /** The file is not clean UTF-8 text: where (line and column, 1-based) and what. */
  encoding?: { line: number; column: number; problem: 'invalid-utf8' | 'nul' };
}

export interface CourseSources {
  /** Absolute path of the course folder. */
  dir: string;
  courseYaml?: SourceText;
  /** Every folder under `modules/`, sorted by name. */
  moduleDirs: { id: string; moduleYaml?: SourceText; pages: SourceText[]; quizzes: SourceText[]; others: string[] }[];
  /** Every file of the course folder (relative, forward slashes), to check references. */
  files: string[];
  /** Symbolic links in the course folder (relative): never followed, so never packed. */
  links: string[];
  /**
   * Where files that do not live in `dir` are (course-relative path → absolute file): the files a variant
   * takes from its base course (see course/variant.ts). Absent for a course without `extends:`.
   */
  origin?: Record<string, string>;
  /** The course this one extends (`extends:` in course.yaml), as written, and its sources when found. */
  base?: { path: string; dir: string; sources?: CourseSources };
  /** `base.lock.yaml` of a variant: what the base was when the variant was last reviewed against it. */
  lock?: SourceText;
  /** `translations.lock.yaml`: what each translated file was translated from (see translate/records.ts). */
  translations?: SourceText;
  /** Of a base course: a short SHA-256 of every file, media included (what a variant's lock records). */
  digests?: Record<string, string>;
}

/** Every text file read of a course: course.yaml, then each module's module.yaml, pages and quizzes. */
export const textFiles = (src: CourseSources): SourceText[] => [
  ...(src.courseYaml ? [src.courseYaml] : []),
  ...src.moduleDirs.flatMap((m) => [...(m.moduleYaml ? [m.moduleYaml] : []), ...m.pages, ...m.quizzes]),
];

/** Where a course file is on disk: in the course folder, or in the base course a variant takes it from. */
export interface CourseRoot {
  dir: string;
  origin?: Record<string, string>;
}
export const fileOf = (root: string | CourseRoot, path: string): string =>
  typeof root === 'string' ? join(root, path) : (root.origin?.[path] ?? join(root.dir, path));

const toPosix = (p: string) => p.split(sep).join('/');

async function listFiles(dir: string, base = dir, links: string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isSymbolicLink()) links.push(toPosix(relative(base, full)));
    else if (e.isDirectory()) out.push(...(await listFiles(full, base, links)));
    else if (e.isFile()) out.push(toPosix(relative(base, full)));
  }
  return out;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** A source file as text; a file that is not clean UTF-8 text says where it goes wrong. */
export function decodeSource(path: string, bytes: Uint8Array): SourceText {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    const text = strict.decode(body);
    const nul = text.indexOf('\0');
    return nul < 0 ? { path, text } : { path, text, encoding: { ...lineColumn(text, nul), problem: 'nul' } };
  } catch {
    // The longest valid prefix tells where the first bad byte is.
    let lo = 0;
    let hi = body.length;
    let prefix = '';
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        // A fresh decoder each time; `stream` leaves an unfinished character out of the text.
        prefix = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    if (lo === 0) prefix = '';
    return { path, text: lenient.decode(body), encoding: { ...lineColumn(prefix, prefix.length), problem: 'invalid-utf8' } };
  }
}

const text = async (dir: string, path: string): Promise<SourceText> => decodeSource(path, await readFile(join(dir, path)));

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Course folders under `root` (every non-hidden folder), sorted. A folder without course.yaml that holds
 * course folders (such as courses/examples/) groups courses that are built only when named.
 */
export async function listCourseDirs(root: string): Promise<string[]> {
  if (!(await isDirectory(root))) return [];
  const entries = await readdir(root, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => join(root, e.name));
  const out: string[] = [];
  for (const d of dirs) if ((await isFile(join(d, 'course.yaml'))) || !(await holdsCourses(d))) out.push(d);
  return out.sort();
}

async function holdsCourses(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) if (e.isDirectory() && (await isFile(join(dir, e.name, 'course.yaml')))) return true;
  return false;
}

/** The base course a course.yaml names (`extends: ../base`), read without parsing the whole file. */
export const extendsOf = (courseYaml: string): string | undefined =>
  /^extends:[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^#\n]*?))[ \t]*(?:#.*)?$/m.exec(courseYaml)?.slice(1).find((v) => v?.trim())?.trim();

export const lockFileName = 'base.lock.yaml';
export const translationsFileName = 'translations.lock.yaml';

/**
 * A course folder as read; for a course with `extends:`, its base too (one level). `digests`: a short hash of
 * every base file, media included, which only writing or comparing a variant's lock needs.
 */
export async function readCourseSources(dir: string, opts: { digests?: boolean; asBase?: boolean } = {}): Promise<CourseSources> {
  const asBase = opts.asBase ?? false;
  const links: string[] = [];
  const files = await listFiles(dir, dir, links);
  const has = new Set(files);
  const sources: CourseSources = { dir, files, links, moduleDirs: [] };
  if (has.has('course.yaml')) sources.courseYaml = await text(dir, 'course.yaml');
  if (has.has(translationsFileName)) sources.translations = await text(dir, translationsFileName);
  const base = sources.courseYaml && extendsOf(sources.courseYaml.text);
  if (base) {
    const baseDir = resolve(dir, base);
    sources.base = { path: base, dir: baseDir };
    // One level: a base that extends another is reported by the loader, not followed.
    if (!asBase && (await isDirectory(baseDir)) && (await isFile(join(baseDir, 'course.yaml')))) sources.base.sources = await readCourseSources(baseDir, { asBase: true, digests: opts.digests });
    if (has.has(lockFileName)) sources.lock = await text(dir, lockFileName);
  }
  if (asBase && opts.digests) {
    sources.digests = {};
    for (const f of files) sources.digests[f] = createHash('sha256').update(await readFile(join(dir, f))).digest('hex').slice(0, 16);
  }
  const byModule = new Map<string, string[]>();
  for (const f of files) {
    const m = /^modules\/([^/]+)\/(.+)$/.exec(f);
    if (!m) continue;
    if (!byModule.has(m[1])) byModule.set(m[1], []);
    byModule.get(m[1])!.push(m[2]);
  }
  for (const [id, names] of [...byModule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const mod: CourseSources['moduleDirs'][number] = { id, pages: [], quizzes: [], others: [] };
    for (const name of names) {
      const path = `modules/${id}/${name}`;
      if (name === 'module.yaml') mod.moduleYaml = await text(dir, path);
      else if (!name.includes('/') && name.endsWith('.md')) mod.pages.push(await text(dir, path));
      else if (!name.includes('/') && /^quiz\.[^.]+\.ya?ml$/.test(name)) mod.quizzes.push(await text(dir, path));
      else mod.others.push(path);
    }
    sources.moduleDirs.push(mod);
  }
  return sources;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Bytes of a course file, for the packager (a variant's file may live in its base course). */
export function readCourseFile(root: string | CourseRoot, path: string): Promise<Buffer> {
  return readFile(fileOf(root, path));
}
