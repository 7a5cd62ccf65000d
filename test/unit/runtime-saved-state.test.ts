import { describe, expect, it } from 'vitest';
import { indexCourse } from '../../src/runtime/course-index.ts';
import { restoreState } from '../../src/runtime/saved-state.ts';
import { newState } from '../../src/runtime/state.ts';
import { encodeBits, encodeState } from '../../src/runtime/suspend-codec.ts';
import { makeData } from './runtime-fixtures.ts';

const index = indexCourse(makeData({ pages: [3, 2], questions: [2, 1] }));

function played() {
  const s = newState(42);
  s.visited.add('m1/p1').add('m1/p2');
  s.answers.set('m1-q1', { response: true, correct: true, tries: 1 });
  return s;
}

describe('restoreState: the saved text is taken when it is this course\'s', () => {
  it('restores a text of this course, whatever its content', () => {
    const text = encodeState(index, played());
    expect(restoreState(index, text)).toMatchObject({ seed: 42, visited: new Set(['m1/p1', 'm1/p2']) });
    const untouched = encodeState(index, newState(7));
    expect(restoreState(index, untouched)?.seed).toBe(7);
  });

  it('gives nothing for an empty text, another format or another course', () => {
    expect(restoreState(index, null)).toBeNull();
    expect(restoreState(index, '')).toBeNull();
    expect(restoreState(index, 'lesson=3;score=80')).toBeNull();
    expect(restoreState(index, '{"page":3}|x|y|z')).toBeNull();
    const other = indexCourse({ ...makeData({ pages: [4] }), id: 'other' });
    const s = newState(5);
    s.visited.add('m1/p4');
    expect(restoreState(index, encodeState(other, s))).toBeNull();
  });

  it('restores a text of another version of the course by the pages and questions it still has', () => {
    const v2 = indexCourse(makeData({ pages: [3, 3], questions: [2, 1] }));
    const restored = restoreState(v2, encodeState(index, played()));
    expect([...restored!.visited]).toEqual(['m1/p1', 'm1/p2']);
    expect(restored!.answers.get('m1-q1')?.correct).toBe(true);
  });

  it('restores a version-1 text that fits the course', () => {
    const v1 = `1|${(42).toString(36)}|${encodeBits([true, true])}|0:3t`;
    expect(restoreState(index, v1)?.answers.get('m1-q1')).toMatchObject({ correct: true, tries: 1 });
  });
});
