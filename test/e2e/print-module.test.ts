/** Printing a page gives a handout of its module: every page in order and the quiz, no navigation, addresses written out; axe in print media. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/a11y-axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { scormPackage } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { Learner } from '../helpers/player.ts';

const course = readFixtureCourse('e2e-all-types', 'fr');
const [m1, m2] = course.modules as [(typeof course.modules)[0], (typeof course.modules)[0]];
const browser = useBrowser();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const pkg = await scormPackage('e2e-all-types', 'fr');
  context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(pathToFileURL(path.join(pkg.dir, 'index.html')).href);
  await new Learner(page.mainFrame()).ready();
});
afterAll(() => context?.close());

describe('printing a module', () => {
  it('shows every page of the module in order and its quiz, nothing of the others, no navigation; axe passes', async () => {
    await new Learner(page.mainFrame()).openPage(m1.pageIds[1]!);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main > section')]
        .filter((s) => getComputedStyle(s).display !== 'none')
        .map((s) => s.dataset.pageId ?? `quiz:${s.dataset.quizId}`),
    );
    expect(shown).toEqual([...m1.pageIds, `quiz:${m1.id}`]);
    for (const sel of ['nav', '.cx-pager', 'header']) expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    const external = page.locator(`section[data-page-id^="${m1.id}/"] .cx-content a[href^="http"]`).first();
    if (await external.count()) {
      const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(await external.getAttribute('href'));
    }
    expect(await axeViolations(page, ['main'])).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator(`section[data-page-id="${m2.pageIds[0]}"]`).isVisible()).toBe(false);
    expect(await page.locator(`section[data-page-id="${m1.pageIds[0]}"]`).isVisible()).toBe(false);
  });
});
