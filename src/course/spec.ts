/** The validated sources of a course, as read (all languages): what checks read and the model is built from. */
import type { Root } from 'mdast';
import type { Course, Lang, Module } from '../schema/course.ts';
import type { Quiz } from '../schema/quiz.ts';
import type { Located } from './yaml.ts';

export interface PageSpec {
  file: string;
  title: string;
  optional: boolean;
  /** The Markdown text after the front matter, as parsed into `mdast`. */
  body: string;
  mdast: Root;
}
export interface ModuleSpec {
  id: string;
  meta: Module;
  /** Page keys (file name without language), in order. */
  pages: { key: string; byLang: Partial<Record<Lang, PageSpec>> }[];
  quiz: Partial<Record<Lang, { file: string; quiz: Quiz; located: Located }>>;
}
export interface CourseSpec {
  dir: string;
  course: Course;
  languages: Lang[];
  modules: ModuleSpec[];
  /** Course-relative files used by pages, per language. */
  assets: Partial<Record<Lang, Set<string>>>;
  /** Every file of the course (course-relative), a variant's base files included. */
  files: string[];
  /** Where the files a variant takes from its base are (course-relative path → absolute file). */
  origin?: Record<string, string>;
}
