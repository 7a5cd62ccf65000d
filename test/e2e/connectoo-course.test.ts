/**
 * A learner plays one real Connectoo module (connectoo-basique, module 1, French) in an LMS:
 * every page in order, then the quiz with every question answered, and the LMS records it all.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { scormPackage, type ScormPackage } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { callOrderProblems, interactionProblems, type Expected } from '../helpers/interaction-checks.ts';
import { repoRoot } from '../helpers/paths.ts';
import { Learner } from '../helpers/player.ts';
import { firstSessionCmi, installHost, launchInLms } from '../helpers/scorm-host.ts';
import { cmiTimespanRe, rightResponse, wrongResponse } from '../helpers/scorm-oracle.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';

const courseDir = path.join(repoRoot, 'courses/connectoo-basique');
const localDir = path.join(repoRoot, 'courses/examples/connectoo-basique-locale');
const course = readFixtureCourse(courseDir, 'fr');
const m1 = course.modules[0];

const browser = useBrowser();
let server: StaticServer;
let pkg: ScormPackage;
let page: Page;

beforeAll(async () => {
  pkg = await scormPackage(courseDir, 'fr');
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

describe('Connectoo basic level, module 1, played in an LMS', () => {
  it('reads every page, answers the whole quiz, and the LMS records each answer', async () => {
    const questions = m1.quiz!.questions;
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    // One answer wrong on purpose, the others right.
    const answers: Expected[] = questions.map((q, i) => ({ module: m1.id, q, r: i === 1 ? wrongResponse(q) : rightResponse(q) }));

    const s = await launchInLms(page, server, { cmi: firstSessionCmi(pkg.masteryScore) });
    const learner = new Learner(s.sco);
    await learner.ready();
    const seen = await learner.nextUntil((w) => w?.startsWith('quiz:') ?? false);
    expect(seen).toEqual([...m1.pageIds.map((p) => `page:${p}`), `quiz:${m1.id}`]);
    for (const e of answers) {
      const feedback = await learner.answer(e.module, e.q.id, e.r);
      expect(feedback.length, `feedback of ${e.q.id}`).toBeGreaterThan(10);
    }
    const state = await learner.state();
    expect(Object.keys(state.answers)).toHaveLength(questions.length);
    expect(state.visited).toEqual(expect.arrayContaining(m1.pageIds));

    await s.leave();
    const stored = (await s.stored())!;
    expect(callOrderProblems(await s.log(), 0)).toEqual([]);
    expect(interactionProblems(stored, answers)).toEqual([]);
    expect(Object.keys(stored.interactions)).toHaveLength(questions.length);
    // Five more modules to go: the course is not finished.
    expect(stored.core.lesson_status).toBe('incomplete');
    expect(stored.core.exit).toBe('suspend');
    expect(stored.core.session_time).toMatch(cmiTimespanRe);
    expect(stored.suspend_data.length).toBeLessThanOrEqual(4096);
  });
});

describe('the example local variant of the basic level, played in an LMS', () => {
  it('shows its own page among the base pages, and the LMS records the base questions under their ids', async () => {
    const local = await scormPackage(localDir, 'fr');
    server.mount('local', local.dir);
    const s = await launchInLms(page, server, { cmi: firstSessionCmi(local.masteryScore), sco: '/local/index.html' });
    const learner = new Learner(s.sco);
    await learner.ready();
    const seen = await learner.nextUntil((w) => w?.startsWith('quiz:') ?? false);
    const [first, ...rest] = m1.pageIds;
    expect(seen).toEqual([`page:${first}`, `page:${m1.id}/015-label-connectoo`, ...rest.map((p) => `page:${p}`), `quiz:${m1.id}`]);
    const answers: Expected[] = m1.quiz!.questions.map((q) => ({ module: m1.id, q, r: rightResponse(q) }));
    for (const e of answers) await learner.answer(e.module, e.q.id, e.r);
    await s.leave();
    const stored = (await s.stored())!;
    expect(interactionProblems(stored, answers)).toEqual([]);
    expect(stored.core.lesson_status).toBe('incomplete');
  });
});
