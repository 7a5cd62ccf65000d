/**
 * Author problems as report sites give them (`{ rule, params }` and a place), written out in the
 * language chosen for the run: the CLI's --lang-ui, else LC_ALL/LC_MESSAGES/LANG, else English.
 */
import { supportedLanguages, type Lang } from '../contract/languages.ts';
import type { Diagnostic, Report } from './diagnostic.ts';
import { catalogues } from './messages/index.ts';
import type { Problem } from './rules.ts';

export type { Problem, RuleId, RuleParams } from './rules.ts';

export type AuthorProblem = Problem & Pick<Diagnostic, 'file' | 'line' | 'column'> & { severity?: Diagnostic['severity'] };
export type AuthorReport = (d: AuthorProblem) => void;

/** The message and hint of a problem in `lang`. */
export function render(p: Problem, lang: Lang = 'en'): { message: string; hint: string } {
  const text = catalogues[lang][p.rule] as { message: (x: unknown) => string; hint: (x: unknown) => string };
  return { message: text.message(p.params), hint: text.hint(p.params) };
}

/** A report that writes each problem in `lang` and passes it on as a diagnostic. */
export function authorReport(report: Report, lang: Lang = 'en'): AuthorReport {
  return ({ rule, params, ...at }) => report({ ...at, rule, ...render({ rule, params } as Problem, lang) });
}

/** The language of a locale such as fr_BE.UTF-8, nl-BE or de; undefined when it is not one the tool speaks. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  const code = locale?.toLowerCase().match(/^([a-z]{2,3})(?=$|[_.@-])/)?.[1];
  return (supportedLanguages as readonly string[]).includes(code ?? '') ? (code as Lang) : undefined;
}

/** The language of the system: the first of LC_ALL, LC_MESSAGES and LANG that is set, else English. */
export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return langOfLocale(locale) ?? 'en';
}
