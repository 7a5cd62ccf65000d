/**
 * The course model: plain, printable data for ONE language, built from validated sources.
 * No I/O, no class instances: `JSON.stringify(model)` shows everything the packages are built from.
 */
import type { Root } from 'mdast';
import type { Lang } from '../schema/course.ts';
import type { Reporting } from '../contract/reporting.ts';
import type { Completion, QuestionModel, QuizData } from '../contract/course-data.ts';
import type { Palette, ThemeMode } from './theme-colours.ts';

export type { Completion, QuestionModel, Reporting };


export interface CourseModel {
  id: string;
  version: string;
  /** What this version changed, in this language (course.yaml `changelog:`): the manifests' LOM version note. */
  versionNote?: string;
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
  /** Who issues the certificate, and its logo (package path), when course.yaml names them. */
  certificateIssuer?: string;
  certificateLogo?: string;
  /** The course's look (course.yaml `theme:`): absent, the player's neutral look. */
  theme?: ThemeModel;
  /** Absolute IRI that identifies the course (xAPI/cmi5 activity id base), ends without '/'. */
  iri: string;
  author?: string;
  /** Sum of module durations, in minutes, when given. */
  durationMinutes?: number;
  modules: ModuleModel[];
  /** Files from the course folder that the pages use, by package path (e.g. `media/x.svg`). */
  assets: AssetModel[];
}

export interface ThemeModel {
  /** Colours per mode, when the theme names any (checked: they reach their contrast). */
  palettes?: Record<ThemeMode, Palette>;
  /** Package paths of .woff2 files. */
  fonts: { text?: string; headings?: string };
  logo?: { path: string; alt: string };
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

/** A module's quiz, with its source file (for messages). */
export interface QuizModel extends QuizData {
  file: string;
}

