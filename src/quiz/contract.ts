/**
 * What the build needs from the question handlers (src/quiz/<type>.ts).
 * The handler map in src/quiz/index.ts is typed `{ [T in QuestionType]: QuestionHandler<T> }`,
 * so a new question type fails to compile until every handler exists.
 */
import type { QuestionModel } from '../course/model.ts';

/** Report an author error on the question; `path` is relative to the question object in its quiz file. */
export type QuestionReport = (
  path: (string | number)[],
  rule: string,
  message: string,
  hint?: string,
  severity?: 'error' | 'warning',
) => void;

export interface RenderContext {
  lang: string;
  /** UI string for the course language. */
  t: (key: string) => string;
}

export type { QuestionModel };
