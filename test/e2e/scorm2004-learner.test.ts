/**
 * A learner plays the French SCORM 2004 package under scorm-again's Scorm2004API: answers all seven
 * question types (some right, some wrong), leaves, resumes and passes; reviews the finished attempt;
 * in a new attempt fails every question, then retries and passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { buildFixture, errorsOf } from '../helpers/course-build.ts';
import { all, course, expectedScore, fixture, m1, m2, session1, session2 } from '../helpers/all-types-plan.ts';
import { Learner } from '../helpers/player.ts';
import { firstAttemptCmi, installHost2004, lastSet2004, launchIn2004Lms, nextSessionCmi2004, type ApiCall, type Cmi } from '../helpers/scorm2004-host.ts';
import { interactionProblems2004, isoDurationRe } from '../helpers/scorm2004-oracle.ts';
import { isCorrect, rightResponse, wrongResponse } from '../helpers/scorm-oracle.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';
import { unzipTo } from '../helpers/zip.ts';

const browser = useBrowser();
let server: StaticServer;
let page: Page;
const first = firstAttemptCmi(String(course.masteryScore / 100));
let stored1: Cmi;
let stored2: Cmi;

beforeAll(async () => {
  const { result } = await buildFixture(fixture, { formats: ['scorm2004'], langs: ['fr'] });
  if (!result.ok) throw new Error(errorsOf(result).join('\n'));
  server = await startServer();
  installHost2004(server);
  server.mount('sco', await unzipTo(result.outputs[0]!.file));
  page = await browser().newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});
afterAll(async () => {
  await page?.close();
  await server?.close();
});

/** Every call of a session is sound: Initialize first, Terminate once, nothing after, every set accepted. */
function callProblems(log: ApiCall[]): string[] {
  const problems: string[] = [];
  if (log[0]?.fn !== 'Initialize') problems.push(`first call is ${log[0]?.fn}`);
  if (log.filter((c) => c.fn === 'Terminate').length !== 1) problems.push('Terminate not called exactly once');
  for (const c of log) {
    if (c.afterFinish) problems.push(`${c.fn}(${c.args.join(', ')}) after Terminate`);
    if (['SetValue', 'Commit', 'Terminate'].includes(c.fn) && c.result !== 'true') problems.push(`${c.fn}(${c.args.join(', ')}) → ${c.result}, error ${c.error}`);
  }
  return problems;
}

describe('SCORM 2004 learner journey (fr)', () => {
  it('session 1: reads module 1, answers all seven types, leaves on module 2', async () => {
    const s = await launchIn2004Lms(page, server, { cmi: first });
    const learner = new Learner(s.sco);
    await learner.ready();
    await learner.nextUntil((w) => w?.startsWith('quiz:') ?? false);
    for (const e of session1) expect(await learner.answer(e.module, e.q.id, e.r), e.q.id).not.toBe('');
    await learner.next();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    await s.leave();
    const log = await s.log();
    stored1 = (await s.stored())!;
    expect(callProblems(log)).toEqual([]);
    expect(stored1).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown', exit: 'suspend', score: { scaled: '' } });
    expect(stored1.session_time).toMatch(isoDurationRe);
    expect(Number(stored1.progress_measure)).toBeGreaterThan(0);
    expect(Number(stored1.progress_measure)).toBeLessThan(1);
    expect(stored1.location).not.toBe('');
    expect(stored1.suspend_data.length).toBeGreaterThan(0);
    expect(interactionProblems2004(stored1, session1, 'fr')).toEqual([]);
    expect(Object.keys(stored1.interactions)).toHaveLength(session1.length);
  });

  it('session 2: resumes where the learner left, answers restored, and passes', async () => {
    const cmi = nextSessionCmi2004(stored1, first);
    expect(cmi.entry).toBe('resume');
    const s = await launchIn2004Lms(page, server, { cmi });
    const learner = new Learner(s.sco);
    await learner.ready();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    const st = await learner.state();
    expect(Object.keys(st.answers).sort()).toEqual(session1.map((e) => `${e.module}-${e.q.id}`).sort());
    await learner.nextUntil((w) => w?.startsWith('quiz:') ?? false);
    for (const e of session2) await learner.answer(e.module, e.q.id, e.r);
    expect((await learner.state()).status).toBe('passed');
    await s.leave();
    const log = await s.log();
    stored2 = (await s.stored())!;
    expect(callProblems(log)).toEqual([]);
    expect(lastSet2004(log, 'cmi.success_status')).toBe('passed');
    expect(stored2).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'normal', progress_measure: '1' });
    expect(Number(stored2.score.scaled)).toBeCloseTo(expectedScore / 100, 4);
    expect(interactionProblems2004(stored2, session2, 'fr', session1.length)).toEqual([]);
    expect(Object.keys(stored2.interactions)).toHaveLength(all.length);
  });

  it('session 3: the finished attempt opened in review shows the answers and writes nothing', async () => {
    const s = await launchIn2004Lms(page, server, { cmi: nextSessionCmi2004(stored2, first, { review: true }) });
    const learner = new Learner(s.sco);
    await learner.ready();
    const st = await learner.state();
    expect(Object.keys(st.answers)).toHaveLength(all.length);
    await s.leave();
    expect((await s.log()).filter((c) => c.fn === 'SetValue')).toEqual([]);
  });

  it('a new attempt: every answer wrong is not yet a failure (retries left), then the retries pass', async () => {
    const cmi = nextSessionCmi2004(stored2, first);
    expect(cmi.entry).toBe('ab-initio');
    const s = await launchIn2004Lms(page, server, { cmi });
    const learner = new Learner(s.sco);
    await learner.ready();
    expect(Object.keys((await learner.state()).answers)).toEqual([]);
    const questions = all.map((e) => ({ ...e, wrong: wrongResponse(e.q), right: rightResponse(e.q) }));
    for (const m of [m1, m2]) {
      await learner.nextUntil((w) => w === `quiz:${m.id}`);
      for (const e of questions.filter((x) => x.module === m.id)) {
        expect(isCorrect(e.q, e.wrong)).toBe(false);
        await learner.answer(e.module, e.q.id, e.wrong);
      }
      if (m === m1) await learner.next();
    }
    await s.host.evaluate(() => (window as any).API_1484_11.Commit(''));
    const failed = await s.host.evaluate(() => (window as any).lms.stored());
    expect(failed).toMatchObject({ completion_status: 'completed', success_status: 'unknown', score: { scaled: '' } });
    for (const m of [m1, m2]) {
      await learner.openQuiz(m.id);
      for (const e of questions.filter((x) => x.module === m.id)) await learner.answer(e.module, e.q.id, e.right);
    }
    await s.leave();
    const stored = (await s.stored())!;
    expect(callProblems(await s.log())).toEqual([]);
    expect(stored).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'normal', score: { scaled: '1' } });
    expect(Object.keys(stored.interactions)).toHaveLength(2 * all.length);
  });
});
