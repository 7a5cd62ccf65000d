/**
 * What a SCORM 1.2 interaction must hold for a given question and learner response, derived
 * from the standard (FACTS §2.5–2.6) and the fixture text, not from the build's code:
 * choices, items, sources and targets become single characters by position (a…z, 0…9).
 */
import type { FixtureQuestion } from './fixture-course.ts';

/** A learner's response as the test enters it. */
export type TestResponse =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'fill-in'; text: string }
  | { type: 'matching'; pairs: Record<string, string> }
  | { type: 'sequencing'; order: string[] }
  | { type: 'numeric'; text: string };

const SHORT = 'abcdefghijklmnopqrstuvwxyz0123456789';
const char = (i: number) => {
  if (i < 0 || i >= SHORT.length) throw new Error(`no position ${i}`);
  return SHORT[i]!;
};
const pos = (list: { id: string }[] | undefined, id: string) => char((list ?? []).findIndex((x) => x.id === id));

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const decimal = (s: string) => Number(s.trim().replace(',', '.'));

export function scormType(q: FixtureQuestion): string {
  return q.type === 'single' || q.type === 'multiple' ? 'choice' : q.type;
}

export function isCorrect(q: FixtureQuestion, r: TestResponse): boolean {
  switch (r.type) {
    case 'single':
      return !!q.choices!.find((c) => c.id === r.choice)?.correct;
    case 'multiple': {
      const want = q.choices!.filter((c) => c.correct).map((c) => c.id).sort();
      return JSON.stringify([...r.choices].sort()) === JSON.stringify(want);
    }
    case 'true-false':
      return r.value === q.answer;
    case 'fill-in':
      return q.answers!.some((a) => fold(a) === fold(r.text));
    case 'matching':
      return q.pairs!.every((p) => r.pairs[p.source.id] === p.target.id);
    case 'sequencing':
      return r.order.join() === q.items!.map((i) => i.id).join();
    case 'numeric':
      return Math.abs(decimal(r.text) - (q.answer as number)) <= (q.tolerance ?? 0);
  }
}

export function studentResponse(q: FixtureQuestion, r: TestResponse): string {
  switch (r.type) {
    case 'single':
      return pos(q.choices, r.choice);
    case 'multiple':
      return q.choices!.filter((c) => r.choices.includes(c.id)).map((c) => pos(q.choices, c.id)).join(',');
    case 'true-false':
      return r.value ? 't' : 'f';
    case 'fill-in':
      return r.text.trim();
    case 'matching':
      return q.pairs!.map((p, i) => `${char(i)}.${pos(q.pairs!.map((x) => x.target), r.pairs[p.source.id]!)}`).join(',');
    case 'sequencing':
      return r.order.map((id) => pos(q.items, id)).join(',');
    case 'numeric':
      return String(decimal(r.text));
  }
}

/** Acceptable `correct_responses.0.pattern` values. */
export function correctPatterns(q: FixtureQuestion): string[] {
  switch (q.type) {
    case 'single':
      return q.choices!.filter((c) => c.correct).map((c) => pos(q.choices, c.id));
    case 'multiple':
      return [q.choices!.filter((c) => c.correct).map((c) => pos(q.choices, c.id)).join(',')];
    case 'true-false':
      return [q.answer ? 't' : 'f'];
    case 'fill-in':
      return q.answers!;
    case 'matching':
      return [q.pairs!.map((_, i) => `${char(i)}.${char(i)}`).join(',')];
    case 'sequencing':
      return [q.items!.map((_, i) => char(i)).join(',')];
    case 'numeric':
      return [String(q.answer)];
  }
}

/** A response every question type can check as right. */
export function rightResponse(q: FixtureQuestion): TestResponse {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.choices!.find((c) => c.correct)!.id };
    case 'multiple':
      return { type: 'multiple', choices: q.choices!.filter((c) => c.correct).map((c) => c.id) };
    case 'true-false':
      return { type: 'true-false', value: q.answer as boolean };
    case 'fill-in':
      return { type: 'fill-in', text: q.answers![0]! };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(q.pairs!.map((p) => [p.source.id, p.target.id])) };
    case 'sequencing':
      return { type: 'sequencing', order: q.items!.map((i) => i.id) };
    case 'numeric':
      return { type: 'numeric', text: String(q.answer) };
  }
}

/** A response that is wrong for every question type. */
export function wrongResponse(q: FixtureQuestion): TestResponse {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.choices!.find((c) => !c.correct)!.id };
    case 'multiple':
      return { type: 'multiple', choices: [q.choices!.find((c) => !c.correct)!.id] };
    case 'true-false':
      return { type: 'true-false', value: !q.answer };
    case 'fill-in':
      return { type: 'fill-in', text: 'Namur' };
    case 'matching': {
      const t = q.pairs!.map((p) => p.target.id);
      return { type: 'matching', pairs: Object.fromEntries(q.pairs!.map((p, i) => [p.source.id, t[(i + 1) % t.length]!])) };
    }
    case 'sequencing':
      return { type: 'sequencing', order: [...q.items!.map((i) => i.id)].reverse() };
    case 'numeric':
      return { type: 'numeric', text: String((q.answer as number) + (q.tolerance ?? 0) + 10) };
  }
}

export const cmiTimespanRe = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
export const cmiTimeRe = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
