/**
 * The parts of a course that the build and the player both read: completion rule, quizzes and
 * questions as plain data. Question shapes come from the quiz schema (schema/quiz.ts, types only).
 */
import type { Question } from '../schema/quiz.ts';
import { interactionId } from './ids.ts';

export type Completion = 'pages' | 'quiz' | 'pages-and-quiz';

/** A question as written (correct answers resolved to ids), plus its interaction id. */
export type QuestionModel = Question & { interactionId: string };

/** A module's quiz as the player receives it. */
export interface QuizData {
  /** Same as the module id. */
  id: string;
  title: string;
  /** 0–100; defaults to the course mastery score. */
  passingScore: number;
  shuffle: boolean;
  /** Submits allowed per question, 0 = unlimited. */
  attempts: number;
  questions: QuestionModel[];
}

/**
 * The one normalisation of a question, done when the model is built (checks only read): its
 * interaction id, and, for choice questions, `correct: <id or ids>` resolved onto the choices.
 * Returns a new object; the parsed quiz is left as written.
 */
export function questionModel(moduleId: string, q: Question): QuestionModel {
  const id = interactionId(moduleId, q.id);
  if (q.type !== 'single' && q.type !== 'multiple') return { ...q, interactionId: id };
  const { correct, ...rest } = q;
  const named = correct === undefined ? [] : Array.isArray(correct) ? correct : [correct];
  return { ...rest, interactionId: id, choices: q.choices.map((c) => ({ ...c, correct: c.correct || named.includes(c.id) })) };
}
