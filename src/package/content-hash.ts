/**
 * The content hash of one course language, recorded in the release manifest: SHA-256 over the source files
 * that language is built from (course.yaml, every module.yaml, the pages and quizzes of that language, the
 * media its pages use), each with its path. For a variant, the same files of its base count too (a change in
 * the base changes the variant). It depends on the sources only, never on the tool's version, so a release
 * can tell that a course changed while its `version` did not.
 */
import { createHash } from 'node:crypto';
import { readCourseFile, readCourseSources, type CourseSources } from '../sources/read-course.ts';

export async function contentHash(dir: string, lang: string, assets: readonly string[]): Promise<string> {
  const src = await readCourseSources(dir);
  const ofLang = new RegExp(`\\.${lang}\\.(md|ya?ml)$`);
  const used = new Set(assets);
  const counted = (s: CourseSources) =>
    s.files.filter((f) => f === 'course.yaml' || /^modules\/[^/]+\/module\.ya?ml$/.test(f) || (f.startsWith('modules/') && ofLang.test(f)) || used.has(f)).sort();
  const hash = createHash('sha256');
  for (const f of counted(src)) hash.update(`${f}\0`).update(await readCourseFile(dir, f)).update('\0');
  const base = src.base?.sources;
  if (base) for (const f of counted(base)) hash.update(`base:${f}\0`).update(await readCourseFile(base.dir, f)).update('\0');
  return hash.digest('hex');
}
