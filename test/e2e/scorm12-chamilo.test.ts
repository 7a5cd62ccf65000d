/**
 * Learner journeys under the "chamilo" LMS profile (Chamilo 1.11.28, FACTS §7.8): every relaunch says
 * `entry = "ab-initio"` and `cmi.core.exit` is never kept, yet the bookmark, suspend_data and status come
 * back; a passed attempt reopens in review mode with its old bookmark. Also: an LMS that reopens a passed
 * attempt in normal mode. The French fixture: pages-and-quiz, mastery 80, default policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { scormPackage, type ScormPackage } from '../helpers/course-build.ts';
import { all, expectedScore, fixture, m1, m2, session1, session2 } from '../helpers/all-types-plan.ts';
import { Learner } from '../helpers/player.ts';
import { firstSessionCmi, installHost, launchInLms, nextSessionCmi, relaunchCmi, type Cmi, type LmsLaunch, type LmsSession } from '../helpers/scorm-host.ts';
import type { TestResponse } from '../helpers/scorm-oracle.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';

const browser = useBrowser();
let server: StaticServer;
let pkg: ScormPackage;
let page: Page;
/** Stored by the LMS after each session of the journey. */
let left: Cmi;
let passed: Cmi;

beforeAll(async () => {
  pkg = await scormPackage(fixture, 'fr');
  server = await startServer();
  installHost(server);
  server.mount('sco', pkg.dir);
  page = await browser().newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});
afterAll(async () => {
  await page?.close();
  await server?.close();
});

const first = () => firstSessionCmi(pkg.masteryScore);
const normalise = (r: TestResponse): TestResponse =>
  r.type === 'fill-in' ? { ...r, text: r.text.trim() } : r.type === 'numeric' ? { ...r, text: String(Number(r.text.replace(',', '.'))) } : r.type === 'multiple' ? { ...r, choices: [...r.choices].sort() } : r;

async function session(cmi: Cmi, profile: LmsLaunch['profile'] = 'chamilo') {
  const s = await launchInLms(page, server, { cmi, profile });
  const learner = new Learner(s.sco);
  await learner.ready();
  return { s, learner };
}
const sets = async (s: LmsSession) => (await s.log()).filter((c) => c.fn === 'LMSSetValue').map((c) => `${c.args[0]}=${c.args[1]}`);
const notice = (s: LmsSession) => s.sco.locator('[data-notice]:visible').textContent();

describe('SCORM 1.2 under the "chamilo" LMS profile', () => {
  it('session 1: answers module 1 and leaves on module 2; Chamilo keeps no exit and refuses the language', async () => {
    const { s, learner } = await session(first());
    await learner.nextUntil((w) => w === `quiz:${m1.id}`);
    for (const e of session1) await learner.answer(e.module, e.q.id, e.r);
    await learner.next();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    await s.leave();
    left = (await s.stored())!;
    const language = (await s.log()).find((c) => c.fn === 'LMSGetValue' && c.args[0] === 'cmi.student_preference.language');
    expect([language?.result, language?.error]).toEqual(['', '401']);
    expect([left.core.lesson_status, left.core.exit, left.core.lesson_location]).toEqual(['incomplete', '', m2.pageIds[0]]);
    expect(Object.values(left.interactions).map((i: any) => i.correct_responses)).toEqual(session1.map(() => ({})));
  });

  it('session 2: the relaunch says ab-initio, yet the learner is back on the same page with the answers', async () => {
    const cmi = relaunchCmi('chamilo', left, first());
    expect([cmi.core.entry, cmi.core.lesson_mode]).toEqual(['ab-initio', 'normal']);
    const { s, learner } = await session(cmi);
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    const st = await learner.state();
    expect(Object.keys(st.answers).sort()).toEqual(session1.map((e) => `${e.module}-${e.q.id}`).sort());
    expect(st.visited).toEqual(expect.arrayContaining([...m1.pageIds, m2.pageIds[0]]));
    // Before the learner does anything, the stored state is still the one of session 1, or longer.
    expect((await s.stored())!.suspend_data.length).toBeGreaterThanOrEqual(left.suspend_data.length);
    await learner.openQuiz(m1.id);
    for (const e of session1) expect(normalise(await learner.shown(e.module, e.q.id, e.r.type)), e.q.id).toEqual(normalise(e.r));

    for (const p of m2.pageIds) await learner.openPage(p);
    await learner.openQuiz(m2.id);
    for (const e of session2) await learner.answer(e.module, e.q.id, e.r);
    await learner.next();
    expect(await learner.where()).toBe('certificate');
    const done = await learner.state();
    expect(done.status).toBe('passed');
    expect(done.score).toBeCloseTo(expectedScore, 2);
    await s.leave();
    passed = (await s.stored())!;
    expect([passed.core.lesson_status, passed.core.lesson_location]).toEqual(['passed', 'certificate']);
    expect(Number(passed.core.score.raw)).toBeCloseTo(expectedScore, 2);
    // Interactions of session 2 follow the empty rows Chamilo gave back.
    const ids = Object.values(passed.interactions).map((i: any) => i.id);
    expect(ids).toEqual([...session1.map(() => ''), ...session2.map((e) => `${e.module}-${e.q.id}`)]);
  });

  it('session 3: the passed attempt reopens in review: answers, feedback, score and certificate, and the record stays as it was', async () => {
    const cmi = relaunchCmi('chamilo', passed, first());
    expect([cmi.core.entry, cmi.core.lesson_mode]).toEqual(['ab-initio', 'review']);
    const { s, learner } = await session(cmi);
    expect(await learner.where(), 'the old bookmark').toBe('certificate');
    expect((await learner.state()).mode).toBe('review');
    expect(await notice(s)).toMatch(/révision/i);
    expect(await s.sco.locator('[data-certificate-body]').isVisible(), 'certificate shown').toBe(true);
    expect(await s.sco.locator('[data-certificate-score]').textContent()).toMatch(/\d/);

    for (const m of [m1, m2]) {
      await learner.openQuiz(m.id);
      expect(await s.sco.locator(`section[data-quiz-id="${m.id}"] [data-quiz-result]`).textContent()).not.toBe('');
      for (const e of all.filter((x) => x.module === m.id)) {
        expect(normalise(await learner.shown(e.module, e.q.id, e.r.type)), e.q.id).toEqual(normalise(e.r));
        const fs = learner.question(e.module, e.q.id);
        expect((await fs.locator('[role="status"]').textContent())?.trim(), `feedback of ${e.q.id}`).not.toBe('');
        expect(await fs.locator('input:enabled, select:enabled').count(), `${e.q.id} locked`).toBe(0);
      }
    }
    await learner.openPage(m1.pageIds[0]!);
    const initial = await s.initial();
    await s.leave();
    expect(await sets(s)).toEqual([]);
    expect(await s.stored()).toEqual(initial);
    expect(initial.suspend_data).toBe(passed.suspend_data);
    expect([initial.core.lesson_status, initial.core.score.raw, initial.core.lesson_location]).toEqual(['passed', passed.core.score.raw, 'certificate']);
  });
});

describe('an LMS that reopens a passed attempt in normal mode, saying ab-initio', () => {
  it('shows the answers and the certificate, and keeps the attempt passed', async () => {
    const cmi = nextSessionCmi(passed, first());
    cmi.core = { ...cmi.core, entry: 'ab-initio', lesson_mode: 'normal' };
    const { s, learner } = await session(cmi, undefined);
    expect(await learner.where()).toBe('certificate');
    const st = await learner.state();
    expect([st.mode, st.status, Object.keys(st.answers).length]).toEqual(['normal', 'passed', all.length]);
    expect(await s.sco.locator('[data-certificate-body]').isVisible()).toBe(true);
    await learner.openPage(m1.pageIds[0]!);
    await s.leave();
    const stored = (await s.stored())!;
    expect((await sets(s)).filter((c) => c.startsWith('cmi.core.lesson_status=') && c !== 'cmi.core.lesson_status=passed')).toEqual([]);
    expect([stored.core.lesson_status, stored.core.score.raw, stored.core.exit]).toEqual(['passed', passed.core.score.raw, '']);
    expect(stored.suspend_data.length).toBeGreaterThanOrEqual(passed.suspend_data.length);
  });
});
