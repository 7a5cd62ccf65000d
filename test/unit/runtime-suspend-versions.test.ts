/** Saved state read by another version of the course: restored by id, dropped when gone, never moved to another question. */
import { describe, expect, it } from 'vitest';
import type { QuestionModel } from '../../src/course/model.ts';
import { indexCourse } from '../../src/runtime/course-index.ts';
import { newState, type Answer, type ProgressState } from '../../src/runtime/state.ts';
import { keysFor, layoutOf } from '../../src/runtime/state-keys.ts';
import { decodeState, encodeBits, encodeState } from '../../src/runtime/suspend-codec.ts';
import { fillIn, numeric, sequencing, single, trueFalse } from './quiz-fixtures.ts';
import { makeData } from './runtime-fixtures.ts';

interface ModuleShape {
  id: string;
  pages: string[];
  questions: QuestionModel[];
}

/** A course of the given modules (pages by short name, questions with their module's interaction ids). */
function course(modules: ModuleShape[]) {
  const data = makeData({ pages: [] });
  data.modules = modules.map((m) => ({
    id: m.id,
    title: m.id,
    pages: m.pages.map((p) => ({ id: `${m.id}/${p}`, title: p, optional: false })),
    quiz: m.questions.length
      ? { id: m.id, title: m.id, passingScore: 80, shuffle: false, attempts: 0, questions: m.questions.map((q) => ({ ...q, interactionId: `${m.id}-${q.id}` })) }
      : undefined,
  }));
  return indexCourse(data);
}

const tf = (id: string, answer = true): QuestionModel => ({ ...trueFalse(answer), id });
const choice = single();
/** The same choices in another order: a response stored as a position would now name `ebox`. */
const changedChoices = single({ choices: [choice.choices[2]!, choice.choices[0]!, choice.choices[1]!] });

const v1 = course([
  { id: 'm1', pages: ['intro', 'services', 'figures'], questions: [choice, tf('q-tf'), fillIn()] },
  { id: 'm2', pages: ['cases', 'summary'], questions: [sequencing(), numeric()] },
]);
/** Pages and questions added, removed and reordered; one question keeps its id with other choices. */
const v2 = course([
  { id: 'm0', pages: ['welcome'], questions: [] },
  { id: 'm1', pages: ['figures', 'intro', 'new'], questions: [fillIn(), tf('q-new', false), tf('q-tf'), changedChoices] },
  { id: 'm2', pages: ['summary'], questions: [numeric()] },
]);

function played(): ProgressState {
  const s = newState(77);
  for (const id of ['m1/intro', 'm1/services', 'm1/figures', 'm2/cases', 'm2/summary']) s.visited.add(id);
  const put = (id: string, a: Answer) => s.answers.set(id, a);
  put('m1-q-single', { response: 'csam', correct: true, tries: 1 });
  put('m1-q-tf', { response: false, correct: false, tries: 3 });
  put('m1-q-fill', { response: 'Bruxelles', correct: true, tries: 2 });
  put('m2-q-seq', { response: ['on', 'open', 'login', 'check'], correct: true, tries: 1 });
  put('m2-q-num', { response: 41, correct: false, tries: 4 });
  return s;
}

describe('a state written by another version of the course', () => {
  it('restores pages and answers by id, drops what is gone, and keeps a result without its response when the choices changed', () => {
    const back = decodeState(v2, encodeState(v1, played()))!;
    expect(back.seed).toBe(77);
    expect([...back.visited].sort()).toEqual(['m1/figures', 'm1/intro', 'm2/summary']);
    expect(Object.fromEntries(back.answers)).toEqual({
      'm1-q-fill': { response: 'Bruxelles', correct: true, tries: 2 },
      'm1-q-tf': { response: false, correct: false, tries: 3 },
      'm1-q-single': { response: null, correct: true, tries: 1 },
      'm2-q-num': { response: 41, correct: false, tries: 4 },
    });
  });

  it('comes back whole on the version that wrote it, and after a trip through the new version', () => {
    const s = played();
    expect(decodeState(v1, encodeState(v1, s))).toEqual(s);
    const there = decodeState(v2, encodeState(v1, s))!;
    const back = decodeState(v1, encodeState(v2, there))!;
    expect([...back.visited].sort()).toEqual(['m1/figures', 'm1/intro', 'm2/summary']);
    expect(back.answers.get('m1-q-tf')).toEqual(s.answers.get('m1-q-tf'));
    expect(back.answers.has('m2-q-seq')).toBe(false);
  });

  it('never gives an answer to another question, over 150 questions shuffled, thinned and extended', () => {
    const many = (ids: number[]) => ids.map((n) => tf(`q${n}`, n % 3 === 0));
    const old = course([{ id: 'm1', pages: ['a'], questions: many(Array.from({ length: 150 }, (_, i) => i)) }]);
    const kept = Array.from({ length: 150 }, (_, i) => i).filter((i) => i % 3 !== 1);
    const reordered = [...kept.filter((i) => i % 2), ...Array.from({ length: 60 }, (_, i) => 1000 + i), ...kept.filter((i) => i % 2 === 0)];
    const next = course([{ id: 'm1', pages: ['a'], questions: many(reordered) }]);
    const s = newState(1);
    old.questions.forEach((q, i) => s.answers.set(q.interactionId, { response: i % 2 === 0, correct: i % 5 === 0, tries: 1 + (i % 17) }));
    const back = decodeState(next, encodeState(old, s, Infinity))!;
    expect([...back.answers.keys()].sort()).toEqual(kept.map((i) => `m1-q${i}`).sort());
    for (const [id, a] of back.answers) expect(a, id).toEqual(s.answers.get(id));
  });

  it('trusts no key that names two pages of the current course', () => {
    const big = indexCourse(makeData({ pages: [12000] }));
    const byKey = new Map<string, string>();
    let pair: [string, string] | undefined;
    keysFor(big, 0).pages.forEach((k, i) => {
      if (!pair && byKey.has(k)) pair = [byKey.get(k)!, big.pageIds[i]!];
      byKey.set(k, big.pageIds[i]!);
    });
    expect(pair, 'two page ids whose keys meet under salt 0').toBeDefined();
    const [a, b] = pair!.map((id) => id.split('/')[1]!) as [string, string];
    const clash = course([{ id: 'm1', pages: [a, b, 'other'], questions: [] }]);
    // The course that holds both picks another salt, so its own state is exact.
    expect(layoutOf(clash).keys.salt).toBeGreaterThan(0);
    const s = newState(5);
    s.visited.add(`m1/${a}`).add('m1/other');
    expect(decodeState(clash, encodeState(clash, s))!.visited).toEqual(s.visited);
    // A state written under salt 0 by a course that had only one of them cannot tell them apart: dropped.
    const before = course([{ id: 'm1', pages: [a, 'other'], questions: [] }]);
    expect(layoutOf(before).keys.salt).toBe(0);
    expect([...decodeState(clash, encodeState(before, s))!.visited]).toEqual(['m1/other']);
  });
});

describe('a version-1 state (positions only)', () => {
  /** What a version-1 player wrote for the `played()` learner on v1. */
  const legacy = ['1', '25', encodeBits([true, true, true, true, true]), '0:3b,1:6f,2:5Bruxelles,3:3abcd,4:841', 'An'].join('|');

  it('is restored positionally on a course with the same questions', () => {
    const back = decodeState(v1, legacy)!;
    const s = played();
    expect(back.visited).toEqual(s.visited);
    expect(back.answers).toEqual(s.answers);
    expect(back.learnerName).toBe('An');
  });

  it('loses pages and answers, never its seed and name, when a response no longer fits the question at its position', () => {
    const back = decodeState(v2, legacy)!;
    expect(back.seed).toBe(77);
    expect(back.learnerName).toBe('An');
    expect(back.visited.size).toBe(0);
    expect(back.answers.size).toBe(0);
  });

  it('loses them too when a page or a question lies beyond the current course', () => {
    const small = course([{ id: 'm1', pages: ['intro', 'services'], questions: [choice, tf('q-tf'), fillIn()] }]);
    expect(decodeState(small, '1|25|Bw|0:3b')!.visited.size).toBe(0);
    expect(decodeState(small, '1|25|D|0:3b')!.visited.size).toBe(2);
    expect(decodeState(small, '1|25|D|0:3b,3:2')!.answers.size).toBe(0);
    // A damaged item is skipped; a question answered without a kept response cannot be checked and is kept.
    expect(Object.fromEntries(decodeState(small, '1|25|D|0:3b,garbage,1:2')!.answers)).toEqual({
      'm1-q-single': { response: 'csam', correct: true, tries: 1 },
      'm1-q-tf': { response: null, correct: false, tries: 1 },
    });
  });
});
