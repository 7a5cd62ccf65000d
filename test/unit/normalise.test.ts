/**
 * Questions are normalised once, when the model is built: checks read the quiz as written and
 * never change it, and a quiz that names its correct choice with `correct: <id>` in one language
 * and `correct: true` on the choice in another is the same quiz.
 */
import { describe, expect, it } from 'vitest';
import { load, models } from '../../src/index.ts';
import { courseWith } from '../helpers/course-copy.ts';

const fr = 'modules/m1-decouverte/quiz.fr.yaml';

describe('normalisation of questions', () => {
  it('resolves `correct: <id>` in the model only, and the languages still agree', async () => {
    const dir = await courseWith('e2e-all-types', {
      [fr]: (t) => {
        const out = t
          .replace(/(- \{ id: csam, text: CSAM), correct: true/, '$1')
          .replace('    choices:\n      - { id: ebox', '    correct: csam\n    choices:\n      - { id: ebox');
        if (out === t || !out.includes('correct: csam')) throw new Error('fixture changed: q-service not found as expected');
        return out;
      },
    });
    const { ok, diagnostics, courses } = await load({ courseDirs: [dir], formats: ['scorm12'] });
    expect(diagnostics.filter((d) => d.severity !== 'warning').map((d) => `${d.rule} ${d.message}`)).toEqual([]);
    expect(ok).toBe(true);
    const written = courses[0]!.modules[0]!.quiz.fr!.quiz.questions.find((q) => q.id === 'q-service')!;
    // As written: the choice carries no mark, the question names it.
    expect(written.type === 'single' && [written.correct, written.choices.find((c) => c.id === 'csam')!.correct]).toEqual(['csam', false]);
    for (const m of models(courses[0]!)) {
      const q = m.modules[0]!.quiz!.questions.find((x) => x.id === 'q-service')!;
      expect(q.interactionId).toBe('m1-decouverte-q-service');
      expect(q.type === 'single' && q.choices.map((c) => [c.id, c.correct])).toEqual([['ebox', false], ['csam', true], ['myminfin', false]]);
      expect('correct' in q, `${m.lang}: the model holds one way of saying it`).toBe(false);
    }
  });
});
