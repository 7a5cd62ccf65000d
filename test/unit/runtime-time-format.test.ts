import { describe, expect, it } from 'vitest';
import { cmiTime, cmiTimespan, isoDuration } from '../../src/runtime/time-format.ts';

/** FACTS §2.4 (Moodle's regex) and the CMITime form. */
const timespanRe = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
const timeRe = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;

describe('CMITimespan', () => {
  it.each([
    [0, '00:00:00'],
    [330_000, '00:05:30'],
    [330_500, '00:05:30.50'],
    [1_234, '00:00:01.23'],
    [3_600_000 * 123, '123:00:00'],
    [3_600_000 * 1234 + 61_000, '1234:01:01'],
    [-5, '00:00:00'],
    [Number.NaN, '00:00:00'],
    [3_600_000 * 20000, '9999:59:59.99'],
  ])('%d ms → %s', (ms, text) => {
    expect(cmiTimespan(ms)).toBe(text);
    expect(text).toMatch(timespanRe);
  });
  it('always matches the SCORM 1.2 form', () => {
    for (let ms = 0; ms < 4e8; ms += 9_876_543.21) expect(cmiTimespan(ms)).toMatch(timespanRe);
  });
});

describe('CMITime', () => {
  it('is a local time of day without date', () => {
    expect(cmiTime(new Date(2026, 0, 2, 3, 4, 5))).toBe('03:04:05');
    expect(cmiTime(new Date(2026, 0, 2, 23, 59, 59, 999))).toBe('23:59:59');
    expect(cmiTime(new Date())).toMatch(timeRe);
  });
});

describe('ISO 8601 duration', () => {
  it('writes seconds with at most two decimals', () => {
    expect(isoDuration(95_500)).toBe('PT95.5S');
    expect(isoDuration(1_234)).toBe('PT1.23S');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
