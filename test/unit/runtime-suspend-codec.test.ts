import { describe, expect, it } from 'vitest';
import type { QuestionModel } from '../../src/course/model.ts';
import { indexCourse } from '../../src/runtime/course-index.ts';
import { newState, type ProgressState } from '../../src/runtime/state.ts';
import { decodeBits, decodeState, encodeBits, encodeState, SCORM12_SUSPEND_LIMIT, worstCaseLength } from '../../src/runtime/suspend-codec.ts';
import { fillIn, matching, multiple, numeric, sequencing, single, trueFalse } from './quiz-fixtures.ts';
import { makeData } from './runtime-fixtures.ts';

/** A text this format writes: deployed packages rely on reading it back, so it never changes. */
const GOLDEN = '2DtwZv_0|9ix|eSj-R3Rq|o3pKM084f';

/** 300 pages and 150 questions: 10 modules of 30 pages and 15 questions. */
const bigShape = { pages: Array(10).fill(30), questions: Array(10).fill(15) };

const kinds = [single, multiple, () => trueFalse(), fillIn, matching, sequencing, numeric] as const;
const mixed = (module: string, i: number): QuestionModel => {
  const q = kinds[i % kinds.length]!() as QuestionModel;
  return { ...q, id: `q${i + 1}`, interactionId: `${module}-q${i + 1}` };
};
const sampleResponse: Record<string, unknown> = {
  single: 'fax',
  multiple: ['itsme', 'eid'],
  'true-false': false,
  'fill-in': 'Région de Bruxelles-Capitale',
  matching: ['mail', 'login', 'tax'],
  sequencing: ['check', 'on', 'open', 'login'],
  numeric: 46.5,
};

function fullState(questions: QuestionModel[], pageIds: string[], response: (q: QuestionModel) => unknown, tries = 3): ProgressState {
  const s = newState(0x7fffffff);
  pageIds.forEach((id) => s.visited.add(id));
  questions.forEach((q, i) => s.answers.set(q.interactionId, { response: response(q) as never, correct: i % 2 === 0, tries }));
  return s;
}

describe('page bitset', () => {
  it('round-trips and stays short', () => {
    const bits = Array.from({ length: 300 }, (_, i) => i % 3 === 0);
    const text = encodeBits(bits);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(decodeBits(text, 300)).toEqual(bits);
    expect(decodeBits('', 5)).toEqual([false, false, false, false, false]);
  });
});

describe('suspend data', () => {
  it('keeps the whole state of a 300-page, 150-question course under 4096 characters', () => {
    const index = indexCourse(makeData({ ...bigShape, question: mixed }));
    expect(index.pageIds).toHaveLength(300);
    expect(index.questions).toHaveLength(150);
    const state = fullState(index.questions, index.pageIds, (q) => sampleResponse[q.type]);
    const text = encodeState(index, state);
    expect(text.length).toBeLessThan(SCORM12_SUSPEND_LIMIT);
    const back = decodeState(index, text)!;
    expect([...back.visited]).toEqual(index.pageIds);
    expect(back.seed).toBe(state.seed);
    for (const q of index.questions) expect(back.answers.get(q.interactionId), q.interactionId).toEqual(state.answers.get(q.interactionId));
  });

  // 'é' is 6 characters once URI-encoded: 255 of them (1,530) no longer fit beside 2,569 of results; 60 (360) do, a few times.
  it.each([
    { length: 255, kept: 0 },
    { length: 60, kept: 4 },
  ])('with 150 answers of $length accented characters, stays within 4096 and keeps every result', ({ length, kept }) => {
    const index = indexCourse(makeData({ ...bigShape, question: (m, i) => ({ ...fillIn(), id: `q${i}`, interactionId: `${m}-q${i}` }) }));
    const typed = 'é'.repeat(length);
    const state = fullState(index.questions, index.pageIds, () => typed, 40);
    state.learnerName = 'Ève Dupont-Lefèvre';
    const text = encodeState(index, state);
    expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const back = decodeState(index, text)!;
    expect(back.visited.size).toBe(300);
    for (const [i, q] of index.questions.entries()) {
      const a = back.answers.get(q.interactionId)!;
      expect(a.correct).toBe(i % 2 === 0);
      expect(a.tries).toBe(17);
      if (a.response !== null) expect(a.response).toBe(typed);
    }
    expect([...back.answers.values()].filter((a) => a.response !== null)).toHaveLength(kept);
    expect(back.learnerName).toBe('Ève Dupont-Lefèvre');
  });

  it('never uses the characters some platforms mangle', () => {
    const index = indexCourse(makeData({ pages: [3], questions: [7], question: mixed }));
    const text = encodeState(index, fullState(index.questions, index.pageIds, (q) => sampleResponse[q.type]));
    expect(text).toMatch(/^[\x21-\x7e]+$/);
    expect(text).not.toMatch(/["'<>&\\]/);
  });

  it('proves its worst case: every page visited, every question answered, 2,569 characters for 300 pages and 150 questions', () => {
    const index = indexCourse(makeData({ ...bigShape, question: mixed }));
    const state = fullState(index.questions, index.pageIds, () => null, 40);
    state.readingAid = { large: true, contrast: true, spacing: true };
    const text = encodeState(index, state, Infinity);
    expect(text.length).toBe(worstCaseLength(300, 150));
    expect(worstCaseLength(300, 150)).toBe(2569);
    expect(worstCaseLength(0, 0)).toBeGreaterThanOrEqual(encodeState(indexCourse(makeData({ pages: [] })), { ...newState(0x7fffffff), readingAid: state.readingAid }).length);
    // What is left for responses and the learner's name within the SCORM 1.2 limit.
    expect(SCORM12_SUSPEND_LIMIT - text.length).toBeGreaterThan(1500);
  });

  it('starts afresh on empty or foreign text', () => {
    const index = indexCourse(makeData({ pages: [2], questions: [2] }));
    expect(decodeState(index, '')).toBeNull();
    expect(decodeState(index, null)).toBeNull();
    expect(decodeState(index, '{"old":"format"}')).toBeNull();
    expect(decodeState(index, '3AAAAAA0|1|AAAA|')).toBeNull();
    expect(decodeState(index, '2AAAAAA0|1|AAAA')).toBeNull();
  });

  it('reads what it can of damaged text', () => {
    const index = indexCourse(makeData({ pages: [2], questions: [2] }));
    const s = newState(36);
    s.visited.add('m1/p2');
    s.answers.set('m1-q1', { response: true, correct: true, tries: 1 });
    s.answers.set('m1-q2', { response: false, correct: false, tries: 2 });
    const [head, seed, pages, answers] = encodeState(index, s).split('|') as [string, string, string, string];
    const [a1, a2] = answers.split(',') as [string, string];
    const damaged = [head, seed, `${pages}xy`, `${a1!.slice(0, 7)}!t,garbage,${a2}`].join('|');
    const back = decodeState(index, damaged)!;
    expect(back.seed).toBe(36);
    expect([...back.visited]).toEqual(['m1/p2']);
    expect([...back.answers.keys()]).toEqual(['m1-q2']);
    expect(back.answers.get('m1-q2')).toEqual({ response: false, correct: false, tries: 2 });
  });

  it('writes a small text for a small course, the same in every release', () => {
    const index = indexCourse(makeData({ pages: [4], questions: [2] }));
    const s = newState(12345);
    s.visited.add('m1/p1').add('m1/p3');
    s.answers.set('m1-q2', { response: false, correct: false, tries: 2 });
    expect(encodeState(index, s)).toBe(GOLDEN);
  });
});
