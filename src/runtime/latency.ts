/**
 * Interaction latency: the time the learner spent on one question. The questions of a quiz are answered
 * one after the other, so the time on a question runs from the later of two moments: the quiz was shown
 * (each time it is shown, so time spent on other pages never counts) or the previous answer in that quiz
 * was submitted. An incomplete submit (nothing chosen) is not an answer and moves nothing.
 */
export interface LatencyClock {
  /** The quiz is shown at `now` (ms). */
  shown(quizId: string, now: number): void;
  /** An answer in the quiz is submitted at `now`: the time spent on it, in ms. */
  answered(quizId: string, now: number): number;
}

export function latencyClock(): LatencyClock {
  const since = new Map<string, number>();
  return {
    shown(quizId, now) {
      since.set(quizId, now);
    },
    answered(quizId, now) {
      const from = since.get(quizId) ?? now;
      since.set(quizId, now);
      return Math.max(0, now - from);
    },
  };
}
