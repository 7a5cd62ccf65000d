/**
 * The player's own texts in four languages: the course language (French, Dutch), or the learner's
 * language given by the LMS in cmi.student_preference.language when it is French, Dutch, German or
 * English. The content keeps its language (lang on <html>); every player text in another language
 * carries its own lang. Checked with axe in each combination.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { uiStrings, type UiKey, type UiLang } from '../../src/contract/player-texts.ts';
import { axeViolations, shownParts } from '../helpers/a11y-axe.ts';
import { buildRealCourses, type BuiltCourse } from '../helpers/a11y-courses.ts';
import { openPlayer } from '../helpers/a11y-walk.ts';
import { useBrowser } from '../helpers/browser.ts';
import { firstSessionCmi, installHost, launchInLms } from '../helpers/scorm-host.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';

const browser = useBrowser();
let server: StaticServer;
let built: BuiltCourse[];
let page: Page;

beforeAll(async () => {
  built = await buildRealCourses('scorm12', { courses: ['connectoo-basique'] });
  server = await startServer();
  installHost(server);
  for (const b of built) server.mount(`sco-${b.lang}`, b.dir);
  page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);
afterAll(async () => {
  await page?.close();
  await server?.close();
});

/** Opens the package from the test LMS in a popup (the course is then a page of its own for axe). */
async function launch(lang: string, language: string | undefined): Promise<Page> {
  const cmi = firstSessionCmi();
  if (language !== undefined) cmi.student_preference = { language };
  const s = await launchInLms(page, server, { cmi, sco: `/sco-${lang}/index.html`, window: 'popup' });
  await openPlayer(s.sco);
  return s.popup!;
}

/** Text and lang of every element holding a player text, with the key it shows. */
const uiTexts = (sco: Frame) =>
  sco.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-ui]')].map((el) => ({ key: el.dataset.ui!, n: el.dataset.uiN, text: el.textContent ?? '', lang: el.getAttribute('lang') })),
  );

/** Answers the first quiz question wrong and submits the next one empty, to show feedback texts. */
async function showFeedback(sco: Frame): Promise<void> {
  const first = await sco.evaluate(() => (document.querySelector('[data-nav-quiz]') as HTMLElement).dataset.navQuiz!);
  await sco.locator(`nav [data-nav-quiz="${first}"]`).click();
  const quiz = sco.locator(`section[data-quiz-id="${first}"]`);
  await quiz.locator('fieldset input[type="text"]').first().fill('999');
  await quiz.locator('fieldset [data-action="submit"]').first().click();
  await quiz.locator('fieldset [data-action="submit"]').nth(1).click();
  await sco.waitForSelector(`section[data-quiz-id="${first}"] .cx-verdict`);
}

const cases: { course: string; platform: string | undefined; ui: UiLang }[] = [
  { course: 'fr', platform: 'de', ui: 'de' },
  { course: 'fr', platform: 'en-GB', ui: 'en' },
  { course: 'nl', platform: 'fr_BE', ui: 'fr' },
  { course: 'nl', platform: undefined, ui: 'nl' },
  { course: 'fr', platform: 'es', ui: 'fr' },
];

describe.each(cases)('course in $course, LMS language $platform', ({ course, platform, ui }) => {
  it(`player texts in ${ui}, content in ${course}, languages marked, no axe violation`, async () => {
    const popup = await launch(course, platform);
    const sco = popup.mainFrame();
    expect(await sco.evaluate(() => document.documentElement.lang)).toBe(course);
    const strings = uiStrings[ui] as Record<UiKey, string>;
    const marked = ui === course ? null : ui;
    for (const t of await uiTexts(sco)) {
      expect(t.text, t.key).toBe(strings[t.key as UiKey].replace('{n}', t.n ?? ''));
      expect(t.lang, `lang of ${t.key}`).toBe(marked);
    }
    expect(await sco.locator('[data-nav="next"]').textContent()).toBe(strings.next);
    expect(await sco.locator('[data-progress-label]').textContent()).toBe(strings.progress.replace('{n}', '0'));
    expect(await sco.locator('[data-progress-label]').getAttribute('lang')).toBe(marked);
    const h1 = sco.locator('main > section:not([hidden]) h1');
    expect(await h1.getAttribute('lang'), 'the content keeps the document language').toBeNull();
    expect(await axeViolations(popup)).toEqual([]);

    await showFeedback(sco);
    const verdicts = await sco.locator('main > section:not([hidden]) .cx-verdict').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('lang')]));
    expect(verdicts).toEqual([
      [strings.incorrect, marked],
      [strings.incomplete, marked],
    ]);
    // The feedback, in the quiz shown (the document-level rules ran above).
    expect(await axeViolations(popup, shownParts)).toEqual([]);
    await popup.close();
  });
});
