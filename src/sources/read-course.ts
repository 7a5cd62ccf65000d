/**
 * The only place that reads course sources from disk. Everything after this
 * works on the plain `CourseSources` value.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface SourceText {
  /** Path relative to the course folder, forward slashes. */
  path: string;
  text: string;
}

export interface CourseSources {
  /** Absolute path of the course folder. */
  dir: string;
  courseYaml?: SourceText;
  /** Every folder under `modules/`, sorted by name. */
  moduleDirs: { id: string; moduleYaml?: SourceText; pages: SourceText[]; quizzes: SourceText[]; others: string[] }[];
  /** Every file of the course folder (relative, forward slashes), to check references. */
  files: string[];
}

const toPosix = (p: string) => p.split(sep).join('/');

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full, base)));
    else if (e.isFile()) out.push(toPosix(relative(base, full)));
  }
  return out;
}

const text = async (dir: string, path: string): Promise<SourceText> => ({
  path,
  text: await readFile(join(dir, path), 'utf8'),
});

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Course folders under `root` (every non-hidden folder), sorted. */
export async function listCourseDirs(root: string): Promise<string[]> {
  if (!(await isDirectory(root))) return [];
  const entries = await readdir(root, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => join(root, e.name))
    .sort();
}

export async function readCourseSources(dir: string): Promise<CourseSources> {
  const files = await listFiles(dir);
  const has = new Set(files);
  const sources: CourseSources = { dir, files, moduleDirs: [] };
  if (has.has('course.yaml')) sources.courseYaml = await text(dir, 'course.yaml');
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

/** Bytes of a course file, for the packager. */
export function readCourseFile(dir: string, path: string): Promise<Buffer> {
  return readFile(join(dir, path));
}
