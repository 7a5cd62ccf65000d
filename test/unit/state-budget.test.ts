/** The build proves that a learner's saved state fits each format, and says so when it cannot. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, load } from '../../src/index.ts';
import { worstCaseState } from '../../src/course/state-budget.ts';
import { worstCaseLength } from '../../src/runtime/suspend-codec.ts';
import { courseWith, positionOf } from '../helpers/course-copy.ts';

const M = 'modules/m1-basics';
/** A quiz of `n` true-false questions (the same in both languages). */
const quiz = (n: number) =>
  `title: Beaucoup\nquestions:\n${Array.from({ length: n }, (_, i) => `  - { id: q${i + 1}, type: true-false, prompt: Vrai ou faux ${i + 1} ?, answer: true }\n`).join('')}`;
const withQuestions = (n: number) => courseWith('minimal', { [`${M}/quiz.fr.yaml`]: quiz(n), [`${M}/quiz.nl.yaml`]: quiz(n) });

describe('saved state budget', () => {
  it('measures the largest state of a course with the player encoder', async () => {
    const { courses } = await load({ courseDirs: [await withQuestions(12)] });
    const worst = worstCaseState(courses[0]!);
    expect(worst).toEqual({ length: worstCaseLength(2, 12), pages: 2, questions: 12 });
  });

  it('refuses, for SCORM 1.2, a course whose saved state can pass 4096 characters', async () => {
    const dir = await withQuestions(460);
    const { ok, diagnostics } = await check({ courseDirs: [dir] });
    const hits = diagnostics.filter((d) => d.rule === 'course/state-too-large');
    expect(ok).toBe(false);
    expect(hits).toHaveLength(1);
    const hit = hits[0]!;
    expect(hit.severity).toBe('error');
    expect(hit.file).toBe(join(dir, 'course.yaml'));
    expect({ line: hit.line, column: hit.column }).toEqual(await positionOf(dir, 'course.yaml', 'modules:'));
    expect(hit.message).toContain(`(2 pages, 460 questions) can reach ${worstCaseLength(2, 460)} characters, more than the 4096`);
    expect(hit.hint).toMatch(/smaller courses.*--format/);
  });

  it('accepts the same course for the formats that keep up to 64000 characters, and a course up to 4096 exactly', async () => {
    const big = await check({ courseDirs: [await withQuestions(460)], formats: ['web', 'xapi', 'cmi5'] });
    expect(big.diagnostics.filter((d) => d.rule === 'course/state-too-large')).toEqual([]);
    expect(big.ok).toBe(true);
    let n = 0;
    while (worstCaseLength(2, n + 1) <= 4096) n++;
    const rule = async (questions: number) =>
      (await check({ courseDirs: [await withQuestions(questions)], formats: ['scorm12'] })).diagnostics.filter((d) => d.rule === 'course/state-too-large');
    expect(await rule(n)).toEqual([]);
    expect(await rule(n + 1)).toHaveLength(1);
  });
});
