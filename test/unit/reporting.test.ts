/**
 * What each reporting policy tells the LMS, from the learner's real progress (computeProgress),
 * in the cases that matter under Moodle's mastery override (FACTS §7).
 */
import { describe, expect, it } from 'vitest';
import { givesLmsMastery, reportedToLms, reportingPolicies, type Reporting } from '../../src/contract/reporting.ts';
import { indexCourse } from '../../src/runtime/course-index.ts';
import { computeProgress } from '../../src/runtime/progress.ts';
import { newState } from '../../src/runtime/state.ts';
import { makeData, type CourseShape } from './runtime-fixtures.ts';

/** A 2-page, 5-question course (mastery 80) in a given learner situation. */
function situation(name: string, shape: Partial<CourseShape> = {}) {
  const index = indexCourse(makeData({ pages: [2], questions: [5], ...shape }));
  const state = newState(1);
  const answer = (right: number, tries = 1) =>
    index.questions.forEach((q, i) => state.answers.set(q.interactionId, { response: i < right, correct: i < right, tries }));
  const readPages = () => index.pageIds.forEach((id) => state.visited.add(id));
  switch (name) {
    case 'nothing yet':
      break;
    case 'quizzes passed, pages not read':
      answer(5);
      break;
    case 'quizzes failed, retries left':
      readPages();
      answer(2);
      break;
    case 'quizzes failed, no retry left':
      readPages();
      answer(2, 1);
      break;
    case 'pages read, quizzes passed':
      readPages();
      answer(4);
      break;
  }
  return computeProgress(index, state, index.data.masteryScore);
}

const cases: [string, Partial<CourseShape>][] = [
  ['nothing yet', {}],
  ['quizzes passed, pages not read', {}],
  ['quizzes failed, retries left', {}],
  ['quizzes failed, no retry left', { attempts: 1 }],
  ['pages read, quizzes passed', {}],
];

/** [status, score, finished] per policy, in the order of `cases`. */
const expected: Record<Reporting, [string, number | null, boolean][]> = {
  'passed-incomplete': [['incomplete', null, false], ['incomplete', null, false], ['incomplete', null, false], ['failed', 40, true], ['passed', 80, true]],
  'passed-failed': [['incomplete', null, false], ['incomplete', null, false], ['failed', 40, false], ['failed', 40, true], ['passed', 80, true]],
  'completed-incomplete': [['incomplete', null, false], ['incomplete', null, false], ['incomplete', null, false], ['failed', 40, true], ['completed', 80, true]],
  'completed-failed': [['incomplete', null, false], ['incomplete', null, false], ['failed', 40, false], ['failed', 40, true], ['completed', 80, true]],
};

describe('reporting policies', () => {
  for (const policy of reportingPolicies)
    it(`${policy}: what the LMS is told in each situation`, () => {
      const got = cases.map(([name, shape]) => {
        const r = reportedToLms(situation(name, shape), policy);
        return [r.status, r.score, r.finished];
      });
      expect(got).toEqual(expected[policy]);
    });

  it('never gives a score with "incomplete", so no mastery override can decide for the course rule', () => {
    for (const policy of reportingPolicies)
      for (const [name, shape] of cases) {
        const r = reportedToLms(situation(name, shape), policy);
        if (r.status === 'incomplete') expect(r.score, `${policy} / ${name}`).toBeNull();
      }
  });

  it('a course without a score reports completed under every policy', () => {
    for (const policy of reportingPolicies) {
      const p = situation('pages read, quizzes passed', { completion: 'pages' });
      expect(reportedToLms(p, policy).status).toBe('completed');
    }
  });

  it('gives the LMS a mastery score only when it can judge passed/failed for the course', () => {
    expect(givesLmsMastery('pages-and-quiz', 'passed-incomplete')).toBe(true);
    expect(givesLmsMastery('quiz', 'passed-failed')).toBe(true);
    expect(givesLmsMastery('pages', 'passed-incomplete')).toBe(false);
    expect(givesLmsMastery('pages-and-quiz', 'completed-incomplete')).toBe(false);
    expect(givesLmsMastery('quiz', 'completed-failed')).toBe(false);
  });
});
