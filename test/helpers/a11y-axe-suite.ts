/**
 * The accessibility suite of one course language (one test file each, so the files share the cores), in
 * headless Chromium with axe-core (WCAG 2.0, 2.1, 2.2 A and AA rules):
 * - every page and quiz, for a fresh learner at 1280 CSS px and for one who answered every quiz (one answer
 *   in three wrong: feedback and results shown) at 320 px, in light, then in dark for the colour rules;
 *   on the walk, no horizontal scrolling, one h1 per stop with ordered headings, the title naming it,
 *   focus on it after Next;
 * - the course home at both widths, the earned certificate (light and dark), reflow at 640 px (200 % zoom),
 *   and the reading aid menu with every aid and the user's text spacing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations, colourRules, shownParts, shownPartsAndContents } from './a11y-axe.ts';
import { buildRealCourses, completedStorage, stopsOf, type BuiltCourse } from './a11y-courses.ts';
import { headingProblems, openPlayer, shown, userTextSpacing, walk } from './a11y-walk.ts';
import { useBrowser } from './browser.ts';
import { startServer, type StaticServer } from './server.ts';

/** Registers the suite for one built Connectoo course language. */
export function a11yAxeSuite(course: string, lang: string): void {
  const browser = useBrowser();
  let server: StaticServer;
  let built: BuiltCourse[];
  const timings: string[] = [];

  beforeAll(async () => {
    const t0 = Date.now();
    built = await buildRealCourses('web', { courses: [course], langs: [lang] });
    timings.push(`build of ${built.length} web packages: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    server = await startServer();
    for (const b of built) server.mount(`${b.course}-${b.lang}`, b.dir);
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    if (timings.length) console.log(`accessibility timings:\n  ${timings.join('\n  ')}`);
  });

  const courseOf = (course: string, lang: string) => built.find((b) => b.course === course && b.lang === lang)!;
  const urlOf = (b: BuiltCourse) => server.url(`/${b.course}-${b.lang}/index.html`);
  const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

  async function withPage<T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>, storage?: { key: string; value: string }): Promise<T> {
    const context = await browser().newContext(options);
    if (storage) await context.addInitScript(([k, v]) => localStorage.getItem(k) ?? localStorage.setItem(k, v), [storage.key, storage.value] as const);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      const result = await run(page);
      expect(errors, 'script errors in the page').toEqual([]);
      return result;
    } finally {
      await context.close();
    }
  }

  /**
   * Every stop at one width, from the first: the walk checks each stop as the learner meets it (reflow, one
   * h1 and ordered headings, the window title, focus after Next); axe then checks the content of every stop
   * in one run, with every page and quiz section shown at once (they are the sections of the one document
   * the learner walks through, styled the same whether shown alone or together), plus the player's own
   * parts (header, contents, pager). One large run costs far less than one run per stop.
   */
  async function walkThenAxe(page: Page, width: number, problems: string[]): Promise<string[]> {
    let i = -1;
    const seen = await walk(page, async (s) => {
      i++;
      const at = (p: string) => `${width}px ${s.location}: ${p}`;
      problems.push(...headingProblems(s).map(at));
      if (s.scrollWidth > width) problems.push(at(`page is ${s.scrollWidth}px wide`));
      if (i > 0 && !s.focusOnHeading) problems.push(at('focus is not on the heading after Next'));
    });
    const sections = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('main > section[data-page-id], main > section[data-quiz-id]')];
      for (const el of all) el.hidden = false;
      return all.length;
    });
    expect(sections).toBe(seen.filter((s) => s !== 'certificate').length);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > width) problems.push(`${width}px all stops shown: the page is ${wide}px wide`);
    for (const v of await axeViolations(page, shownPartsAndContents)) problems.push(`${width}px every stop: ${v}`);
    return seen;
  }

  /** A fresh learner at 1280 px: the course home and the whole document (page-level rules), then every stop. */
  async function freshLearner(b: BuiltCourse): Promise<{ problems: string[]; seen: string[] }> {
    return withPage({ viewport: { width: 1280, height: 800 } }, async (page) => {
      // A fresh launch opens on the course home.
      await page.goto(urlOf(b));
      await page.waitForSelector('section[data-home]:not([hidden])', { timeout: 15_000 });
      const problems = (await axeViolations(page)).map((v) => `1280px course home: ${v}`);
      if ((await shown(page)).scrollWidth > 1280) problems.push('1280px course home: the page scrolls sideways');
      await openPlayer(page);
      problems.push(...(await axeViolations(page)).map((v) => `1280px whole document: ${v}`));
      const seen = await walkThenAxe(page, 1280, problems);
      return { problems, seen };
    });
  }

  /**
   * A learner who answered every question, one in three wrong, at 320 px: every stop with the quizzes'
   * feedback and results, in light, then in dark for the colour rules (the same text in the same layout).
   */
  async function answeringLearner(b: BuiltCourse): Promise<{ problems: string[]; seen: string[] }> {
    const stops = stopsOf(b.data);
    const storage = completedStorage(b.data, stops[0], (i) => i % 3 !== 1);
    return withPage(
      { viewport: { width: 320, height: 800 } },
      async (page) => {
        await openPlayer(page, urlOf(b));
        const problems: string[] = [];
        const seen = await walkThenAxe(page, 320, problems);
        const quizzes = stops.filter((s) => s.startsWith('quiz:')).length;
        expect(await page.locator('main > section[data-quiz-id] .cx-verdict').count(), 'feedback shown in every quiz').toBeGreaterThanOrEqual(quizzes);
        await page.emulateMedia({ colorScheme: 'dark' });
        for (const v of await axeViolations(page, shownPartsAndContents, colourRules)) problems.push(`320px dark, every stop: ${v}`);
        return { problems, seen };
      },
      storage,
    );
  }

  describe(`${course} (${lang})`, () => {
    it('every stop: no axe violation, reflow, headings, title, focus: a fresh learner at 1280 px, one who answered every quiz at 320 px (light and dark)', async () => {
      const b = courseOf(course, lang);
      const t0 = Date.now();
      const [fresh, answering] = await Promise.all([freshLearner(b), answeringLearner(b)]);
      timings.push(`${course} ${lang}: ${fresh.seen.length} stops × 2 widths: ${seconds(t0)}`);
      expect(fresh.seen).toEqual(stopsOf(b.data));
      expect(answering.seen).toEqual(stopsOf(b.data));
      expect([...fresh.problems, ...answering.problems]).toEqual([]);
    }, 300_000);

    it('the earned certificate: 1280 px light, 320 px dark', async () => {
      const b = courseOf(course, lang);
      for (const [width, colorScheme] of [[1280, 'light'], [320, 'dark']] as const) {
        await withPage(
          { viewport: { width, height: 800 }, colorScheme },
          async (page) => {
            await openPlayer(page, urlOf(b));
            expect((await page.evaluate(() => (window as any).connectoo.state())).status).toBe('passed');
            await expect.poll(() => page.locator('section[data-certificate]').getAttribute('data-certificate')).toBe('earned');
            await page.locator('#cx-learner-name').fill('Anne Dupont');
            expect(await axeViolations(page, shownParts), `${width}px ${colorScheme}`).toEqual([]);
            expect((await shown(page)).scrollWidth).toBeLessThanOrEqual(width);
          },
          completedStorage(b.data),
        );
      }
    });

    it('at 200 % zoom of a 1280 px window (640 CSS px), no stop scrolls sideways', async () => {
      const b = courseOf(course, lang);
      const wide = await withPage({ viewport: { width: 640, height: 800 } }, async (page) => {
        await openPlayer(page, urlOf(b));
        const out: string[] = [];
        await walk(page, async (s) => {
          if (s.scrollWidth > 640) out.push(`${s.location}: page is ${s.scrollWidth}px wide`);
        });
        return out;
      });
      expect(wide).toEqual([]);
    });

    it('at 320 px: the course home passes axe; the open reading aid menu too; with every aid and the user text spacing, no stop scrolls sideways', async () => {
      const b = courseOf(course, lang);
      // The text spacing stands for a user stylesheet, which browsers apply whatever the page's CSP says.
      const problems = await withPage({ viewport: { width: 320, height: 800 }, bypassCSP: true }, async (page) => {
        await page.goto(urlOf(b));
        await page.waitForSelector('section[data-home]:not([hidden])', { timeout: 15_000 });
        const out = (await axeViolations(page)).map((v) => `course home: ${v}`);
        if ((await shown(page)).scrollWidth > 320) out.push('course home: the page scrolls sideways');
        await openPlayer(page);
        await page.locator('[data-reading-aid-toggle]').click();
        for (const box of await page.locator('input[data-reading-aid-option]').all()) await box.check();
        out.push(...(await axeViolations(page)).map((v) => `menu open, every aid: ${v}`));
        await page.emulateMedia({ colorScheme: 'dark' });
        out.push(...(await axeViolations(page, shownParts)).map((v) => `menu open, every aid, dark: ${v}`));
        await page.addStyleTag({ content: userTextSpacing });
        await walk(page, async (s) => {
          if (s.scrollWidth > 320) out.push(`${s.location}: page is ${s.scrollWidth}px wide`);
        });
        return out;
      });
      expect(problems).toEqual([]);
    }, 120_000);
  });
}
