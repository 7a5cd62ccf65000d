/**
 * What the LMS is told about a learner, by the course's reporting policy. Shared by the build
 * (whether a package gives the LMS a mastery score) and the player (status and score it sends).
 *
 * A policy is `<success>-<otherwise>`:
 * - `passed-incomplete` (default): `passed` with the score once the course rule is met; until then
 *   `incomplete` and no score, so an LMS that applies a mastery override (Moodle's default) can
 *   neither pass a learner who has not read the pages nor close the attempt of one who can still
 *   retry. `failed` (with the score) only once nothing the learner can do changes the result
 *   (`attempts: N` used up).
 * - `passed-failed`: the same, but `failed` with the score as soon as every quiz is answered under
 *   the mastery score, retries left or not. For LMSs that let a learner relaunch a failed attempt.
 * - `completed-incomplete`, `completed-failed`: `completed` instead of `passed`, for LMSs whose
 *   completion rules look at "completed"; the package then gives the LMS no mastery score, so no
 *   override turns `completed` into `passed`/`failed`. The score is still reported.
 * A course without a score (completion `pages`, or no question) reports `completed`, whatever the policy.
 */
import type { Completion } from './course-data.ts';
import { ruleNeeds } from './score-rules.ts';

export const reportingPolicies = ['passed-incomplete', 'passed-failed', 'completed-incomplete', 'completed-failed'] as const;
export type Reporting = (typeof reportingPolicies)[number];

export type CourseStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/** The course rule's verdict on the learner (see runtime/progress.ts). */
export interface Judgement {
  status: CourseStatus;
  /** 0–100, null while not known. */
  score: number | null;
  /** Nothing the learner can still do changes the status. */
  finished: boolean;
}

/** What the LMS is told: its lesson status, its score (null: none yet), and whether the attempt is over. */
export interface Reported {
  status: CourseStatus;
  score: number | null;
  finished: boolean;
}

/** Whether the LMS gets the course's mastery score (SCORM 1.2 `adlcp:masteryscore`). */
export const givesLmsMastery = (completion: Completion, reporting: Reporting): boolean =>
  ruleNeeds(completion).quiz && reporting.startsWith('passed-');

/** `failed` is reported while the learner may still retry. */
export const reportsEarlyFailure = (reporting: Reporting): boolean => reporting.endsWith('-failed');

export function reportedToLms(j: Judgement, reporting: Reporting): Reported {
  switch (j.status) {
    case 'completed':
      return { status: 'completed', score: j.score, finished: true };
    case 'passed':
      return { status: reporting.startsWith('passed-') ? 'passed' : 'completed', score: j.score, finished: true };
    case 'failed':
      if (j.finished || reportsEarlyFailure(reporting)) return { status: 'failed', score: j.score, finished: j.finished };
      return { status: 'incomplete', score: null, finished: false };
    case 'incomplete':
      return { status: 'incomplete', score: null, finished: false };
  }
}
