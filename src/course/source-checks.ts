/** Checks on the course folder as a whole: encoding of its text files, links, size. */
import { join } from 'node:path';
import type { Report } from '../diagnostics/diagnostic.ts';
import type { CourseSources, SourceText } from '../sources/read-course.ts';
import { limits } from './limits.ts';
import type { ModuleSpec } from './spec.ts';

const allTexts = (src: CourseSources): SourceText[] => [
  ...(src.courseYaml ? [src.courseYaml] : []),
  ...src.moduleDirs.flatMap((m) => [...(m.moduleYaml ? [m.moduleYaml] : []), ...m.pages, ...m.quizzes]),
];

/** Reports text files that are not clean UTF-8; false when there is any. */
export function checkEncodings(src: CourseSources, report: Report): boolean {
  let ok = true;
  for (const t of allTexts(src)) {
    if (!t.encoding) continue;
    ok = false;
    const nul = t.encoding.problem === 'nul';
    report({
      rule: 'source/encoding',
      file: join(src.dir, t.path),
      line: t.encoding.line,
      column: t.encoding.column,
      message: nul ? 'This file contains a NUL character: it is not a text file, or it was damaged.' : 'This file is not valid UTF-8 text from here on.',
      hint: nul
        ? 'Open the file in a text editor, remove the invisible character, and save it as UTF-8.'
        : 'Save the file as UTF-8 in your editor ("Save with encoding" / "Encoding: UTF-8"); files saved as Latin-1 or Windows-1252 break accented letters.',
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
      message: 'This is a symbolic link: the build does not follow links, so what it points to is not in the course.',
      hint: 'Copy the file itself into the course folder.',
    });
}

/** A course beyond the page or question limits (limits.ts) is refused: builds stay fast and state stays small. */
export function checkCourseSize(modules: ModuleSpec[], file: string, at: { line: number; column: number }, report: Report): boolean {
  const pages = modules.reduce((n, m) => n + m.pages.length, 0);
  // Every language has the same questions (checked elsewhere): count one language's.
  const questions = modules.reduce((n, m) => n + (Object.values(m.quiz)[0]?.quiz.questions.length ?? 0), 0);
  const over = (what: string, n: number, max: number) =>
    report({
      rule: 'course/too-large',
      file,
      ...at,
      message: `This course has ${n.toLocaleString('en')} ${what}; the limit is ${max.toLocaleString('en')}.`,
      hint: 'Split it into several courses (a basic and an advanced level, for example), each with its own course.yaml.',
    });
  if (pages > limits.pages) over('pages', pages, limits.pages);
  if (questions > limits.questions) over('questions', questions, limits.questions);
  return pages <= limits.pages && questions <= limits.questions;
}
