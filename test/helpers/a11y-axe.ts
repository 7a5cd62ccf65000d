/**
 * axe-core in the real browser through @axe-core/playwright, limited to the WCAG 2.0, 2.1 and 2.2
 * level A and AA rules. Runs in the page itself (the player has no frames); axe stays loaded in
 * the single-page player between runs instead of being injected again each time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The axe-core version pinned in package.json (the wrapper would bring an older copy of its own). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What a learner sees of the player: skip link, header, the shown section and the pager. */
export const shownParts = ['.cx-skip', 'header', 'main > section:not([hidden])', '.cx-pager'];
/** The same with the table of contents (about seventy links, so the slowest part to check). */
export const shownPartsAndContents = [...shownParts, 'nav'];

/**
 * The WCAG A/AA rules whose outcome depends on colours alone: what changes between the light and dark
 * schemes, the same text in the same layout (non-text contrast is checked by a11y-focus).
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Violations of the WCAG A/AA rules (or only of `rules`), one readable line per element. `include` limits
 * the check to those parts; without it the whole document is checked (page-level rules such as the title
 * and the document language run only then).
 */
export async function axeViolations(page: Page, include?: string[], rules?: string[]): Promise<string[]> {
  // Loaded once per document, by us: the wrapper would send the source twice on each run (page, then frames).
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(axeSource);
  let builder = new AxeBuilder({ page, axeSource: ';' }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  builder = rules ? builder.withRules(rules) : builder.withTags(wcagTags);
  for (const selector of include ?? []) builder = builder.include(selector);
  const result = await builder.analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} [${v.tags.filter((t) => t.startsWith('wcag')).join(' ')}] ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
  );
}
