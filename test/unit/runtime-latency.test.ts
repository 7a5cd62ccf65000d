import { describe, expect, it } from 'vitest';
import { latencyClock } from '../../src/runtime/latency.ts';

describe('interaction latency', () => {
  it('is the time on each question, not the time since the quiz opened', () => {
    const clock = latencyClock();
    clock.shown('m1', 10_000);
    const answers = [10_560, 11_110, 11_820, 14_000].map((t) => clock.answered('m1', t));
    expect(answers).toEqual([560, 550, 710, 2_180]);
  });

  it('does not count time spent elsewhere, and keeps each quiz apart', () => {
    const clock = latencyClock();
    clock.shown('m1', 0);
    expect(clock.answered('m1', 4_000)).toBe(4_000);
    // The learner reads other pages for a minute, then comes back.
    clock.shown('m2', 5_000);
    expect(clock.answered('m2', 8_000)).toBe(3_000);
    clock.shown('m1', 65_000);
    expect(clock.answered('m1', 67_500)).toBe(2_500);
    clock.shown('m2', 69_000);
    expect(clock.answered('m2', 70_000)).toBe(1_000);
  });

  it('is zero for an answer in a quiz never shown, and never negative', () => {
    const clock = latencyClock();
    expect(clock.answered('m1', 1_000)).toBe(0);
    expect(clock.answered('m1', 900)).toBe(0);
  });
});
