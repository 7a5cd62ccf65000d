/**
 * What the player needs from a tracking format (SCORM 1.2, standalone, and later xAPI or cmi5).
 * The player core only talks to this interface and never knows which format runs.
 * Every method but `init` is fire-and-forget and must never throw.
 */
import type { QuestionModel } from '../../contract/course-data.ts';
import type { AnyResponse } from '../../quiz/index.ts';
import type { CourseStatus } from '../progress.ts';

export type LaunchMode = 'normal' | 'browse' | 'review';

/** Where progress is kept, for the notice shown to the learner. */
export type Storage = 'platform' | 'local' | 'none';

export interface Launch {
  /** Text saved by `saveState` in an earlier session, or null. */
  state: string | null;
  /** Location saved by `setBookmark` in an earlier session, or null. */
  bookmark: string | null;
  /** "First Last", when the platform knows it. */
  learnerName: string | null;
  mode: LaunchMode;
  storage: Storage;
  /** Mastery score (0–100) given by the platform, overriding the course's. */
  masteryScore?: number;
  /** Longest state text the format can keep. */
  stateLimit: number;
  /** The learner's language as the platform gives it (any form, e.g. `nl`, `de-BE`), when it does. */
  language?: string;
}

export interface AnswerRecord {
  question: QuestionModel;
  /** Module (quiz) id. */
  quizId: string;
  response: AnyResponse;
  correct: boolean;
  /** From the question being shown (or the previous submit) to this answer. */
  latencyMs: number;
  at: Date;
}

export interface ProgressReport {
  status: CourseStatus;
  /** 0–100, null while not known. */
  score: number | null;
  /** The attempt is over (SCORM: exit "" instead of "suspend"). */
  finished: boolean;
  /** 0–100, for formats that report progress. */
  percent: number;
  /** Every required page was seen (for formats that report completion apart from success). */
  pagesDone?: boolean;
  /** Every question was answered. */
  quizzesDone?: boolean;
}

export interface Tracker {
  init(): Promise<Launch>;
  saveState(text: string): void;
  setBookmark(location: string): void;
  recordAnswer(answer: AnswerRecord): void;
  /** A page was shown, in any launch mode (formats that report page views). */
  pageViewed?(pageId: string): void;
  report(progress: ProgressReport): void;
  /** Asks the platform to store what it got so far. */
  commit(): void;
  /** Ends the session; called once, further calls do nothing. */
  finish(): void;
}
