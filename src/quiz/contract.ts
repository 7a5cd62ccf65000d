/**
 * What the build and the player need from the question handlers (src/quiz/<type>.ts).
 * The handler map in src/quiz/index.ts is typed `{ [T in QuestionType]: QuestionHandler<T> }`,
 * so a new question type fails to compile until every handler exists.
 *
 * Handlers are plain functions over plain data: no zod, no Node modules. The player bundle
 * imports them, so they must stay small.
 */
import type { QuestionModel } from '../contract/course-data.ts';
import type { QuestionProblem } from '../diagnostics/rules.ts';
import type { QuestionType } from '../schema/quiz.ts';

/**
 * Report an author error on the question; `path` is relative to the question object in its quiz file.
 * The text is written by the message catalogue (src/diagnostics/messages/), which the player never loads.
 */
export type QuestionReport = (path: (string | number)[], problem: QuestionProblem, severity?: 'error' | 'warning') => void;

export interface RenderContext {
  lang: string;
  /** UI string for the course language. */
  t: (key: string) => string;
}

/** One question of the given type, as the model holds it. */
export type QuestionOfType<T extends QuestionType> = Extract<QuestionModel, { type: T }>;

/** What a learner answered, per question type. */
export interface ResponseByType {
  /** The chosen choice id. */
  single: string;
  /** Chosen choice ids, in choice order. */
  multiple: string[];
  'true-false': boolean;
  /** The text typed, as typed. */
  'fill-in': string;
  /** Target id chosen for each pair's source, in pair order. */
  matching: string[];
  /** Item ids in the order the learner put them (position 1 first). */
  sequencing: string[];
  numeric: number;
}
export type ResponseOf<T extends QuestionType> = ResponseByType[T];

/** `cmi.interactions.n.type` values used here. */
export type ScormInteractionType = 'true-false' | 'choice' | 'fill-in' | 'matching' | 'sequencing' | 'numeric';
/** xAPI `definition.interactionType` values used here. */
export type XapiInteractionType = ScormInteractionType;

export type LanguageMap = Record<string, string>;
export interface XapiComponent {
  id: string;
  description: LanguageMap;
}
/** Interaction component lists (xAPI Data §2.4.4.1): `choices`, or `source` + `target`. */
export interface XapiComponents {
  choices?: XapiComponent[];
  source?: XapiComponent[];
  target?: XapiComponent[];
}

export interface QuestionHandler<T extends QuestionType> {
  scormType: ScormInteractionType;
  xapiType: XapiInteractionType;
  /** Author checks beyond the schema, with stable rule ids (`quiz/...`). */
  check(q: QuestionOfType<T>, report: QuestionReport): void;
  /** HTML of the inputs only; `renderQuestion` adds the fieldset, legend, submit button and feedback. */
  render(q: QuestionOfType<T>, ctx: RenderContext): string;
  /** The learner's response from the question's fieldset, or null when it is incomplete. */
  read(fieldset: HTMLElement, q: QuestionOfType<T>): ResponseOf<T> | null;
  /** Puts a response back into the inputs. */
  restore(fieldset: HTMLElement, q: QuestionOfType<T>, r: ResponseOf<T>): void;
  isCorrect(q: QuestionOfType<T>, r: ResponseOf<T>): boolean;
  /**
   * Compact text for suspend data. Uses only the characters `encodeURIComponent` leaves as they are
   * (`A-Z a-z 0-9 - _ . ! ~ * ' ( )`), so callers may separate values with `,` `:` `|` `;`.
   */
  encode(q: QuestionOfType<T>, r: ResponseOf<T>): string;
  /** Inverse of `encode`; null when the text does not fit this question (e.g. the question changed). */
  decode(q: QuestionOfType<T>, s: string): ResponseOf<T> | null;
  /** `cmi.interactions.n.student_response` (SCORM 1.2 CMIFeedback, at most 255 characters). */
  scormResponse(q: QuestionOfType<T>, r: ResponseOf<T>): string;
  /** `cmi.interactions.n.correct_responses.0.pattern`. */
  scormPattern(q: QuestionOfType<T>): string;
  /**
   * SCORM 2004 `cmi.interactions.n.learner_response` (RTE 4.2.9.2): readable ids joined by `[,]`/`[.]`,
   * texts as `{lang=…}text`. The interaction type is `scormType` (the same word in 2004).
   */
  scorm2004Response(q: QuestionOfType<T>, r: ResponseOf<T>, lang: string): string;
  /** SCORM 2004 `cmi.interactions.n.correct_responses.n.pattern`, one string per record (each one correct answer). */
  scorm2004Patterns(q: QuestionOfType<T>, lang: string): string[];
  /** xAPI `result.response`. */
  xapiResponse(q: QuestionOfType<T>, r: ResponseOf<T>): string;
  /** xAPI `definition.correctResponsesPattern`. */
  xapiPatterns(q: QuestionOfType<T>): string[];
  /** xAPI `definition` component lists, descriptions in `lang`. */
  xapiComponents(q: QuestionOfType<T>, lang: string): XapiComponents;
  /**
   * What must be the same in every language of the quiz (answer ids and correct answers; texts may
   * differ): two languages agree when these are equal. Read on the question as written.
   */
  sameInEveryLanguage(q: QuestionOfType<T>): string[];
  /** For option inputs (radio, checkbox): whether the option with this value is a correct answer. */
  optionIsCorrect?(q: QuestionOfType<T>, value: string): boolean;
  /**
   * What the letters of this question's SCORM 1.2 responses stand for (LMS reports show the letters):
   * one row per letter, `role` saying which list it is from (choice, source, target, item, value).
   */
  scormKey(q: QuestionOfType<T>, t: (key: string) => string): { role: string; letter: string; text: string }[];
  /** The correct answer in words, for types whose inputs cannot show it ('' for the others). */
  correctText(q: QuestionOfType<T>, number: (x: number) => string): string;
  /** Feedback texts the author attached to what the learner chose (choice questions). */
  responseFeedback?(q: QuestionOfType<T>, r: ResponseOf<T>): string[];
}

export type { QuestionModel, QuestionType };
