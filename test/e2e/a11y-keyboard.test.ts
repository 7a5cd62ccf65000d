/**
 * A learner who uses only the keyboard completes module 1 of connectoo-basique (French SCORM 1.2
 * package in a test LMS): skip link, every page with Next, then the quiz and its seven question
 * types (radio groups with the arrow keys, checkboxes with Space, text typed, selects with the
 * arrow keys), each submitted with Enter. The player and the LMS record every answer as right.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildRealCourses, type BuiltCourse } from '../helpers/a11y-courses.ts';
import { KeyboardLearner } from '../helpers/a11y-keyboard.ts';
import { openPlayer } from '../helpers/a11y-walk.ts';
import { useBrowser } from '../helpers/browser.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { interactionProblems, type Expected } from '../helpers/interaction-checks.ts';
import { repoRoot, fixturesDir } from '../helpers/paths.ts';
import { firstSessionCmi, installHost, launchInLms, type LmsSession } from '../helpers/scorm-host.ts';
import { rightResponse } from '../helpers/scorm-oracle.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';

const course = readFixtureCourse(path.relative(fixturesDir, path.join(repoRoot, 'courses/connectoo-basique')), 'fr');
const m1 = course.modules[0]!;
const expected: Expected[] = m1.quiz!.questions.map((q) => ({ module: m1.id, q, r: rightResponse(q) }));

const browser = useBrowser();
let server: StaticServer;
let pkg: BuiltCourse;
let page: Page;
let lms: LmsSession;
let learner: KeyboardLearner;
const location = () => lms.sco.evaluate(() => (window as any).connectoo.state().location as string);

beforeAll(async () => {
  [pkg] = await buildRealCourses('scorm12', { courses: ['connectoo-basique'], langs: ['fr'] });
  server = await startServer();
  installHost(server);
  server.mount('sco', pkg!.dir);
  page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  lms = await launchInLms(page, server, { cmi: firstSessionCmi() });
  await openPlayer(lms.sco);
  learner = new KeyboardLearner(page, lms.sco);
}, 120_000);
afterAll(async () => {
  await page?.close();
  await server?.close();
});

describe('keyboard only: connectoo-basique module 1, pages and quiz', () => {
  it('has every question type in the module quiz', () => {
    expect(new Set(expected.map((e) => e.q.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'fill-in', 'matching', 'sequencing', 'numeric']));
  });

  it('skip link: the first stop in the course, shown when focused, moves the focus to the main content', async () => {
    const f = await learner.tabTo((x) => x.skip, 'skip link');
    expect(f.text).toBe('Aller au contenu');
    const box = await lms.sco.locator('.cx-skip').boundingBox();
    expect(box && box.y >= 0 && box.height >= 24, `skip link box ${JSON.stringify(box)}`).toBe(true);
    await learner.press('Enter');
    expect(await lms.sco.evaluate(() => document.activeElement?.id)).toBe('cx-main');
  });

  it('reads every page with Next; each time the focus lands on the new heading', async () => {
    const seen = [await location()];
    while (!seen.at(-1)!.startsWith('quiz:')) {
      await learner.tabTo((x) => x.nav === 'next', 'Next button');
      await learner.press('Enter');
      await lms.sco.waitForFunction((b) => (window as any).connectoo.state().location !== b, seen.at(-1));
      seen.push(await location());
      const f = await learner.focused();
      expect(f?.heading, `focus after Next on ${seen.at(-1)}: ${JSON.stringify(f)}`).toBe(true);
    }
    expect(seen).toEqual([...m1.pageIds, `quiz:${m1.id}`]);
  });

  it('answers the seven question types and submits each with Enter', async () => {
    for (const e of expected) {
      await learner.answer(e.q, e.r);
      const feedback = lms.sco.locator(`section[data-quiz-id="${m1.id}"] fieldset[data-question-id="${e.q.id}"] [role="status"]`);
      await expect.poll(() => feedback.textContent(), { message: `feedback of ${e.q.id}` }).toMatch(/^Bonne réponse\./);
      expect((await learner.focused())?.action, `focus stays on the submit button of ${e.q.id}`).toBe('submit');
    }
  });

  it('the player and the LMS recorded every answer as right', async () => {
    const st = await lms.sco.evaluate(() => (window as any).connectoo.state());
    const ids = expected.map((e) => `${m1.id}-${e.q.id}`);
    expect(Object.keys(st.answers).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(st.answers[id], id).toMatchObject({ correct: true, tries: 1 });
    expect(st.visited).toEqual(expect.arrayContaining(m1.pageIds));
    const stored = await lms.stored();
    expect(interactionProblems(stored!, expected)).toEqual([]);
    expect(learner.keys.every((k) => /^(Tab|Shift\+Tab|Enter|Space|Arrow(Up|Down|Left|Right)|type .*)$/.test(k)), learner.keys.join(' ')).toBe(true);
  });
});
