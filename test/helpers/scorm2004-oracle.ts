/**
 * What a SCORM 2004 interaction must hold for a fixture question and a learner response, derived
 * from the RTE's response formats and the fixture text, not from the build's code: choices, items,
 * sources and targets by their own ids, `[,]` between items, `[.]` inside a pair, `[:]` in a numeric
 * range, texts as `{lang=…}text`; results `correct`/`incorrect`, times in ISO 8601.
 */
import type { FixtureQuestion } from './fixture-course.ts';
import type { Expected } from './interaction-checks.ts';
import type { Cmi } from './scorm2004-host.ts';
import { isCorrect, scormType, type TestResponse } from './scorm-oracle.ts';

const decimal = (s: string) => Number(s.trim().replace(',', '.'));

export function learnerResponse2004(q: FixtureQuestion, r: TestResponse, lang: string): string {
  switch (r.type) {
    case 'single':
      return r.choice;
    case 'multiple':
      return q.choices!.filter((c) => r.choices.includes(c.id)).map((c) => c.id).join('[,]');
    case 'true-false':
      return String(r.value);
    case 'fill-in':
      return `{lang=${lang}}${r.text.trim()}`;
    case 'matching':
      return q.pairs!.map((p) => `${p.source.id}[.]${r.pairs[p.source.id]}`).join('[,]');
    case 'sequencing':
      return r.order.join('[,]');
    case 'numeric':
      return String(decimal(r.text));
  }
}

export function correctPatterns2004(q: FixtureQuestion, lang: string): string[] {
  switch (q.type) {
    case 'single':
      return q.choices!.filter((c) => c.correct).map((c) => c.id);
    case 'multiple':
      return [q.choices!.filter((c) => c.correct).map((c) => c.id).join('[,]')];
    case 'true-false':
      return [String(q.answer)];
    case 'fill-in':
      return q.answers!.map((a) => `{lang=${lang}}${a}`);
    case 'matching':
      return [q.pairs!.map((p) => `${p.source.id}[.]${p.target.id}`).join('[,]')];
    case 'sequencing':
      return [q.items!.map((i) => i.id).join('[,]')];
    case 'numeric': {
      const a = q.answer as number;
      const t = q.tolerance ?? 0;
      return [`${a - t}[:]${a + t}`];
    }
  }
}

export const isoDurationRe = /^PT(\d+(\.\d{1,2})?S)$/;
export const isoTimeRe = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?Z$/;

/** Problems in stored 2004 interaction records compared with the answers given, in order. */
export function interactionProblems2004(cmi: Cmi, expected: Expected[], lang: string, from = 0): string[] {
  const problems: string[] = [];
  const list = cmi.interactions ?? {};
  expected.forEach((e, k) => {
    const n = from + k;
    const rec = list[String(n)];
    const where = `interaction ${n} (${e.module}/${e.q.id})`;
    if (!rec) return problems.push(`${where}: missing`);
    const want: Record<string, string> = {
      id: `${e.module}-${e.q.id}`,
      type: scormType(e.q),
      learner_response: learnerResponse2004(e.q, e.r, lang),
      result: isCorrect(e.q, e.r) ? 'correct' : 'incorrect',
      weighting: String(e.q.points ?? 1),
      description: `{lang=${lang}}${e.q.prompt}`,
    };
    for (const [key, v] of Object.entries(want))
      if (key === 'weighting' ? Number(rec[key]) !== Number(v) : rec[key] !== v)
        problems.push(`${where}: ${key} is ${JSON.stringify(rec[key])}, expected ${JSON.stringify(v)}`);
    const patterns = Object.values(rec.correct_responses ?? {}).map((p: any) => p.pattern);
    if (JSON.stringify(patterns) !== JSON.stringify(correctPatterns2004(e.q, lang)))
      problems.push(`${where}: patterns ${JSON.stringify(patterns)}, expected ${JSON.stringify(correctPatterns2004(e.q, lang))}`);
    if (!isoDurationRe.test(rec.latency ?? '')) problems.push(`${where}: latency ${JSON.stringify(rec.latency)} is not an ISO 8601 duration`);
    if (!isoTimeRe.test(rec.timestamp ?? '')) problems.push(`${where}: timestamp ${JSON.stringify(rec.timestamp)} is not a 2004 time`);
  });
  return problems;
}
