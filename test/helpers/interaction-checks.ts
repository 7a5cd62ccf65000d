/**
 * Checks on what a SCORM 1.2 session wrote: the order of LMS calls (FACTS §2.5, §2.8) and each
 * stored interaction against the oracle.
 */
import type { FixtureQuestion } from './fixture-course.ts';
import type { ApiCall, Cmi } from './scorm-host.ts';
import { cmiTimeRe, cmiTimespanRe, correctPatterns, isCorrect, scormType, studentResponse, type TestResponse } from './scorm-oracle.ts';

/** Problems in the call sequence of one session; `firstIndex` is the interaction _count the LMS gave at launch. */
export function callOrderProblems(log: ApiCall[], firstIndex: number): string[] {
  const problems: string[] = [];
  if (log[0]?.fn !== 'LMSInitialize' || log[0].args[0] !== '') problems.push(`first call is ${log[0]?.fn}(${log[0]?.args}), expected LMSInitialize("")`);
  const finishes = log.filter((c) => c.fn === 'LMSFinish');
  if (finishes.length !== 1) problems.push(`LMSFinish called ${finishes.length} times`);
  if (finishes[0] && finishes[0].args[0] !== '') problems.push('LMSFinish argument is not ""');
  const after = log.filter((c) => c.afterFinish);
  if (after.length) problems.push(`calls after LMSFinish: ${after.map((c) => `${c.fn}(${c.args.join(', ')})`).join('; ')}`);
  for (const c of log) {
    if ((c.fn === 'LMSSetValue' || c.fn === 'LMSCommit' || c.fn === 'LMSFinish') && c.result !== 'true')
      problems.push(`${c.fn}(${c.args.join(', ')}) returned ${c.result}, error ${c.error}`);
    if (c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status' && c.args[1] === 'not attempted')
      problems.push('the SCO set lesson_status "not attempted"');
  }
  const sets = log.filter((c) => c.fn === 'LMSSetValue');
  const times = sets.filter((c) => c.args[0] === 'cmi.core.session_time').length;
  if (times !== 1) problems.push(`cmi.core.session_time set ${times} times, expected once`);
  for (const ro of ['cmi.core.entry', 'cmi.core.total_time', 'cmi.core.credit', 'cmi.core.lesson_mode', 'cmi.student_data.mastery_score'])
    if (sets.some((c) => c.args[0] === ro)) problems.push(`the SCO tried to set read-only ${ro}`);
  let next = firstIndex;
  const started = new Set<number>();
  sets.forEach((c, i) => {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(c.args[0]!);
    if (!m) return;
    const n = Number(m[1]);
    const field = m[2]!;
    if (field === 'id') {
      if (n !== next) problems.push(`interaction record written at n=${n}, expected n=${next} (= _count)`);
      if (started.has(n)) problems.push(`interaction ${n} written twice (journaling appends)`);
      started.add(n);
      next = n + 1;
      const after = sets[i + 1]?.args[0];
      if (after !== `cmi.interactions.${n}.type`) problems.push(`interaction ${n}: .type is not set right after .id (next: ${after})`);
    } else if (!started.has(n)) problems.push(`interaction ${n}: ${field} set before .id`);
  });
  return problems;
}

export interface Expected {
  module: string;
  q: FixtureQuestion;
  r: TestResponse;
}

/** Problems in stored interaction records compared with the answers given, in order. */
export function interactionProblems(cmi: Cmi, expected: Expected[], from = 0): string[] {
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
      student_response: studentResponse(e.q, e.r),
      result: isCorrect(e.q, e.r) ? 'correct' : 'wrong',
      weighting: String(e.q.points ?? 1),
    };
    for (const [k2, v] of Object.entries(want)) {
      if (k2 === 'weighting' ? Number(rec[k2]) !== Number(v) : rec[k2] !== v)
        problems.push(`${where}: ${k2} is ${JSON.stringify(rec[k2])}, expected ${JSON.stringify(v)}`);
    }
    if (!/^[A-Za-z0-9_-]{1,255}$/.test(rec.id ?? '')) problems.push(`${where}: id ${JSON.stringify(rec.id)} is not a safe CMIIdentifier`);
    const patterns = Object.values(rec.correct_responses ?? {}).map((p: any) => p.pattern);
    if (patterns.length === 0) problems.push(`${where}: no correct_responses pattern`);
    for (const p of patterns)
      if (!correctPatterns(e.q).includes(p)) problems.push(`${where}: pattern ${JSON.stringify(p)} not in ${JSON.stringify(correctPatterns(e.q))}`);
    if (!cmiTimespanRe.test(rec.latency ?? '')) problems.push(`${where}: latency ${JSON.stringify(rec.latency)} is not a CMITimespan`);
    if (!cmiTimeRe.test(rec.time ?? '')) problems.push(`${where}: time ${JSON.stringify(rec.time)} is not a CMITime`);
    if ((rec.student_response ?? '').length > 255) problems.push(`${where}: student_response longer than 255`);
  });
  return problems;
}

/** Value of the last LMSSetValue of `element` in a log. */
export const lastSet = (log: ApiCall[], element: string) => log.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === element).at(-1)?.args[1];
