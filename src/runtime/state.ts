/** What the player remembers about a learner between sessions. */
import type { AnyResponse } from '../quiz/index.ts';
import type { ReadingAid } from './reading-aid.ts';

export interface Answer {
  /** Null when the response could not be kept (suspend data too small); the result still counts. */
  response: AnyResponse | null;
  correct: boolean;
  /** Submits so far. */
  tries: number;
}

export interface ProgressState {
  /** Visited page ids. */
  visited: Set<string>;
  /** Answers by interaction id (`<module>-<question>`). */
  answers: Map<string, Answer>;
  /** Seed of this learner's question order (quizzes with `shuffle`). */
  seed: number;
  /** Name typed by the learner for the certificate (only when the platform gives none). */
  learnerName?: string;
  /** The reading aid the learner chose, once they chose one. */
  readingAid?: ReadingAid;
}

export function newState(seed = Math.floor(Math.random() * 0x7fffffff)): ProgressState {
  return { visited: new Set(), answers: new Map(), seed };
}
