/**
 * A learner plays the French SCORM 1.2 package in a test LMS: reads every page, answers every
 * question type (some right, some wrong), leaves mid-way, resumes, finishes and passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { scormPackage, type ScormPackage } from '../helpers/course-build.ts';
import { all, course, expectedScore, fixture, m1, m2, session1, session2 } from '../helpers/all-types-plan.ts';
import { callOrderProblems, interactionProblems, lastSet } from '../helpers/interaction-checks.ts';
import { Learner } from '../helpers/player.ts';
import { firstSessionCmi, installHost, launchInLms, nextSessionCmi, type ApiCall, type Cmi } from '../helpers/scorm-host.ts';
import { cmiTimespanRe, isCorrect, type TestResponse } from '../helpers/scorm-oracle.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';


const browser = useBrowser();
let server: StaticServer;
let pkg: ScormPackage;
let page: Page;
let stored1: Cmi;
let log1: ApiCall[];
let stored2: Cmi;
let log2: ApiCall[];

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

const normalise = (r: TestResponse): TestResponse =>
  r.type === 'fill-in' ? { ...r, text: r.text.trim() } : r.type === 'numeric' ? { ...r, text: String(Number(r.text.replace(',', '.'))) } : r.type === 'multiple' ? { ...r, choices: [...r.choices].sort() } : r;

describe('SCORM 1.2 learner journey (fr)', () => {
  it('session 1: reads module 1, answers all seven types, leaves on module 2', async () => {
    expect(expectedScore).toBeGreaterThanOrEqual(course.masteryScore);
    expect(session1.map((e) => e.q.type).sort()).toEqual(['fill-in', 'matching', 'multiple', 'numeric', 'sequencing', 'single', 'true-false']);
    const s = await launchInLms(page, server, { cmi: firstSessionCmi(pkg.masteryScore) });
    const learner = new Learner(s.sco);
    await learner.ready();
    expect(await learner.where()).toBe(`page:${m1.pageIds[0]}`);
    const seen = await learner.nextUntil((w) => w?.startsWith('quiz:') ?? false);
    expect(seen).toEqual([...m1.pageIds.map((p) => `page:${p}`), `quiz:${m1.id}`]);

    for (const e of session1) {
      const feedback = await learner.answer(e.module, e.q.id, e.r);
      expect(feedback, `feedback of ${e.q.id}`).not.toBe('');
    }
    const st = await learner.state();
    for (const e of session1) expect(st.answers[`${e.module}-${e.q.id}`]?.correct, e.q.id).toBe(isCorrect(e.q, e.r));

    await learner.next();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    await s.leave();
    log1 = await s.log();
    stored1 = (await s.stored())!;
    expect(stored1, 'the LMS stored nothing').toBeTruthy();
  });

  it('session 1 wrote a sound SCORM session', () => {
    expect(callOrderProblems(log1, 0)).toEqual([]);
    const firstStatus = log1.findIndex((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status');
    const firstInteraction = log1.findIndex((c) => c.fn === 'LMSSetValue' && c.args[0]!.startsWith('cmi.interactions.'));
    expect(log1[firstStatus]?.args[1]).toBe('incomplete');
    expect(firstStatus).toBeLessThan(firstInteraction);
    expect(stored1.core.lesson_status).toBe('incomplete');
    expect(stored1.core.exit).toBe('suspend');
    expect(stored1.core.session_time).toMatch(cmiTimespanRe);
    expect(stored1.core.lesson_location).not.toBe('');
    expect(stored1.suspend_data.length).toBeGreaterThan(0);
    expect(stored1.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(interactionProblems(stored1, session1)).toEqual([]);
    expect(Object.keys(stored1.interactions)).toHaveLength(session1.length);
  });

  it('session 2: resumes on the page the learner left, with the answers restored', async () => {
    const s = await launchInLms(page, server, { cmi: nextSessionCmi(stored1) });
    const learner = new Learner(s.sco);
    await learner.ready();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    await learner.openQuiz(m1.id);
    for (const e of session1) {
      expect(normalise(await learner.shown(e.module, e.q.id, e.r.type)), `restored ${e.q.id}`).toEqual(normalise(e.r));
    }
    const st = await learner.state();
    expect(Object.keys(st.answers).sort()).toEqual(session1.map((e) => `${e.module}-${e.q.id}`).sort());
    expect(st.visited).toEqual(expect.arrayContaining([...m1.pageIds, m2.pageIds[0]]));

    await learner.next();
    const seen = await learner.nextUntil((w) => w?.startsWith('quiz:') ?? false);
    expect(seen).toEqual([...m2.pageIds.map((p) => `page:${p}`), `quiz:${m2.id}`]);
    for (const e of session2) await learner.answer(e.module, e.q.id, e.r);
    const done = await learner.state();
    expect(done.status).toBe('passed');
    expect(done.finished).toBe(true);
    expect(done.score).toBeCloseTo(expectedScore, 2);
    await learner.next();
    expect(await learner.where()).toBe('certificate');
    expect(await s.sco.locator('[data-certificate-body]').isVisible(), 'certificate unlocked').toBe(true);
    await s.leave();
    log2 = await s.log();
    stored2 = (await s.stored())!;
  });

  it('session 2 appended its interactions and finished the attempt as passed', () => {
    expect(callOrderProblems(log2, session1.length)).toEqual([]);
    expect(log2.find((c) => c.fn === 'LMSGetValue' && c.args[0] === 'cmi.core.entry')?.result).toBe('resume');
    expect(lastSet(log2, 'cmi.core.lesson_status'), 'status set by the SCO itself').toBe('passed');
    expect(stored2.core.lesson_status).toBe('passed');
    expect(Number(stored2.core.score.raw)).toBeCloseTo(expectedScore, 2);
    expect(stored2.core.score.min).toBe('0');
    expect(stored2.core.score.max).toBe('100');
    expect(stored2.core.exit).toBe('');
    expect(stored2.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(stored2.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(interactionProblems(stored2, session1)).toEqual([]);
    expect(interactionProblems(stored2, session2, session1.length)).toEqual([]);
    expect(Object.keys(stored2.interactions)).toHaveLength(all.length);
  });

  it('session 3: a relaunch after the attempt ended keeps it passed and records nothing new', async () => {
    const cmi = nextSessionCmi(stored2);
    expect(cmi.core.entry).toBe('');
    const s = await launchInLms(page, server, { cmi });
    const learner = new Learner(s.sco);
    await learner.ready();
    const st = await learner.state();
    expect(st.status).toBe('passed');
    expect(Object.keys(st.answers)).toHaveLength(all.length);
    await s.leave();
    const log = await s.log();
    const stored = (await s.stored())!;
    const sets = log.filter((c) => c.fn === 'LMSSetValue').map((c) => c.args[0]!);
    expect(sets.filter((k) => k.startsWith('cmi.interactions.'))).toEqual([]);
    expect(log.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status' && c.args[1] !== 'passed')).toEqual([]);
    expect(stored.core.lesson_status).toBe('passed');
    expect(stored.core.exit).toBe('');
    expect(Number(stored.core.score.raw)).toBeCloseTo(expectedScore, 2);
  });
});
