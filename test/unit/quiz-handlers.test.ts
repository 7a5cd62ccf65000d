import { describe, expect, it } from 'vitest';
import type { QuestionModel } from '../../src/course/model.ts';
import { render, type Problem } from '../../src/diagnostics/author-report.ts';
import { checkQuestion, handlerOf, questionHandlers, renderQuestion } from '../../src/quiz/index.ts';
import { fillIn as fillInHandler } from '../../src/quiz/fill-in.ts';
import { matching as matchingHandler } from '../../src/quiz/matching.ts';
import { multiple as multipleHandler } from '../../src/quiz/multiple.ts';
import { numeric as numericHandler } from '../../src/quiz/numeric.ts';
import { sequencing as sequencingHandler } from '../../src/quiz/sequencing.ts';
import { single as singleHandler } from '../../src/quiz/single.ts';
import { trueFalse as trueFalseHandler } from '../../src/quiz/true-false.ts';
import { questionTypes } from '../../src/schema/quiz.ts';
import { allTypes, fillIn, matching, multiple, numeric, sequencing, single, trueFalse } from './quiz-fixtures.ts';

/** SCORM 1.2 CMIFeedback formats of FACTS §2.6. */
const scormFormat: Record<string, RegExp> = {
  'true-false': /^[tf]$/,
  choice: /^[0-9a-z](,[0-9a-z])*$/,
  'fill-in': /^.{0,255}$/s,
  matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  sequencing: /^[0-9a-z](,[0-9a-z])*$/,
  numeric: /^[+-]?\d+(\.\d+)?$/,
};

function issues(q: QuestionModel) {
  const found: { path: (string | number)[]; rule: string; message: string; hint?: string; severity?: string }[] = [];
  checkQuestion(q, (path, problem, severity) =>
    found.push({ path, rule: problem.rule, ...render({ ...problem, params: { ...problem.params, question: { n: 1, id: q.id } } } as Problem), severity }),
  );
  return found;
}
const errors = (q: QuestionModel) => issues(q).filter((i) => (i.severity ?? 'error') === 'error');

describe('handler map', () => {
  it('has one handler per question type of the schema', () => {
    expect(Object.keys(questionHandlers).sort()).toEqual([...questionTypes].sort());
  });
  it('accepts the sample question of every type without complaint', () => {
    for (const q of allTypes()) expect(issues(q), q.type).toEqual([]);
  });
});

describe('author checks', () => {
  it('quiz/no-correct-answer for single and multiple', () => {
    const q = single({ choices: single().choices.map((c) => ({ ...c, correct: false })) });
    expect(errors(q).map((i) => [i.rule, i.path])).toEqual([['quiz/no-correct-answer', ['choices']]]);
    const m = multiple({ choices: multiple().choices.map((c) => ({ ...c, correct: false })) });
    expect(errors(m)[0]!.rule).toBe('quiz/no-correct-answer');
    expect(errors(m)[0]!.hint).toBeTruthy();
  });
  it('counts choices named in the question as correct', () => {
    const q = single({ choices: single().choices.map((c) => ({ ...c, correct: false })), correct: 'csam' });
    expect(errors(q)).toEqual([]);
    expect(singleHandler.isCorrect(q, 'csam')).toBe(true);
    expect(singleHandler.scormPattern(q)).toBe('b');
  });
  it('quiz/single-several-correct points at the extra correct choice', () => {
    const q = single({ choices: single().choices.map((c) => ({ ...c, correct: c.id !== 'ebox' })) });
    expect(errors(q).map((i) => [i.rule, i.path])).toEqual([['quiz/single-several-correct', ['choices', 2, 'correct']]]);
  });
  it('quiz/duplicate-id for choices, sources, targets and items', () => {
    const choices = single().choices;
    expect(errors(single({ choices: [...choices, { ...choices[0]!, correct: false }] })).map((i) => [i.rule, i.path])).toEqual([
      ['quiz/duplicate-id', ['choices', 3, 'id']],
    ]);
    const m = matching();
    m.pairs[2]!.source.id = 'csam';
    m.pairs[1]!.target.id = 'login';
    expect(errors(m).map((i) => i.path)).toEqual([
      ['pairs', 2, 'source', 'id'],
      ['pairs', 1, 'target', 'id'],
    ]);
    const s = sequencing();
    s.items[3]!.id = 'on';
    expect(errors(s).map((i) => [i.rule, i.path])).toEqual([['quiz/duplicate-id', ['items', 3, 'id']]]);
  });
  it('quiz/numeric-answer without answer or range, and with min above max', () => {
    expect(errors(numeric({ answer: undefined, tolerance: undefined })).map((i) => i.rule)).toEqual(['quiz/numeric-answer']);
    expect(errors(numeric({ answer: undefined, tolerance: undefined, min: 10, max: 5 })).map((i) => i.path)).toEqual([['min']]);
    expect(errors(numeric({ answer: undefined, tolerance: undefined, min: 5, max: 10 }))).toEqual([]);
    expect(errors(numeric({ answer: undefined, tolerance: undefined, min: 5 }))).toEqual([]);
  });
  it('quiz/fill-in-empty for a blank accepted answer', () => {
    expect(errors(fillIn({ answers: ['Bruxelles', '  '] })).map((i) => [i.rule, i.path])).toEqual([['quiz/fill-in-empty', ['answers', 1]]]);
  });
  it('writes plain messages with a hint', () => {
    for (const i of issues(numeric({ answer: undefined, min: 3, max: 1 }))) {
      expect(i.message).toMatch(/^[A-Z].*\.$/);
      expect(i.hint).toBeTruthy();
    }
  });
});

describe('scoring', () => {
  it('single and multiple', () => {
    expect(singleHandler.isCorrect(single(), 'csam')).toBe(true);
    expect(singleHandler.isCorrect(single(), 'fax')).toBe(false);
    expect(multipleHandler.isCorrect(multiple(), ['itsme', 'eid'])).toBe(true);
    expect(multipleHandler.isCorrect(multiple(), ['eid', 'itsme'])).toBe(true);
    expect(multipleHandler.isCorrect(multiple(), ['itsme'])).toBe(false);
    expect(multipleHandler.isCorrect(multiple(), ['itsme', 'eid', 'fax'])).toBe(false);
  });
  it('true-false', () => {
    expect(trueFalseHandler.isCorrect(trueFalse(false), false)).toBe(true);
    expect(trueFalseHandler.isCorrect(trueFalse(true), false)).toBe(false);
  });
  it('fill-in ignores case, accents and spaces by default', () => {
    const q = fillIn();
    for (const ok of ['bruxelles', ' BRUXELLES ', 'région de bruxelles-capitale', 'Region  de Bruxelles-Capitale', 'Bruxellés'])
      expect(fillInHandler.isCorrect(q, ok), ok).toBe(true);
    expect(fillInHandler.isCorrect(q, 'Namur')).toBe(false);
    expect(fillInHandler.isCorrect(q, '')).toBe(false);
  });
  it('fill-in honours caseSensitive and accentSensitive', () => {
    const q = fillIn({ answers: ['Liège'], caseSensitive: true, accentSensitive: true });
    expect(fillInHandler.isCorrect(q, 'Liège')).toBe(true);
    expect(fillInHandler.isCorrect(q, 'liège')).toBe(false);
    expect(fillInHandler.isCorrect(q, 'Liege')).toBe(false);
    expect(fillInHandler.isCorrect(fillIn({ answers: ['Liège'], accentSensitive: true }), 'LIÈGE')).toBe(true);
    expect(fillInHandler.isCorrect(fillIn({ answers: ['Liège'], caseSensitive: true }), 'Liege')).toBe(true);
  });
  it('numeric: answer ± tolerance, ranges, and comma decimals from the inputs', () => {
    const q = numeric();
    expect(numericHandler.isCorrect(q, 46)).toBe(true);
    expect(numericHandler.isCorrect(q, 47)).toBe(true);
    expect(numericHandler.isCorrect(q, 47.01)).toBe(false);
    expect(numericHandler.isCorrect(numeric({ answer: 0.3, tolerance: undefined }), 0.1 + 0.2)).toBe(true);
    const r = numeric({ answer: undefined, tolerance: undefined, min: 10, max: 20 });
    expect([9.99, 10, 20, 20.01].map((n) => numericHandler.isCorrect(r, n))).toEqual([false, true, true, false]);
    expect(numericHandler.isCorrect(numeric({ answer: undefined, tolerance: undefined, min: 10 }), 1e6)).toBe(true);
  });
  it('matching and sequencing need every part right', () => {
    expect(matchingHandler.isCorrect(matching(), ['login', 'mail', 'tax'])).toBe(true);
    expect(matchingHandler.isCorrect(matching(), ['login', 'tax', 'mail'])).toBe(false);
    expect(sequencingHandler.isCorrect(sequencing(), ['on', 'open', 'login', 'check'])).toBe(true);
    expect(sequencingHandler.isCorrect(sequencing(), ['open', 'on', 'login', 'check'])).toBe(false);
  });
});

const samples: [QuestionModel, unknown][] = [
  [single(), 'fax'],
  [multiple(), ['fax', 'eid']],
  [trueFalse(), false],
  [fillIn(), 'Région, de | Bruxelles: 100% ça;va'],
  [matching(), ['mail', 'login', 'tax']],
  [sequencing(), ['check', 'on', 'open', 'login']],
  [numeric(), -46.25],
];

describe('suspend encoding', () => {
  it.each(samples.map(([q, r]) => [q.type, q, r] as const))('%s round-trips with safe characters only', (_t, q, r) => {
    const h = handlerOf(q);
    const s = h.encode(q as never, r as never);
    expect(s).toMatch(/^[A-Za-z0-9\-_.!~*'()%]+$/);
    expect(h.decode(q as never, s)).toEqual(r);
  });
  it('encodes choices and items as single characters', () => {
    expect(multipleHandler.encode(multiple(), ['fax', 'eid'])).toBe('ac');
    expect(sequencingHandler.encode(sequencing(), ['check', 'on', 'open', 'login'])).toBe('dabc');
  });
  it('rejects text that does not fit the question', () => {
    expect(singleHandler.decode(single(), 'z')).toBeNull();
    expect(matchingHandler.decode(matching(), 'ab')).toBeNull();
    expect(sequencingHandler.decode(sequencing(), 'ab!d')).toBeNull();
    expect(numericHandler.decode(numeric(), 'abc')).toBeNull();
    expect(trueFalseHandler.decode(trueFalse(), 'x')).toBeNull();
  });
});

describe('SCORM 1.2 formats', () => {
  it.each(samples.map(([q, r]) => [q.type, q, r] as const))('%s response and pattern match CMIFeedback', (_t, q, r) => {
    const h = handlerOf(q);
    const re = scormFormat[h.scormType]!;
    expect(h.scormResponse(q as never, r as never)).toMatch(re);
    expect(h.scormPattern(q as never)).toMatch(re);
  });
  it('writes the values of FACTS §2.6', () => {
    expect(singleHandler.scormResponse(single(), 'fax')).toBe('c');
    expect(singleHandler.scormPattern(single())).toBe('b');
    expect(multipleHandler.scormResponse(multiple(), ['eid', 'fax'])).toBe('a,c');
    expect(multipleHandler.scormPattern(multiple())).toBe('b,c');
    expect(trueFalseHandler.scormPattern(trueFalse(false))).toBe('f');
    expect(matchingHandler.scormResponse(matching(), ['mail', 'login', 'tax'])).toBe('a.b,b.a,c.c');
    expect(matchingHandler.scormPattern(matching())).toBe('a.a,b.b,c.c');
    expect(sequencingHandler.scormResponse(sequencing(), ['check', 'on', 'open', 'login'])).toBe('d,a,b,c');
    expect(sequencingHandler.scormPattern(sequencing())).toBe('a,b,c,d');
    expect(numericHandler.scormResponse(numeric(), 46.5)).toBe('46.5');
    expect(numericHandler.scormPattern(numeric())).toBe('46.5');
    expect(numericHandler.scormPattern(numeric({ answer: undefined, tolerance: undefined, min: 10, max: 20 }))).toBe('15');
    expect(fillInHandler.scormPattern(fillIn())).toBe('Région de Bruxelles-Capitale');
    expect(fillInHandler.scormResponse(fillIn(), 'x'.repeat(300))).toHaveLength(255);
    expect(singleHandler.scormType).toBe('choice');
    expect(multipleHandler.scormType).toBe('choice');
  });
  it('maps position 26 to 0 and 35 to 9', () => {
    const choices = Array.from({ length: 36 }, (_, i) => ({ id: `c${i}`, text: `Choice ${i}`, correct: i === 35 }));
    const q = single({ choices });
    expect(singleHandler.scormPattern(q)).toBe('9');
    expect(singleHandler.scormResponse(q, 'c26')).toBe('0');
  });
});

describe('xAPI formats', () => {
  it('uses readable ids and the [,] / [.] delimiters', () => {
    expect(multipleHandler.xapiResponse(multiple(), ['eid', 'fax'])).toBe('fax[,]eid');
    expect(multipleHandler.xapiPatterns(multiple())).toEqual(['itsme[,]eid']);
    expect(singleHandler.xapiPatterns(single())).toEqual(['csam']);
    expect(trueFalseHandler.xapiPatterns(trueFalse())).toEqual(['true']);
    expect(matchingHandler.xapiPatterns(matching())).toEqual(['csam[.]login[,]ebox[.]mail[,]myminfin[.]tax']);
    expect(sequencingHandler.xapiPatterns(sequencing())).toEqual(['on[,]open[,]login[,]check']);
    expect(numericHandler.xapiPatterns(numeric())).toEqual(['46[:]47']);
    expect(numericHandler.xapiPatterns(numeric({ answer: undefined, tolerance: undefined, min: 4 }))).toEqual(['4[:]']);
    expect(fillInHandler.xapiPatterns(fillIn({ answers: ['Liège'], caseSensitive: true }))).toEqual(['{case_matters=true}Liège']);
    expect(fillInHandler.xapiPatterns(fillIn())).toEqual(['Région de Bruxelles-Capitale', 'Bruxelles']);
  });
  it('lists components with language maps', () => {
    expect(singleHandler.xapiComponents(single(), 'fr').choices![1]).toEqual({ id: 'csam', description: { fr: 'CSAM' } });
    const m = matchingHandler.xapiComponents(matching(), 'nl');
    expect(m.source!.map((c) => c.id)).toEqual(['csam', 'ebox', 'myminfin']);
    expect(m.target![2]).toEqual({ id: 'tax', description: { nl: 'Taxes' } });
    expect(sequencingHandler.xapiComponents(sequencing(), 'de').choices).toHaveLength(4);
  });
});

describe('feedback of chosen choices', () => {
  it('returns the texts attached to what the learner chose', () => {
    expect(singleHandler.responseFeedback!(single(), 'fax')).toEqual(['Not any more.']);
    expect(multipleHandler.responseFeedback!(multiple(), ['eid'])).toEqual([]);
  });
});

describe('renderQuestion', () => {
  const ctx = { lang: 'en', t: (k: string) => ({ position: 'Position {n}' })[k] ?? `[${k}]` };
  it('writes the public fieldset contract', () => {
    for (const q of allTypes()) {
      const html = renderQuestion(q, ctx);
      expect(html).toMatch(new RegExp(`^<fieldset[^>]* data-question-id="${q.id}" data-type="${q.type}"`));
      expect(html).toContain('<legend>');
      expect(html).toMatch(/<button type="button"[^>]* data-action="submit">/);
      expect(html).toMatch(/role="status" aria-live="polite"/);
      expect(html).not.toMatch(/correct/i);
    }
  });
  it('labels every input and select', () => {
    for (const q of allTypes()) {
      const html = renderQuestion(q, ctx);
      const ids = [...html.matchAll(/<(?:input|select)\b[^>]*?\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length, q.type).toBeGreaterThan(0);
      for (const id of ids) expect(html, `${q.type} ${id}`).toContain(`<label for="${id}">`);
    }
  });
  it('escapes author text', () => {
    const html = renderQuestion(single({ prompt: '<b>x</b> & "y"' }), ctx);
    expect(html).toContain('<legend>&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;</legend>');
  });
  it('renders native inputs with the contract values', () => {
    expect(renderQuestion(single(), ctx)).toContain('type="radio" id="cx-m1-q-single-b" name="cx-m1-q-single" value="csam"');
    expect(renderQuestion(multiple(), ctx)).toMatch(/type="checkbox"[^>]*value="itsme"/);
    const tf = renderQuestion(trueFalse(), ctx);
    expect([...tf.matchAll(/type="radio"[^>]*value="(\w+)"/g)].map((m) => m[1])).toEqual(['true', 'false']);
    expect(renderQuestion(fillIn(), ctx)).toMatch(/<input type="text"/);
    expect(renderQuestion(numeric(), ctx)).toMatch(/<input type="text" inputmode="decimal"/);
  });
  it('matching: one select per source, options are target ids after an empty one, never in pair order', () => {
    const html = renderQuestion(matching(), ctx);
    const selects = [...html.matchAll(/<select [^>]*data-source-id="([^"]+)">(.*?)<\/select>/g)];
    expect(selects.map((m) => m[1])).toEqual(['csam', 'ebox', 'myminfin']);
    const values = [...selects[0]![2]!.matchAll(/value="([^"]*)"/g)].map((m) => m[1]);
    expect(values[0]).toBe('');
    expect(values.slice(1).sort()).toEqual(['login', 'mail', 'tax']);
    expect(values.slice(1)).not.toEqual(['login', 'mail', 'tax']);
  });
  it('sequencing: one select per position, labelled, options shuffled the same way every build', () => {
    const html = renderQuestion(sequencing(), ctx);
    const selects = [...html.matchAll(/<select [^>]*data-position="(\d+)">(.*?)<\/select>/g)];
    expect(selects.map((m) => m[1])).toEqual(['1', '2', '3', '4']);
    expect(html).toContain('>Position 3</label>');
    const values = [...selects[0]![2]!.matchAll(/value="([^"]*)"/g)].map((m) => m[1]);
    expect(values.slice(1).sort()).toEqual(['check', 'login', 'on', 'open']);
    expect(values.slice(1)).not.toEqual(['on', 'open', 'login', 'check']);
    expect(renderQuestion(sequencing(), ctx)).toBe(html);
  });
});
