/**
 * Focus and announcements in the French web package of connectoo-basique, used with the keyboard:
 * the focus goes to the new heading after Next, Previous and a contents link, and the title
 * follows; answers are spoken by the question's own live region (present and empty before), an
 * empty answer is described in words, the quiz result is spoken once; the reading aid menu works
 * with the keyboard and is remembered; nothing moves when reduced motion is asked for; every focused
 * element shows an outline of at least 3:1 contrast in light and dark mode, with and without the
 * higher contrast aid.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { buildRealCourses, type BuiltCourse } from '../helpers/a11y-courses.ts';
import { announcements, focusRing, recordAnnouncements, type FocusRing } from '../helpers/a11y-focus.ts';
import { KeyboardLearner } from '../helpers/a11y-keyboard.ts';
import { openPlayer } from '../helpers/a11y-walk.ts';
import { useBrowser } from '../helpers/browser.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { fixturesDir, repoRoot } from '../helpers/paths.ts';
import { rightResponse, wrongResponse } from '../helpers/scorm-oracle.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';

const course = readFixtureCourse(path.relative(fixturesDir, path.join(repoRoot, 'courses/connectoo-basique')), 'fr');
const m1 = course.modules[0]!;
const questions = m1.quiz!.questions;
const courseTitle = 'Connectoo : accompagner vers les services publics en ligne (niveau de base)';

const browser = useBrowser();
let server: StaticServer;
let pkg: BuiltCourse;
let context: BrowserContext;
let page: Page;
let learner: KeyboardLearner;
const state = () => page.evaluate(() => (window as any).connectoo.state());
const activeHeading = () => page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));
const settle = (before: string) => page.waitForFunction((b) => (window as any).connectoo.state().location !== b, before);

beforeAll(async () => {
  [pkg] = await buildRealCourses('web', { courses: ['connectoo-basique'], langs: ['fr'] });
  server = await startServer();
  server.mount('course', pkg!.dir);
  context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(server.url('/course/index.html'));
  await openPlayer(page);
  learner = new KeyboardLearner(page, page.mainFrame());
}, 120_000);
afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('focus after navigation', () => {
  it('Next, Previous and a contents link put the focus on the new heading and name it in the title', async () => {
    await learner.tabTo((f) => f.nav === 'next', 'Next');
    await learner.press('Enter');
    await settle(m1.pageIds[0]!);
    const second = (await activeHeading())!;
    expect(second).toBeTruthy();
    expect(await page.title()).toBe(`${second} – ${courseTitle}`);
    expect((await state()).location).toBe(m1.pageIds[1]);

    await learner.tabTo((f) => f.nav === 'prev', 'Previous');
    await learner.press('Enter');
    await settle(m1.pageIds[1]!);
    expect((await state()).location).toBe(m1.pageIds[0]);
    expect(await page.title()).toBe(`${await activeHeading()} – ${courseTitle}`);

    await learner.tabTo((f) => f.href === `#quiz-${m1.id}`, 'contents link to the quiz', { back: true });
    await learner.press('Enter');
    await settle(m1.pageIds[0]!);
    expect((await state()).location).toBe(`quiz:${m1.id}`);
    expect(await activeHeading()).toBe(m1.quiz!.title);
    expect(await page.title()).toBe(`${m1.quiz!.title} – ${courseTitle}`);
    expect(await page.locator(`nav [data-nav-quiz="${m1.id}"]`).getAttribute('aria-current')).toBe('page');
  });
});

describe('announcements after answering', () => {
  const region = (id: string) => page.locator(`section[data-quiz-id="${m1.id}"] fieldset[data-question-id="${id}"] .cx-feedback`);

  it('every question has its own polite live region, present and empty before any answer', async () => {
    for (const q of questions) {
      const r = region(q.id);
      expect(await r.getAttribute('role'), q.id).toBe('status');
      expect(await r.getAttribute('aria-live'), q.id).toBe('polite');
      expect(((await r.textContent()) ?? '').trim(), q.id).toBe('');
    }
    await recordAnnouncements(page);
  });

  it('an empty answer is described in words, in that region only; the focus stays on the button', async () => {
    const q = questions[0]!;
    await learner.tabTo((f) => f.question === q.id && f.action === 'submit', 'first submit button');
    await learner.press('Enter');
    await expect.poll(() => region(q.id).textContent()).toBe('Veuillez d’abord répondre à toutes les parties de la question.');
    expect(await announcements(page)).toEqual([{ region: `cx-${m1.id}-${q.id}-feedback`, text: 'Veuillez d’abord répondre à toutes les parties de la question.' }]);
    expect(await page.locator(`fieldset[data-question-id="${q.id}"]`).first().getAttribute('data-result')).toBe('incomplete');
    expect((await learner.focused())?.action).toBe('submit');
  });

  it('a wrong then a right answer are each spoken with the verdict first', async () => {
    const q = questions[0]!;
    await learner.tabTo((f) => f.question === q.id && f.tag === 'input', 'first field', { back: true });
    await learner.answer(q, wrongResponse(q));
    await expect.poll(() => region(q.id).textContent()).toMatch(/^Mauvaise réponse\./);
    const wrong = await announcements(page);
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.region).toBe(`cx-${m1.id}-${q.id}-feedback`);
    expect(wrong[0]!.text).toMatch(/^Mauvaise réponse\./);
    await learner.tabTo((f) => f.question === q.id && f.tag === 'input', 'first field again', { back: true });
    await page.keyboard.press('Control+A');
    learner.keys.push('Control+A');
    await learner.answer(q, rightResponse(q));
    await expect.poll(() => region(q.id).textContent()).toMatch(/^Bonne réponse\./);
    expect((await announcements(page)).map((a) => a.region)).toEqual([`cx-${m1.id}-${q.id}-feedback`]);
  });

  it('the quiz result is spoken once, after the last answer', async () => {
    for (const q of questions.slice(1)) {
      await learner.answer(q, rightResponse(q));
      await expect.poll(() => region(q.id).textContent()).toMatch(/^Bonne réponse\./);
      const said = await announcements(page);
      const last = q === questions.at(-1);
      expect(said.map((a) => a.region), q.id).toEqual(last ? [`cx-${m1.id}-${q.id}-feedback`, 'cx-quiz-result'] : [`cx-${m1.id}-${q.id}-feedback`]);
      if (last) expect(said[1]!.text).toBe('Votre score : 100 %. Vous avez réussi ce quiz.');
    }
  });
});

describe('reading aid menu with the keyboard', () => {
  it('opens with Enter, options toggle with Space, Escape closes it and gives the focus back', async () => {
    const toggle = await learner.tabTo((f) => f.expanded !== null, 'reading aid button', { back: true });
    expect(toggle.expanded).toBe('false');
    await learner.press('Enter');
    expect((await learner.focused())?.expanded).toBe('true');
    expect(await page.locator('#cx-aid-panel').isVisible()).toBe(true);
    await learner.press('Tab');
    await learner.press('Space');
    await learner.press('Tab');
    await learner.press('Space');
    expect(await page.evaluate(() => document.documentElement.className)).toMatch(/cx-aid-large.*cx-aid-contrast|cx-aid-contrast.*cx-aid-large/);
    await learner.press('Escape');
    expect(await page.locator('#cx-aid-panel').isVisible()).toBe(false);
    expect((await learner.focused())?.expanded).toBe('false');
  });

  it('is remembered on the device and in the learner state, each on its own', async () => {
    expect(await page.evaluate(() => localStorage.getItem('connectoo:reading-aid'))).toBe('3');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('connectoo:connectoo-basique:1.0.0:fr') ?? '{}').state as string);
    expect(saved.split('|')[5]).toBe('3');
    await page.evaluate(() => localStorage.removeItem('connectoo:reading-aid'));
    await page.reload();
    await openPlayer(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('cx-aid-contrast'))).toBe(true);
    expect(await page.locator('#cx-aid-large').isChecked()).toBe(true);
  });
});

describe('motion', () => {
  it('the progress bar moves without animation when the learner asks for reduced motion', async () => {
    const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
      await page.emulateMedia({ reducedMotion });
      return page.locator('.cx-progress-fill').evaluate((el) => getComputedStyle(el).transitionDuration);
    };
    expect(await duration('no-preference')).not.toBe('0s');
    expect(await duration('reduce')).toBe('0s');
  });
});

describe('visible focus', () => {
  for (const [colorScheme, aid] of [['light', '0'], ['dark', '0'], ['light', '2'], ['dark', '2']] as const) {
    it(`every focused element has an outline of at least 3:1 (${colorScheme}${aid === '2' ? ', higher contrast' : ''})`, async () => {
      const rings = new Map<string, FocusRing>();
      for (const [width, tabs] of [[320, 90], [1280, 14]] as const) {
        const ctx = await browser().newContext({ viewport: { width, height: 900 }, colorScheme });
        await ctx.addInitScript((a) => localStorage.setItem('connectoo:reading-aid', a), aid);
        const p = await ctx.newPage();
        await p.goto(server.url('/course/index.html'));
        await openPlayer(p);
        await p.locator(`[data-nav-quiz="${m1.id}"]`).evaluate((a) => (a as HTMLElement).click());
        await p.locator('[data-reading-aid-toggle]').evaluate((b) => (b as HTMLElement).click());
        await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let i = 0; i < tabs; i++) {
          await p.keyboard.press('Tab');
          const ring = await focusRing(p);
          if (ring) rings.set(`${width}px ${ring.element}`, ring);
        }
        await ctx.close();
      }
      expect(rings.size).toBeGreaterThan(40);
      const kinds = [...rings.keys()].map((k) => k.split(' ')[1]!.split(/[#.[]/)[0]);
      for (const tag of ['a', 'button', 'input', 'select', 'summary']) expect(kinds, tag).toContain(tag);
      const weak = [...rings.entries()].filter(([, r]) => !r.outline.startsWith('solid') || r.width < 2 || r.contrast < 3);
      expect(weak.map(([k, r]) => `${k}: ${r.outline} ${r.width}px ${r.contrast}:1`)).toEqual([]);
    });
  }
});
