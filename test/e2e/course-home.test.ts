/**
 * The course home: first screen of a fresh launch, the modules with where the learner stands
 * (after partial progress and after a resume), Start / Continue, reached again from the table of
 * contents; no axe violation, light and dark.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/a11y-axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { scormPackage } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { Learner } from '../helpers/player.ts';
import { rightResponse } from '../helpers/scorm-oracle.ts';

const fixture = 'e2e-all-types';
const course = readFixtureCourse(fixture, 'fr');
const [m1, m2] = course.modules as [(typeof course.modules)[0], (typeof course.modules)[0]];
const browser = useBrowser();
let context: BrowserContext;
let page: Page;
let learner: Learner;
const errors: string[] = [];

beforeAll(async () => {
  const pkg = await scormPackage(fixture, 'fr');
  context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(path.join(pkg.dir, 'index.html')).href);
  learner = new Learner(page.mainFrame());
  await learner.home();
});
afterAll(() => context?.close());

const home = () => page.locator('section[data-home]');
const stand = (id: string) => home().locator(`[data-module-id="${id}"] .cx-home-stand`);
const startLabel = () => home().locator('[data-action="start"]').textContent();

describe('course home', () => {
  it('is the first screen of a fresh launch: title, description, modules not started, Start; no axe violation', async () => {
    expect(await learner.where()).toBe('home');
    expect((await learner.state()).location).toBe('');
    expect(await home().locator('h1').textContent()).toBe("Parcours d'essai : tous les types de questions");
    expect(await home().textContent()).toContain('Un petit cours qui utilise chaque type de question');
    expect(await startLabel()).toBe('Commencer le cours');
    expect(await home().locator('.cx-home-module').count()).toBe(2);
    expect(await stand(m1.id).textContent()).toBe('Pas commencé');
    expect(await page.locator('.cx-pager').isVisible()).toBe(false);
    expect(await page.title()).toBe("Parcours d'essai : tous les types de questions");
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, ['main'])).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('Start leads to the first page, its heading focused', async () => {
    await learner.start();
    expect(await learner.where()).toBe(`page:${m1.pageIds[0]}`);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('after partial progress: the module in progress, then passed with its score, the other not started; Continue', async () => {
    await learner.next();
    await page.locator('nav [data-nav-home]').click();
    expect(await learner.where()).toBe('home');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Parcours d'essai : tous les types de questions");
    expect(await stand(m1.id).textContent()).toBe('En cours');
    expect(await stand(m2.id).textContent()).toBe('Pas commencé');
    expect(await startLabel()).toBe('Reprendre là où vous en étiez');
    expect((await learner.state()).location).toBe(m1.pageIds[1]);

    for (const id of m1.pageIds) await learner.openPage(id);
    await learner.openQuiz(m1.id);
    for (const q of m1.quiz!.questions) await learner.answer(m1.id, q.id, rightResponse(q));
    await page.locator('nav [data-nav-home]').click();
    expect(await stand(m1.id).textContent()).toBe('Réussi, score 100 %');
    expect(await home().locator(`[data-module-id="${m1.id}"]`).getAttribute('data-state')).toBe('passed');
    expect(await stand(m2.id).textContent()).toBe('Pas commencé');
    expect(await axeViolations(page, ['main'])).toEqual([]);
    await learner.start();
    expect(await learner.where()).toBe(`quiz:${m1.id}`);
  });

  it('after a resume: straight to the bookmark, and the home keeps the states', async () => {
    await learner.openPage(m2.pageIds[0]);
    await page.reload();
    await learner.home();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    await page.locator('nav [data-nav-home]').click();
    expect(await stand(m1.id).textContent()).toBe('Réussi, score 100 %');
    expect(await stand(m2.id).textContent()).toBe('En cours');
    expect(await startLabel()).toBe('Reprendre là où vous en étiez');
    await learner.start();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    expect(errors).toEqual([]);
  });
});
