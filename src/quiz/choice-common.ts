/** What single- and multiple-choice questions share. */
import type { QuestionReport, RenderContext, XapiComponents } from './contract.ts';
import { checkDuplicateIds, elementId, escapeHtml, shortId } from './shared.ts';

interface ChoiceLike {
  id: string;
  text: string;
  correct: boolean;
  feedback?: string;
}
interface ChoiceQuestion {
  interactionId: string;
  choices: ChoiceLike[];
  /** Correct choice ids named on the question instead of (or besides) `correct: true` on choices. */
  correct?: string | string[];
}

/** A choice is correct when marked so, or named in the question's `correct`. */
export function isCorrectChoice(q: ChoiceQuestion, c: ChoiceLike): boolean {
  if (c.correct) return true;
  const named = q.correct;
  return named === undefined ? false : typeof named === 'string' ? named === c.id : named.includes(c.id);
}

export function checkChoices(q: ChoiceQuestion, report: QuestionReport): void {
  if (!q.choices.some((c) => isCorrectChoice(q, c))) {
    report(['choices'], { rule: 'quiz/no-correct-answer', params: {} });
  }
  checkDuplicateIds(
    q.choices.map((c) => c.id),
    (i) => ['choices', i, 'id'],
    'choices',
    report,
  );
}

export function renderChoices(q: ChoiceQuestion, kind: 'radio' | 'checkbox', _ctx: RenderContext): string {
  const name = elementId(q.interactionId);
  const rows = q.choices.map((c, i) => {
    const id = elementId(q.interactionId, shortId(i));
    return (
      `<div class="cx-option"><input type="${kind}" id="${id}" name="${name}" value="${escapeHtml(c.id)}">` +
      `<label for="${id}">${escapeHtml(c.text)}</label></div>`
    );
  });
  return `<div class="cx-options">${rows.join('')}</div>`;
}

/** Ids of the checked inputs that are known choices, in choice order. */
export function checkedChoiceIds(fieldset: HTMLElement, q: ChoiceQuestion): string[] {
  const checked = new Set<string>();
  fieldset.querySelectorAll<HTMLInputElement>('input[type=radio],input[type=checkbox]').forEach((input) => {
    if (input.checked) checked.add(input.value);
  });
  return q.choices.filter((c) => checked.has(c.id)).map((c) => c.id);
}

export function setCheckedChoices(fieldset: HTMLElement, ids: readonly string[]): void {
  fieldset.querySelectorAll<HTMLInputElement>('input[type=radio],input[type=checkbox]').forEach((input) => {
    input.checked = ids.includes(input.value);
  });
}

export function choiceComponents(q: ChoiceQuestion, lang: string): XapiComponents {
  return { choices: q.choices.map((c) => ({ id: c.id, description: { [lang]: c.text } })) };
}

export function choiceFeedback(q: ChoiceQuestion, ids: readonly string[]): string[] {
  return q.choices.filter((c) => ids.includes(c.id) && c.feedback).map((c) => c.feedback!);
}

/** Short ids (SCORM 1.2) of the given choice ids, in choice order. */
export function shortIdsOf(q: ChoiceQuestion, ids: readonly string[]): string[] {
  const out: string[] = [];
  q.choices.forEach((c, i) => {
    if (ids.includes(c.id)) out.push(shortId(i));
  });
  return out;
}

export const correctIds = (q: ChoiceQuestion): string[] => q.choices.filter((c) => isCorrectChoice(q, c)).map((c) => c.id);

/** The members single- and multiple-choice handlers share: across languages, option marks, the SCORM 1.2 key. */
export const choiceRules = {
  sameInEveryLanguage: (q: ChoiceQuestion): string[] => {
    const correct = correctIds(q);
    return q.choices.map((c) => `${c.id}${correct.includes(c.id) ? '*' : ''}`);
  },
  optionIsCorrect: (q: ChoiceQuestion, value: string): boolean => correctIds(q).includes(value),
  correctText: (): string => '',
  scormKey: (q: ChoiceQuestion) => q.choices.map((c, i) => ({ role: 'choice', letter: shortId(i), text: c.text })),
};
