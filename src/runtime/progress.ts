/** The course rules: completion, score and status, computed from the learner's state. Pure. */
import type { CourseIndex, QuizInfo } from './course-index.ts';
import type { ProgressState } from './state.ts';

import type { CourseStatus } from '../contract/reporting.ts';
import { completionMet, isMastered, judgesSuccess, roundScore } from '../contract/score-rules.ts';

export type { CourseStatus };

export interface QuizProgress {
  id: string;
  answered: number;
  total: number;
  /** 0–100 over the points of the quiz's answered questions, null before any answer. */
  score: number | null;
  /** Every question answered. */
  done: boolean;
  /** By the quiz's own passing score, once done. */
  passed: boolean | null;
}

export interface Progress {
  pagesVisited: number;
  pagesRequired: number;
  pagesDone: boolean;
  quizzes: QuizProgress[];
  quizzesDone: boolean;
  /** Overall 0–100 score over all questions, once every quiz is done (null when there is no question). */
  score: number | null;
  status: CourseStatus;
  /** The attempt is over: nothing the learner can still do changes the status. */
  finished: boolean;
  /** For the progress indicator, 0–100. */
  percent: number;
}

export { roundScore };

/** A wrong answer the learner may submit again. */
export function canRetry(quiz: QuizInfo, tries: number, correct: boolean): boolean {
  return !correct && (quiz.attempts === 0 || tries < quiz.attempts);
}

function quizProgress(quiz: QuizInfo, state: ProgressState): QuizProgress & { points: number; max: number } {
  let answered = 0;
  let points = 0;
  let max = 0;
  let answeredMax = 0;
  for (const q of quiz.questions) {
    max += q.points;
    const a = state.answers.get(q.interactionId);
    if (!a) continue;
    answered++;
    answeredMax += q.points;
    if (a.correct) points += q.points;
  }
  const done = answered === quiz.questions.length;
  const score = answeredMax ? roundScore((points / answeredMax) * 100) : null;
  return {
    id: quiz.id,
    answered,
    total: quiz.questions.length,
    score,
    done,
    passed: done && score !== null ? isMastered(score, quiz.passingScore) : null,
    points,
    max,
  };
}

export function computeProgress(index: CourseIndex, state: ProgressState, masteryScore: number): Progress {
  const required = index.stops.filter((s) => s.kind === 'page' && !s.optional).map((s) => s.id);
  const pagesVisited = required.filter((id) => state.visited.has(id)).length;
  const pagesDone = pagesVisited === required.length;

  const detailed = index.quizzes.map((q) => quizProgress(q, state));
  const quizzesDone = detailed.every((q) => q.done);
  const totalMax = detailed.reduce((n, q) => n + q.max, 0);
  const totalPoints = detailed.reduce((n, q) => n + q.points, 0);
  const hasQuestions = index.questions.length > 0;
  const score = hasQuestions && quizzesDone && totalMax > 0 ? roundScore((totalPoints / totalMax) * 100) : null;
  const mastered = score !== null && isMastered(score, masteryScore);

  let status: CourseStatus = 'incomplete';
  const rule = index.data.completion;
  if (!judgesSuccess(rule, hasQuestions)) {
    if (completionMet(rule, pagesDone, true)) status = 'completed';
  } else if (quizzesDone) {
    if (!mastered) status = 'failed';
    else if (completionMet(rule, pagesDone, quizzesDone)) status = 'passed';
  }

  let finished = status === 'completed' || status === 'passed';
  if (status === 'failed') {
    finished = !index.questions.some((q) => {
      const a = state.answers.get(q.interactionId);
      return a !== undefined && canRetry(index.quizOf.get(q.interactionId)!, a.tries, a.correct);
    });
  }

  const answered = detailed.reduce((n, q) => n + q.answered, 0);
  const steps = required.length + index.questions.length;
  const percent = steps ? Math.floor(((pagesVisited + answered) / steps) * 100) : 100;

  return {
    pagesVisited,
    pagesRequired: required.length,
    pagesDone,
    quizzes: detailed.map(({ points: _p, max: _m, ...q }) => q),
    quizzesDone,
    score,
    status,
    finished,
    percent,
  };
}
