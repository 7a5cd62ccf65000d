/**
 * The SCORM 1.2 package opened straight from disk (file://, no LMS): the player says progress is
 * kept on this device, keeps it across a reload, and renders the course content and links.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { scormPackage, type ScormPackage } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { Learner } from '../helpers/player.ts';
import { rightResponse } from '../helpers/scorm-oracle.ts';

const fixture = 'e2e-all-types';
const course = readFixtureCourse(fixture, 'fr');
const [m1, m2] = course.modules as [(typeof course.modules)[0], (typeof course.modules)[0]];
const browser = useBrowser();
let pkg: ScormPackage;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
/** Every URL the page asked for: a package makes no request outside itself. */
const requests: string[] = [];

beforeAll(async () => {
  pkg = await scormPackage(fixture, 'fr');
  context = await browser().newContext();
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(path.join(pkg.dir, 'index.html')).href);
});
afterAll(() => context?.close());

const learner = () => new Learner(page.mainFrame());

describe('standalone player from file://', () => {
  it('asks for nothing outside the package', async () => {
    await learner().ready();
    const inside = pathToFileURL(pkg.dir).href + '/';
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((u) => !u.startsWith(inside) && !u.startsWith('data:'))).toEqual([]);
  });

  it('starts on the first page with a notice that progress stays on this device', async () => {
    await learner().ready();
    expect(await learner().where()).toBe(`page:${m1.pageIds[0]}`);
    const notice = page.locator('[data-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(((await notice.textContent()) ?? '').trim()).not.toBe('');
    expect((await learner().state()).storage).toBe('local');
    expect(errors).toEqual([]);
  });

  it('renders the image, the table and the callout of a page', async () => {
    const section = page.locator(`section[data-page-id="${m1.pageIds[0]}"]`);
    const img = section.locator('img');
    expect(await img.count()).toBeGreaterThan(0);
    await page.waitForFunction((el) => (el as HTMLImageElement).complete, await img.first().elementHandle());
    expect(await img.first().evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await img.first().getAttribute('alt')).toMatch(/\S/);
    expect(await section.locator('table th').count()).toBe(2);
    expect(await section.locator('table tbody tr').count()).toBe(2);
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('Bon réflexe');
    expect(text).not.toContain(':::');
  });

  it('follows a link written in a page to the page it names', async () => {
    const first = page.locator(`section[data-page-id="${m1.pageIds[0]}"] .cx-content a, section[data-page-id="${m1.pageIds[0]}"] a:not(nav a)`);
    await first.filter({ hasText: 'Voir la page sur les services' }).first().click();
    await expect.poll(() => learner().where()).toBe(`page:${m1.pageIds[1]}`);
  });

  it('goes to any page from the table of contents', async () => {
    await page.locator(`nav [data-nav-page="${m2.pageIds[1]}"]`).click();
    await expect.poll(() => learner().where()).toBe(`page:${m2.pageIds[1]}`);
    await page.locator(`nav [data-nav-page="${m1.pageIds[2]}"]`).click();
    await expect.poll(() => learner().where()).toBe(`page:${m1.pageIds[2]}`);
  });

  it('keeps the place and the answers in local storage across a reload', async () => {
    await learner().openQuiz(m1.id);
    const q = m1.quiz!.questions.find((x) => x.type === 'sequencing')!;
    await learner().answer(m1.id, q.id, rightResponse(q));
    await learner().next();
    const where = await learner().where();
    expect(where).toBe(`page:${m2.pageIds[0]}`);
    const before = await learner().state();
    const stored = await page.evaluate(() => Object.keys(localStorage).length);
    expect(stored).toBeGreaterThan(0);

    await page.reload();
    await learner().ready();
    expect(await learner().where()).toBe(where);
    const after = await learner().state();
    expect(after.visited.sort()).toEqual(before.visited.sort());
    expect(after.answers).toEqual(before.answers);
    await learner().openQuiz(m1.id);
    expect(await learner().shown(m1.id, q.id, 'sequencing')).toEqual(rightResponse(q));
    expect(errors).toEqual([]);
  });
});
