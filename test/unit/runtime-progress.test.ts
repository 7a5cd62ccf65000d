import { describe, expect, it } from 'vitest';
import { indexCourse } from '../../src/runtime/course-index.ts';
import { computeProgress } from '../../src/runtime/progress.ts';
import { newState, type ProgressState } from '../../src/runtime/state.ts';
import { makeData, yesNo, type CourseShape } from './runtime-fixtures.ts';

function setup(shape: CourseShape) {
  const index = indexCourse(makeData(shape));
  const state = newState(1);
  const visitAll = () => index.pageIds.forEach((id) => state.visited.add(id));
  const answer = (n: number, correct: number, tries = 1) =>
    index.questions.slice(0, n).forEach((q, i) => state.answers.set(q.interactionId, { response: i < correct, correct: i < correct, tries }));
  const progress = (mastery = index.data.masteryScore) => computeProgress(index, state as ProgressState, mastery);
  return { index, state, visitAll, answer, progress };
}

describe('completion "pages"', () => {
  it('is completed once every required page is visited', () => {
    const c = setup({ pages: [2, 2], completion: 'pages', optional: ['m2/p2'] });
    expect(c.progress().status).toBe('incomplete');
    ['m1/p1', 'm1/p2', 'm2/p1'].forEach((id) => c.state.visited.add(id));
    expect(c.progress()).toMatchObject({ status: 'completed', finished: true, pagesDone: true, percent: 100, score: null });
  });
  it('reports the quiz score without letting it decide', () => {
    const c = setup({ pages: [1], questions: [4], completion: 'pages' });
    c.visitAll();
    c.answer(4, 1);
    expect(c.progress()).toMatchObject({ status: 'completed', score: 25 });
  });
});

describe('completion "quiz"', () => {
  it('passes or fails on the overall score once every quiz is answered', () => {
    const c = setup({ pages: [1, 1], questions: [5, 5], completion: 'quiz', masteryScore: 80 });
    c.answer(9, 9);
    expect(c.progress()).toMatchObject({ status: 'incomplete', score: null, quizzesDone: false });
    c.answer(10, 8);
    expect(c.progress()).toMatchObject({ status: 'passed', score: 80, finished: true });
    c.answer(10, 7);
    expect(c.progress()).toMatchObject({ status: 'failed', score: 70 });
  });
  it('weights questions by their points', () => {
    const c = setup({ pages: [1], questions: [2], completion: 'quiz', question: (m, i) => yesNo(m, i, i === 0 ? 3 : 1) });
    c.answer(2, 1);
    expect(c.progress().score).toBe(75);
  });
  it('uses the mastery score given by the platform', () => {
    const c = setup({ pages: [1], questions: [4], completion: 'quiz', masteryScore: 80 });
    c.answer(4, 3);
    expect(c.progress(70).status).toBe('passed');
    expect(c.progress(80).status).toBe('failed');
  });
  it('is completed at once when the course has no question', () => {
    expect(setup({ pages: [1], completion: 'quiz' }).progress()).toMatchObject({ status: 'completed', score: null });
  });
  it('decides each quiz by its own passing score', () => {
    const c = setup({ pages: [1, 1], questions: [2, 2], completion: 'quiz', masteryScore: 50, passingScore: 100 });
    c.answer(4, 3);
    const p = c.progress();
    expect(p.status).toBe('passed');
    expect(p.quizzes.map((q) => [q.score, q.passed])).toEqual([
      [100, true],
      [50, false],
    ]);
  });
});

describe('completion "pages-and-quiz"', () => {
  it('passes only when pages are done and the score reaches mastery', () => {
    const c = setup({ pages: [3], questions: [5], completion: 'pages-and-quiz', masteryScore: 60 });
    c.answer(5, 5);
    expect(c.progress().status).toBe('incomplete');
    c.visitAll();
    expect(c.progress()).toMatchObject({ status: 'passed', finished: true, score: 100 });
  });
  it('fails on a low score even before every page is seen', () => {
    const c = setup({ pages: [3], questions: [5], completion: 'pages-and-quiz', masteryScore: 60, attempts: 1 });
    c.answer(5, 2);
    expect(c.progress()).toMatchObject({ status: 'failed', score: 40, finished: true });
  });
  it('is not finished while a wrong answer may still be retried', () => {
    const c = setup({ pages: [1], questions: [2], completion: 'pages-and-quiz', attempts: 3 });
    c.visitAll();
    c.answer(2, 1, 1);
    expect(c.progress()).toMatchObject({ status: 'failed', finished: false });
    c.answer(2, 1, 3);
    expect(c.progress()).toMatchObject({ status: 'failed', finished: true });
    const unlimited = setup({ pages: [1], questions: [1], attempts: 0 });
    unlimited.answer(1, 0, 9);
    expect(unlimited.progress().finished).toBe(false);
  });
  it('counts pages and answers in the progress percentage', () => {
    const c = setup({ pages: [3], questions: [1] });
    c.state.visited.add('m1/p1');
    expect(c.progress().percent).toBe(25);
  });
});
