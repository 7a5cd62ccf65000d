/** The shape of a message catalogue: every rule's message and hint, per language, typed by its parameters. */
import type { Place, QuestionRef, RuleId, RuleParams, Target, ValueKind } from '../rules.ts';

export interface RuleText<P> {
  message: (p: P) => string;
  hint: (p: P) => string;
}
export type Texts<R extends RuleId> = { [K in R]: RuleText<RuleParams[K]> };

/** Rules about files, YAML and course structure (sources.ts of each language). */
export type SourceRule = Extract<
  RuleId,
  `yaml/${string}` | `schema/${string}` | `source/${string}` | `course/${string}` | `module/${string}` | `page/${string}` | `internal/${string}`
>;
/** Rules about the media files a course packs (media.ts of each language). */
export type MediaRule = Extract<RuleId, `media/${string}`>;
/** Rules about the course's theme (theme.ts of each language). */
export type ThemeRule = Extract<RuleId, `theme/${string}`>;
/** Rules about variants of a base course (variants.ts of each language). */
export type VariantRule = Extract<RuleId, `variant/${string}`>;
/** Rules about translations: XLIFF import and translation records (translation.ts of each language). */
export type TranslationRule = Extract<RuleId, `translation/${string}`>;
/** Rules about page content and quizzes (content.ts of each language). */
export type ContentRule = Exclude<RuleId, SourceRule | MediaRule | ThemeRule | VariantRule | TranslationRule>;
export type Catalogue = Texts<RuleId>;

/** Words every catalogue of a language shares, and the texts around a list of diagnostics. */
export interface Words {
  num: (n: number) => string;
  /** "a, b or c" */
  or: (items: readonly string[]) => string;
  /** "a, b and c" */
  and: (items: readonly string[]) => string;
  place: (at: Place) => string;
  question: (q: QuestionRef) => string;
  target: (t: Target) => string;
  kind: (k: ValueKind | 'empty') => string;
  /** "2 errors, 1 warning" */
  summary: (errors: number, warnings: number) => string;
  hintLabel: string;
  /** Heading of the preview's list of problems. */
  previewHeading: string;
}

/** `name` as code. */
export const code = (s: string) => `\`${s}\``;

/** The text with a capital first letter, for a place that starts a sentence. */
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
