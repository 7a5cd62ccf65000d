/**
 * The course model: plain, printable data for ONE language, built from validated sources.
 * No I/O, no class instances: `JSON.stringify(model)` shows everything the packages are built from.
 */
import type { Root } from 'mdast';
import type { Lang } from '../schema/course.ts';
import type { Reporting } from '../contract/reporting.ts';
import type { Question } from '../schema/quiz.ts';

export type { Reporting };

export type Completion = 'pages' | 'quiz' | 'pages-and-quiz';

export interface CourseModel {
  id: string;
  version: string;
  lang: Lang;
  languages: Lang[];
  title: string;
  description: string;
  /** 0–100, same scale as SCORM 1.2 masteryscore. */
  masteryScore: number;
  completion: Completion;
  reporting: Reporting;
  prerequisites: { id: string; title: string }[];
  certificate: boolean;
  /** Absolute IRI that identifies the course (xAPI/cmi5 activity id base), ends without '/'. */
  iri: string;
  author?: string;
  /** Sum of module durations, in minutes, when given. */
  durationMinutes?: number;
  modules: ModuleModel[];
  /** Files from the course folder that the pages use, by package path (e.g. `media/x.svg`). */
  assets: AssetModel[];
}

export interface AssetModel {
  /** Path inside the package: the same as in the course folder, forward slashes. */
  path: string;
  /** Path relative to the course folder (for the packager, which is the only writer). */
  source: string;
}

export interface ModuleModel {
  id: string;
  title: string;
  description?: string;
  durationMinutes?: number;
  pages: PageModel[];
  quiz?: QuizModel;
}

export interface PageModel {
  /** `<module-id>/<page-id>`: unique in the course, stable across versions. */
  id: string;
  title: string;
  optional: boolean;
  /** Source file, relative to the course folder. */
  file: string;
  /** Parsed Markdown, links and media already rewritten to package paths. */
  mdast: Root;
}

export interface QuizModel {
  /** Same as the module id. */
  id: string;
  title: string;
  /** 0–100; defaults to the course mastery score. */
  passingScore: number;
  shuffle: boolean;
  /** 0 = unlimited. */
  attempts: number;
  questions: QuestionModel[];
  file: string;
}

/** A question as written, plus the SCORM-safe interaction id (`<module>-<question>`). */
export type QuestionModel = Question & { interactionId: string };
