/**
 * Question handlers, one per question type, and the HTML of a whole question.
 * Imported by the build (check, render) and by the player (read, score, encode, report).
 */
import type {
  QuestionHandler,
  QuestionModel,
  QuestionReport,
  QuestionType,
  RenderContext,
  ResponseOf,
} from './contract.ts';
import { fillIn } from './fill-in.ts';
import { matching } from './matching.ts';
import { multiple } from './multiple.ts';
import { numeric } from './numeric.ts';
import { sequencing } from './sequencing.ts';
import { elementId, escapeHtml } from './shared.ts';
import { single } from './single.ts';
import { trueFalse } from './true-false.ts';

export const questionHandlers: { [T in QuestionType]: QuestionHandler<T> } = {
  single,
  multiple,
  'true-false': trueFalse,
  'fill-in': fillIn,
  matching,
  sequencing,
  numeric,
};

/** Any response, whatever the question type. */
export type AnyResponse = ResponseOf<QuestionType>;

/** The handler of a question, typed loosely for code that works on every question type. */
export function handlerOf(q: QuestionModel): QuestionHandler<QuestionType> {
  return questionHandlers[q.type] as unknown as QuestionHandler<QuestionType>;
}

/** Author checks of one question (rule ids `quiz/...`). */
export function checkQuestion(q: QuestionModel, report: QuestionReport): void {
  handlerOf(q).check(q as never, report);
}

/** A short instruction read with the prompt, by question type (a UI string key). */
const typeHints: Partial<Record<QuestionType, string>> = { multiple: 'selectAll' };

/**
 * The public HTML of one question:
 * `<fieldset data-question-id data-type>` + `<legend>` prompt + inputs + submit button + feedback live region.
 * No correct answer is written in it.
 */
export function renderQuestion(q: QuestionModel, ctx: RenderContext): string {
  const base = elementId(q.interactionId);
  const hintKey = typeHints[q.type];
  const hint = hintKey ? ` <span class="cx-hint" data-ui="${hintKey}">${escapeHtml(ctx.t(hintKey))}</span>` : '';
  return (
    `<fieldset class="cx-question" id="${base}-q" data-question-id="${escapeHtml(q.id)}" data-type="${q.type}">` +
    `<legend>${escapeHtml(q.prompt)}${hint}</legend>` +
    handlerOf(q).render(q as never, ctx) +
    `<div class="cx-actions"><button type="button" class="cx-button" data-ui="submit" data-action="submit">${escapeHtml(ctx.t('submit'))}</button>` +
    `<span class="cx-attempts" data-ui-lang data-attempts></span></div>` +
    `<div class="cx-feedback" id="${base}-feedback" role="status" aria-live="polite"></div>` +
    `</fieldset>`
  );
}

export type { QuestionHandler, QuestionReport, RenderContext, ResponseOf } from './contract.ts';
