/** Checks on the course folder as a whole: encoding of its text files, links, size. */
import { join } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { textFiles, type CourseSources } from '../sources/read-course.ts';
import { limits } from './limits.ts';
import type { ModuleSpec } from './spec.ts';


/** Reports text files that are not clean UTF-8; false when there is any. */
export function checkEncodings(src: CourseSources, report: Report): boolean {
  let ok = true;
  for (const t of textFiles(src)) {
    if (!t.encoding) continue;
    ok = false;
    report({
      rule: 'source/encoding',
      params: { kind: t.encoding.problem },
      file: join(src.dir, t.path),
      line: t.encoding.line,
      column: t.encoding.column,
    });
  }
  return ok;
}

/** Symbolic links are never followed (a package holds only files of the course folder). */
export function reportLinks(src: CourseSources, report: Report): void {
  for (const link of src.links)
    report({
      rule: 'course/symlink',
      severity: 'warning',
      file: join(src.dir, link),
      line: 0,
      column: 0,
      params: {},
    });
}

/** A course beyond the page or question limits (limits.ts) is refused: builds stay fast and state stays small. */
export function checkCourseSize(modules: ModuleSpec[], file: string, at: { line: number; column: number }, report: Report): boolean {
  const pages = modules.reduce((n, m) => n + m.pages.length, 0);
  // Every language has the same questions (checked elsewhere): count one language's.
  const questions = modules.reduce((n, m) => n + (Object.values(m.quiz)[0]?.quiz.questions.length ?? 0), 0);
  const over = (what: 'pages' | 'questions', count: number, limit: number) =>
    report({ rule: 'course/too-large', params: { what, count, limit }, file, ...at });
  if (pages > limits.pages) over('pages', pages, limits.pages);
  if (questions > limits.questions) over('questions', questions, limits.questions);
  return pages <= limits.pages && questions <= limits.questions;
}
