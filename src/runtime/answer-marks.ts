/**
 * The learner's own answer after submitting: each chosen option marked (icon and words), the correct
 * answer shown where the quiz allows it (the answer is right, or no retry is left), in full contrast.
 */
import type { QuestionModel } from '../contract/course-data.ts';
import { format, formatNumber, type UiStrings } from '../contract/player-texts.ts';
import { handlerOf } from '../quiz/index.ts';
import { all, element, markLang, one } from './dom.ts';
import { icon, type IconName } from './icons.ts';
import type { Answer } from './state.ts';

type Mark = 'right' | 'wrong' | 'chosen' | 'correct';

const iconOf: Record<Mark, IconName> = { right: 'check', wrong: 'cross', chosen: 'dot', correct: 'check' };

/** Whether an option (its input value) is a correct one, for the option types; undefined for the others. */
const rightValue = (q: QuestionModel, value: string): boolean | undefined => handlerOf(q).optionIsCorrect?.(q as never, value);

/** The correct answer in words, for the types whose inputs cannot show it. */
export const correctAnswerText = (q: QuestionModel, lang: string): string =>
  handlerOf(q).correctText(q as never, (x) => formatNumber(x, lang));

function markElement(doc: Document, mark: Mark, text: string, uiLang: string | undefined): HTMLElement {
  const span = markLang(element(doc, 'span', 'cx-mark'), uiLang);
  span.dataset.mark = mark;
  span.append(icon(doc, iconOf[mark]), element(doc, 'span', '', text));
  return span;
}

export interface MarkOptions {
  doc: Document;
  strings: UiStrings;
  uiLang?: string;
  numberLang: string;
}

/** Clears, then writes the marks of a question's answer. `reveal`: right and wrong are told, and the correct answer shown. */
export function markAnswer(o: MarkOptions, fs: HTMLElement, q: QuestionModel, a: Answer | undefined, reveal: boolean): void {
  const { doc, strings } = o;
  for (const el of all(fs, '.cx-mark, .cx-answer-line')) el.remove();
  for (const el of all(fs, '[data-answer]')) delete el.dataset.answer;
  if (!a) return;
  const options = all(fs, '.cx-option');
  if (options.length) {
    // Single and true-false: the verdict already tells right or wrong, so the option may say it too.
    const tell = reveal || q.type !== 'multiple';
    for (const option of options) {
      const input = one<HTMLInputElement>(option, 'input');
      const label = one(option, 'label');
      if (!input || !label) continue;
      const right = rightValue(q, input.value);
      let mark: Mark | null = null;
      if (input.checked) mark = tell ? (right ? 'right' : 'wrong') : 'chosen';
      else if (reveal && right) mark = 'correct';
      if (!mark) continue;
      option.dataset.answer = mark;
      const text = { right: strings.answerMineRight, wrong: strings.answerMineWrong, chosen: strings.answerMine, correct: strings.answerCorrect }[mark];
      label.append(' ', markElement(doc, mark, text, o.uiLang));
    }
    return;
  }
  // Text, number and selects: the learner's answer stays in the inputs; a line under them tells.
  const anchor = one(fs, '.cx-actions');
  if (!anchor) return;
  const line = element(doc, 'p', 'cx-answer-line');
  line.dataset.answer = a.correct ? 'right' : 'wrong';
  line.append(markElement(doc, a.correct ? 'right' : 'wrong', a.correct ? strings.answerMineRight : strings.answerMineWrong, o.uiLang));
  if (reveal && !a.correct) {
    const text = correctAnswerText(q, o.numberLang);
    if (text) line.append(' ', markElement(doc, 'correct', format(strings.answerCorrectIs, { answer: text }), o.uiLang));
  }
  anchor.before(line);
}
