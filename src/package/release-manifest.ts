/**
 * release-manifest.json: every package and badge of the output folder with its size and sha256, and
 * the content hash of each course language's sources. A build into a folder that already holds
 * packages keeps their entries (when their files are still there) and replaces the ones it rewrote;
 * two builds into one folder take turns (a lock file), so neither loses the other's entries.
 */
import { createHash } from 'node:crypto';
import { open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The sources of one course language, by content hash (see content-hash.ts). */
export interface CourseContent {
  course: string;
  lang: string;
  version: string;
  sha256: string;
}
export interface PackageEntry {
  file: string;
  course: string;
  version: string;
  lang: string;
  format: string;
  module?: string;
  bytes: number;
  sha256: string;
}
export interface ReleaseManifest {
  packages: PackageEntry[];
  badges: { file: string; sha256: string }[];
  /** The SCORM 1.2 answer keys (CSV beside the zips). */
  answerKeys: { file: string; sha256: string }[];
  courses: CourseContent[];
}

const byFile = <T extends { file: string }>(a: T, b: T) => (a.file < b.file ? -1 : 1);
const courseKey = (c: CourseContent) => `${c.course}/${c.lang}`;

export function releaseManifest(
  packages: PackageEntry[],
  badges: { file: string; json: string }[],
  contents: CourseContent[],
  answerKeys: { file: string; json: string }[] = [],
): ReleaseManifest {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  const listed = (files: { file: string; json: string }[]) => files.map((b) => ({ file: b.file, sha256: sha(b.json) })).sort(byFile);
  return {
    packages: [...packages].sort(byFile),
    badges: listed(badges),
    answerKeys: listed(answerKeys),
    courses: [...contents].sort((a, b) => (courseKey(a) < courseKey(b) ? -1 : 1)),
  };
}

const arrayOf = <T>(v: unknown, ok: (x: any) => boolean): T[] => (Array.isArray(v) ? (v.filter(ok) as T[]) : []);

/** The earlier manifest's entries whose files are still in the folder and were not rebuilt, with the new ones. */
export function mergeManifests(earlier: unknown, current: ReleaseManifest, present: ReadonlySet<string>): ReleaseManifest {
  const e = (earlier ?? {}) as Record<string, unknown>;
  const rebuilt = new Set([...current.packages, ...current.badges, ...current.answerKeys].map((x) => x.file));
  const keep = (x: { file?: unknown }) => typeof x?.file === 'string' && present.has(x.file) && !rebuilt.has(x.file);
  const courses = new Set(current.courses.map(courseKey));
  const earlierCourses = arrayOf<CourseContent>(e.courses, (c) => typeof c?.course === 'string' && typeof c?.lang === 'string');
  return {
    packages: [...arrayOf<PackageEntry>(e.packages, keep), ...current.packages].sort(byFile),
    badges: [...arrayOf<{ file: string; sha256: string }>(e.badges, keep), ...current.badges].sort(byFile),
    answerKeys: [...arrayOf<{ file: string; sha256: string }>(e.answerKeys, keep), ...current.answerKeys].sort(byFile),
    courses: [...earlierCourses.filter((c) => !courses.has(courseKey(c))), ...current.courses].sort((a, b) => (courseKey(a) < courseKey(b) ? -1 : 1)),
  };
}

/** Runs `work` while holding the output folder's manifest lock (a lock left by a crashed build is taken over after 60 s). */
export async function withOutputLock<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  const lock = join(outDir, '.release-manifest.lock');
  for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
    try {
      await (await open(lock, 'wx')).close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > 60_000) await rm(lock, { force: true });
      else await new Promise((r) => setTimeout(r, wait));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
