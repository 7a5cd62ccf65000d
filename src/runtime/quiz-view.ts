/** The quizzes on the page: answering, feedback, attempts, restore, and the question order. */
import type { QuestionModel } from '../contract/course-data.ts';
import { handlerOf, type AnyResponse } from '../quiz/index.ts';
import { hashString, shuffled } from '../quiz/shared.ts';
import type { CourseIndex, QuizInfo } from './course-index.ts';
import { markAnswer } from './answer-marks.ts';
import { all, byData, element, markLang, one } from './dom.ts';
import { icon } from './icons.ts';
import { latencyClock } from './latency.ts';
import { canRetry, type Progress } from './progress.ts';
import type { Answer, ProgressState } from './state.ts';
import { format, formatNumber, type UiStrings } from '../contract/player-texts.ts';

export interface QuizViewOptions {
  doc: Document;
  index: CourseIndex;
  state: ProgressState;
  strings: UiStrings;
  /** Language of `strings` when it is not the course language (the texts are marked with it). */
  uiLang?: string;
  /** False in review mode: answers are shown but cannot be changed. */
  interactive: boolean;
  onAnswer(q: QuestionModel, quiz: QuizInfo, response: AnyResponse, correct: boolean, latencyMs: number): void;
}

export interface QuizView {
  /** The quiz was shown: the time on its next question counts from now (latency.ts). */
  shown(quizId: string): void;
  update(progress: Progress): void;
}

/** The learner's question order of a quiz. */
export function questionOrder(quiz: QuizInfo, seed: number): QuestionModel[] {
  return quiz.shuffle ? shuffled(quiz.questions, (seed ^ hashString(quiz.id)) >>> 0) : quiz.questions;
}

export function createQuizView(o: QuizViewOptions): QuizView {
  const { doc, strings, state } = o;
  const ui = <T extends HTMLElement>(el: T) => markLang(el, o.uiLang);
  const numberLang = o.uiLang ?? o.index.data.lang;
  const clock = latencyClock();
  const sections = byData(doc, 'quiz-id', 'section[data-quiz-id]');
  const marks = { doc, strings, uiLang: o.uiLang, numberLang };

  function setControls(fs: HTMLElement, enabled: boolean): void {
    for (const input of all<HTMLInputElement | HTMLSelectElement>(fs, 'input,select')) input.disabled = !enabled;
    const button = one<HTMLButtonElement>(fs, '[data-action="submit"]');
    if (button) button.setAttribute('aria-disabled', String(!enabled));
    fs.classList.toggle('cx-locked', !enabled);
  }

  function attemptsText(quiz: QuizInfo, a: Answer | undefined): string {
    if (!quiz.attempts) return '';
    const left = Math.max(0, quiz.attempts - (a?.tries ?? 0));
    if (a?.correct) return '';
    return left ? format(strings.attemptsLeft, { n: left }) : strings.noAttemptsLeft;
  }

  function showFeedback(fs: HTMLElement, q: QuestionModel, quiz: QuizInfo, a: Answer): void {
    const box = one(fs, '[role="status"]');
    if (!box) return;
    box.textContent = '';
    fs.dataset.result = a.correct ? 'correct' : 'wrong';
    const verdict = ui(element(doc, 'p', `cx-verdict cx-${a.correct ? 'correct' : 'wrong'}`, a.correct ? strings.correct : strings.incorrect));
    verdict.prepend(icon(doc, a.correct ? 'check' : 'cross'));
    box.append(verdict);
    const texts: string[] = [];
    if (a.response !== null) texts.push(...(handlerOf(q).responseFeedback?.(q as never, a.response as never) ?? []));
    const general = a.correct ? q.feedback?.correct : q.feedback?.incorrect;
    if (general) texts.push(general);
    for (const t of texts) box.append(element(doc, 'p', '', t));
    if (q.explanation) {
      const p = element(doc, 'p', 'cx-explanation');
      p.append(ui(element(doc, 'strong', '', strings.explanation)), ` ${q.explanation}`);
      box.append(p);
    }
    const attempts = attemptsText(quiz, a);
    if (attempts) box.append(ui(element(doc, 'p', 'cx-attempts-left', attempts)));
  }

  function refreshQuestion(fs: HTMLElement, q: QuestionModel, quiz: QuizInfo): void {
    const a = state.answers.get(q.interactionId);
    const counter = one(fs, '[data-attempts]');
    // Once answered, the feedback says how many attempts are left.
    if (counter) counter.textContent = a ? '' : attemptsText(quiz, a);
    const open = !!a && o.interactive && canRetry(quiz, a.tries, a.correct);
    setControls(fs, o.interactive && (!a || open));
    markAnswer(marks, fs, q, a, !!a && !open);
  }

  /** Copies the text chosen in each select under it (shown when the select is too narrow for it). */
  function echoChoices(fs: HTMLElement): void {
    for (const select of all<HTMLSelectElement>(fs, 'select')) {
      const echo = select.nextElementSibling;
      if (echo?.classList.contains('cx-choice-echo')) echo.textContent = select.value ? (select.selectedOptions[0]?.textContent ?? '') : '';
    }
  }

  function submit(fs: HTMLElement, q: QuestionModel, quiz: QuizInfo): void {
    if (!o.interactive || fs.classList.contains('cx-locked')) return;
    const h = handlerOf(q);
    const response = h.read(fs, q as never) as AnyResponse | null;
    if (response === null) {
      const box = one(fs, '[role="status"]');
      if (box) {
        box.textContent = '';
        box.append(ui(element(doc, 'p', 'cx-verdict cx-wrong', strings.incomplete)));
      }
      fs.dataset.result = 'incomplete';
      return;
    }
    const before = state.answers.get(q.interactionId);
    const correct = h.isCorrect(q as never, response as never);
    const a: Answer = { response, correct, tries: (before?.tries ?? 0) + 1 };
    state.answers.set(q.interactionId, a);
    const latency = clock.answered(quiz.id, Date.now());
    showFeedback(fs, q, quiz, a);
    refreshQuestion(fs, q, quiz);
    o.onAnswer(q, quiz, response, correct, latency);
  }

  for (const quiz of o.index.quizzes) {
    const section = sections.get(quiz.id);
    if (!section) continue;
    const fieldsets = byData(section, 'question-id', 'fieldset[data-question-id]');
    const order = questionOrder(quiz, state.seed);
    const first = fieldsets.get(quiz.questions[0]?.id ?? '');
    const container = first?.parentElement;
    if (quiz.shuffle && container) for (const q of order) {
      const fs = fieldsets.get(q.id);
      if (fs && fs.parentElement === container) container.append(fs);
    }
    for (const q of quiz.questions) {
      const fs = fieldsets.get(q.id);
      if (!fs) continue;
      one(fs, '[data-action="submit"]')?.addEventListener('click', () => submit(fs, q, quiz));
      // A new try: the marks of the previous answer no longer describe the inputs. Cleared as the
      // learner types (`input`), not on `change`: a text field's change fires when it loses the focus,
      // i.e. on the press of Submit, and the line removed then would move Submit from under the pointer.
      const clearMarks = () => {
        if (!fs.classList.contains('cx-locked')) markAnswer(marks, fs, q, undefined, false);
      };
      fs.addEventListener('input', clearMarks);
      fs.addEventListener('change', (e) => {
        if ((e.target as HTMLElement).tagName === 'SELECT') echoChoices(fs);
        clearMarks();
      });
      fs.addEventListener('keydown', (e) => {
        const target = e.target as HTMLElement;
        if (e.key === 'Enter' && target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text') {
          e.preventDefault();
          submit(fs, q, quiz);
        }
      });
      const a = state.answers.get(q.interactionId);
      if (a) {
        if (a.response !== null) {
          try {
            handlerOf(q).restore(fs, q as never, a.response as never);
          } catch {
            // An answer that no longer fits the question is shown without its inputs.
          }
        }
        showFeedback(fs, q, quiz, a);
        echoChoices(fs);
      }
      refreshQuestion(fs, q, quiz);
    }
  }

  const setText = (el: HTMLElement | null, text: string) => {
    if (el && el.textContent !== text) el.textContent = text;
  };

  /** The count of answers is plain text; the live region speaks only when the quiz result changes. */
  function update(progress: Progress): void {
    for (const qp of progress.quizzes) {
      const quiz = o.index.quizzes.find((q) => q.id === qp.id)!;
      const section = sections.get(qp.id);
      if (!section) continue;
      const count = format(strings.quizPending, { n: qp.answered, m: qp.total });
      setText(one(section, '[data-quiz-progress]'), `${count} ${format(strings.passingScore, { n: quiz.passingScore })}`);
      const box = one(section, '[data-quiz-result]');
      if (!box) continue;
      const done = qp.done && qp.score !== null;
      setText(box, done ? `${format(strings.quizScore, { n: formatNumber(qp.score!, numberLang) })} ${qp.passed ? strings.quizPassed : strings.quizFailed}` : '');
      box.dataset.state = qp.done ? (qp.passed ? 'passed' : 'failed') : 'pending';
    }
  }

  return {
    shown(quizId) {
      clock.shown(quizId, Date.now());
    },
    update,
  };
}
