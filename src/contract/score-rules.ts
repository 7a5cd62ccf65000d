/**
 * Score and completion rules, read by the player and by every format, so that what a package
 * declares (manifest, cmi5.xml, badge) and what the player reports never disagree.
 * Scores are 0–100 (SCORM 1.2 scale) inside; standards that use 0–1 get `toScaled`.
 */
import type { Completion } from './course-data.ts';

/** Rounded to two decimals: the value sent to the platform and compared to the mastery score. */
export const roundScore = (x: number) => Math.round(x * 100) / 100;

/** 0–100 → 0–1 (xAPI `score.scaled`, cmi5 `masteryScore`, SCORM 2004 `score.scaled`), exact to 4 decimals. */
export const toScaled = (score: number) => Math.round(score * 100) / 10000;
/** 0–1 → 0–100. */
export const fromScaled = (scaled: number) => Math.round(scaled * 10000) / 100;

/** Whether a score reaches the mastery (or passing) score. */
export const isMastered = (score: number, mastery: number) => score >= mastery;

/** What the completion rule asks for. */
export const ruleNeeds = (rule: Completion) => ({ pages: rule !== 'quiz', quiz: rule !== 'pages' });

/** The rule's "completed" part: pages read and/or every quiz answered, as the rule asks. */
export function completionMet(rule: Completion, pagesDone: boolean, quizzesDone: boolean): boolean {
  const needs = ruleNeeds(rule);
  return (!needs.pages || pagesDone) && (!needs.quiz || quizzesDone);
}

/** Whether a course (or one unit of it) has a success dimension (passed/failed), or completion only. */
export const judgesSuccess = (rule: Completion, hasQuestions: boolean) => hasQuestions && ruleNeeds(rule).quiz;

export type MoveOn = 'Completed' | 'Passed' | 'CompletedAndPassed';

/** cmi5 `moveOn` of an AU for the course rule. */
export function moveOnOf(rule: Completion, hasQuestions: boolean): MoveOn {
  if (!judgesSuccess(rule, hasQuestions)) return 'Completed';
  return ruleNeeds(rule).pages ? 'CompletedAndPassed' : 'Passed';
}
