/**
 * The no-LMS notice is short and can be hidden for the course (kept on the device); answered
 * quizzes get a ✓ in the table of contents, kept on the line of the last word.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { scormPackage } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { Learner } from '../helpers/player.ts';
import { rightResponse } from '../helpers/scorm-oracle.ts';

const fixture = 'e2e-all-types';
const course = readFixtureCourse(fixture, 'fr');
const m2 = course.modules[1]!;
const browser = useBrowser();
let url: string;

beforeAll(async () => {
  const pkg = await scormPackage(fixture, 'fr');
  url = pathToFileURL(path.join(pkg.dir, 'index.html')).href;
});

describe('the notice that progress stays on this device', () => {
  it('fits in one short line, hides on request and stays hidden for the course', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 700 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await new Learner(page.mainFrame()).ready();
      const notice = page.locator('[data-notice]');
      expect(await notice.isVisible()).toBe(true);
      expect(((await notice.textContent()) ?? '').length).toBeLessThan(90);
      const box = (await page.locator('.cx-notice-bar').boundingBox())!;
      expect(box.height).toBeLessThan(700 / 6);
      await page.locator('[data-notice-hide]').click();
      expect(await notice.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cx-main');
      await page.reload();
      await new Learner(page.mainFrame()).ready();
      expect(await page.locator('[data-notice]').isHidden()).toBe(true);
      expect(await page.locator('[data-notice-hide]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('table of contents', () => {
  it('marks a quiz done once every question is answered, the ✓ never alone on a line', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 700 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      const learner = new Learner(page.mainFrame());
      await learner.ready();
      const link = page.locator(`nav [data-nav-quiz="${m2.id}"]`);
      expect(await link.getAttribute('data-done')).toBeNull();
      await learner.openQuiz(m2.id);
      for (const q of m2.quiz!.questions) await learner.answer(m2.id, q.id, rightResponse(q));
      await expect.poll(() => link.getAttribute('data-done')).toBe('');
      expect(await link.locator('.cx-sr').textContent()).toBe(' (fait)');
      const after = await link.evaluate((a) => {
        const s = getComputedStyle(a, '::after');
        return { content: s.content, whiteSpace: s.whiteSpace };
      });
      expect(after.content).toContain('\u00a0\u2713');
      expect(after.whiteSpace).toBe('nowrap');
    } finally {
      await context.close();
    }
  });
});
