/**
 * The content hash of one course language, recorded in the release manifest: SHA-256 over the source files
 * that language is built from (course.yaml, every module.yaml, the pages and quizzes of that language, the
 * media its pages use), each with its path. It depends on the sources only, never on the tool's version, so a
 * release can tell that a course changed while its `version` did not.
 */
import { createHash } from 'node:crypto';
import { readCourseFile, readCourseSources } from '../sources/read-course.ts';

export async function contentHash(dir: string, lang: string, assets: readonly string[]): Promise<string> {
  const src = await readCourseSources(dir);
  const ofLang = new RegExp(`\\.${lang}\\.(md|ya?ml)$`);
  const used = new Set(assets);
  const files = src.files.filter((f) => f === 'course.yaml' || /^modules\/[^/]+\/module\.ya?ml$/.test(f) || (f.startsWith('modules/') && ofLang.test(f)) || used.has(f));
  const hash = createHash('sha256');
  for (const f of [...files].sort()) hash.update(`${f}\0`).update(await readCourseFile(dir, f)).update('\0');
  return hash.digest('hex');
}
