/**
 * Walks the single-page player stop by stop with its Next button and reports, for each stop, what a
 * learner meets: where they are, focus, title, headings and page width.
 */
import type { Frame, Page } from 'playwright-core';

export interface Shown {
  /** The player's bookmark for the shown stop (`window.connectoo.state().location`). */
  location: string;
  title: string;
  /** Text of the visible h1 elements. */
  h1: string[];
  /** Levels of the visible headings of the shown section, in order. */
  levels: number[];
  /** The focused element is the shown section's h1. */
  focusOnHeading: boolean;
  scrollWidth: number;
  lang: string;
}

const shownScript = `(() => {
  const visible = (el) => !el.closest('[hidden]') && el.getClientRects().length > 0;
  const section = [...document.querySelectorAll('main > section')].find(visible);
  const h1 = [...document.querySelectorAll('h1')].filter(visible);
  return {
    location: window.connectoo.state().location,
    title: document.title,
    h1: h1.map((h) => h.textContent.trim()),
    levels: section ? [...section.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible).map((h) => Number(h.tagName[1])) : [],
    focusOnHeading: !!section && document.activeElement === section.querySelector('h1'),
    scrollWidth: document.documentElement.scrollWidth,
    lang: document.documentElement.lang,
  };
})()`;

export const shown = (page: Page): Promise<Shown> => page.evaluate(shownScript);

/** Heading problems: not exactly one h1, the title not naming it, a skipped level. */
export function headingProblems(s: Shown): string[] {
  const out: string[] = [];
  if (s.h1.length !== 1) out.push(`${s.h1.length} visible h1 elements`);
  else if (!s.title.startsWith(s.h1[0]!)) out.push(`title "${s.title}" does not start with the heading "${s.h1[0]}"`);
  if (s.levels[0] !== 1) out.push(`the section does not start with its h1 (${s.levels.join(',')})`);
  s.levels.forEach((l, i) => {
    if (i && l > s.levels[i - 1]! + 1) out.push(`heading level jumps from h${s.levels[i - 1]} to h${l}`);
  });
  return out;
}

/** Opens the player and waits until it shows a stop (from the course home of a fresh launch: Start, with the keyboard). */
export async function openPlayer(page: Page | Frame, url?: string): Promise<void> {
  if (url) await page.goto(url);
  await page.waitForFunction(() => !!(window as any).connectoo?.state().location || !!document.querySelector('section[data-home]:not([hidden])'), undefined, {
    timeout: 15_000,
  });
  if (await page.locator('section[data-home]:not([hidden])').count()) {
    await page.locator('section[data-home] [data-action="start"]').press('Enter');
  }
  await page.waitForFunction(() => !!(window as any).connectoo?.state().location, undefined, { timeout: 15_000 });
}

/**
 * Activates Next (a click event in the page: the player shows the next stop at once); false when
 * Next is disabled, on the last stop. Real keyboard and pointer use are tested elsewhere.
 */
export async function next(page: Page): Promise<boolean> {
  const moved = await page.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('[data-nav="next"]');
    if (!button || button.disabled) return false;
    const before = (window as any).connectoo.state().location;
    button.click();
    return (window as any).connectoo.state().location !== before ? true : null;
  });
  if (moved === null) throw new Error('Next did not move to another stop');
  return moved;
}

/** Calls `visit` on every stop from the current one to the last; returns the bookmarks seen. */
export async function walk(page: Page, visit: (s: Shown) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  do {
    const s = await shown(page);
    seen.push(s.location);
    await visit(s);
  } while (await next(page));
  return seen;
}

/** The text spacing a learner may impose (WCAG 2.1 success criterion 1.4.12). */
export const userTextSpacing =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
