/**
 * A themed course in Chromium: the colours the build checked are the ones the player draws (links, primary
 * buttons, focus ring) in light, dark and higher contrast; the logo shows with its alt text; the font comes from
 * the package; nothing breaks the CSP; axe finds nothing on a themed page and an answered quiz in light and dark.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { build } from '../../src/index.ts';
import { palettes, type ThemeMode } from '../../src/course/theme-colours.ts';
import { axeViolations, shownParts } from '../helpers/a11y-axe.ts';
import { useBrowser } from '../helpers/browser.ts';
import { contrastRatio, parseColor, textContrast } from '../helpers/contrast.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { errorsOf } from '../helpers/course-build.ts';
import { Learner } from '../helpers/player.ts';
import { makeTempDir, unzipTo } from '../helpers/zip.ts';

const browser = useBrowser();
const theme = { primary: '#7a3e9d', accent: '#c2410c' };
const expected = palettes(theme);
let root: string;
let url: string;

/** Bytes that pass for a WOFF2 file by their signature: the test checks where the browser fetches it from. */
const fontBytes = new Uint8Array([...Buffer.from('wOF2'), ...new Array(60).fill(0)]);

beforeAll(async () => {
  const dir = await courseWith('e2e-all-types', {
    'course.yaml': (t) =>
      `${t}theme:\n  logo: { file: media/schema-acces.svg, alt: { fr: Logo du service, nl: Logo van de dienst } }\n  primary: "${theme.primary}"\n  accent: "${theme.accent}"\n  fonts: { text: media/texte.woff2 }\n`,
    'media/texte.woff2': fontBytes,
  });
  const result = await build({ courseDirs: [dir], outDir: await makeTempDir('connectoo-theme-'), formats: ['web'], langs: ['fr'] });
  if (!result.ok) throw new Error(errorsOf(result).join('\n'));
  root = await unzipTo(result.outputs.find((o) => !o.module)!.file);
  url = pathToFileURL(path.join(root, 'index.html')).href;
}, 120_000);

const hex = (css: string) => `#${parseColor(css).rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

async function open(options: BrowserContextOptions, contrast = false) {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const cspErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && cspErrors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  const learner = new Learner(page.mainFrame());
  await learner.ready();
  if (contrast) {
    await page.locator('[data-reading-aid-toggle]').click();
    await page.locator('#cx-aid-contrast').check();
    await page.locator('[data-reading-aid-toggle]').click();
  }
  return { page, learner, cspErrors, requests, close: () => context.close() };
}

const colourOf = (page: Page, selector: string, prop: 'color' | 'backgroundColor' | 'outlineColor') =>
  page.locator(selector).first().evaluate((e, p) => getComputedStyle(e)[p], prop).then(hex);

const modes: { mode: ThemeMode; options: BrowserContextOptions; contrast?: boolean }[] = [
  { mode: 'light', options: { colorScheme: 'light' } },
  { mode: 'dark', options: { colorScheme: 'dark' } },
  { mode: 'contrast-light', options: { colorScheme: 'light' }, contrast: true },
  { mode: 'contrast-dark', options: { colorScheme: 'dark' }, contrast: true },
];

describe.each(modes)('themed player ($mode)', ({ mode, options, contrast }) => {
  it('draws the theme colours the build checked, at the contrast they need', async () => {
    const { page, close } = await open(options, contrast);
    try {
      expect(await colourOf(page, '.cx-button[data-nav="prev"]', 'color')).toBe(expected[mode].primary);
      expect(await colourOf(page, '.cx-button.cx-primary', 'backgroundColor')).toBe(expected[mode].primary);
      expect(await colourOf(page, '.cx-button.cx-primary', 'color')).toBe(expected[mode].onPrimary);
      const button = await textContrast(page.locator('.cx-button.cx-primary').first());
      expect(button.ratio).toBeGreaterThanOrEqual(4.5);
      const link = await textContrast(page.locator('nav a').first());
      expect(link.ratio, `${link.color} on ${link.background}`).toBeGreaterThanOrEqual(contrast ? 7 : 4.5);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      const ring = hex(await focused.evaluate((e) => getComputedStyle(e).outlineColor));
      expect(ring).toBe(expected[mode].accent);
      const bg = parseColor(await page.locator('body').evaluate((e) => getComputedStyle(e).backgroundColor)).rgb;
      expect(contrastRatio(parseColor(await focused.evaluate((e) => getComputedStyle(e).outlineColor)).rgb, bg)).toBeGreaterThanOrEqual(3);
    } finally {
      await close();
    }
  });
});

describe('themed package', () => {
  it('shows the logo with its alt text, loads the font from the package, and breaks no CSP rule', async () => {
    const css = await readFile(path.join(root, 'theme.css'), 'utf8');
    expect(css).toContain("url('media/texte.woff2')");
    const { page, cspErrors, requests, close } = await open({});
    try {
      const logo = page.locator('header img.cx-logo');
      expect(await logo.getAttribute('alt')).toBe('Logo du service');
      expect(await logo.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      expect(await page.locator('html').evaluate(() => getComputedStyle(document.documentElement).fontFamily)).toMatch(/^"?cx-theme-text/);
      await expect.poll(() => requests.some((r) => r === pathToFileURL(path.join(root, 'media/texte.woff2')).href)).toBe(true);
      expect(requests.filter((r) => !r.startsWith('file:'))).toEqual([]);
      expect(cspErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([{ name: 'light', colorScheme: 'light' as const }, { name: 'dark', colorScheme: 'dark' as const }])(
    'axe finds nothing on a themed page and an answered quiz ($name)',
    async ({ colorScheme }) => {
      const { page, learner, close } = await open({ colorScheme });
      try {
        expect(await axeViolations(page)).toEqual([]);
        await learner.openQuiz('m1-decouverte');
        await learner.answer('m1-decouverte', 'q-service', { type: 'single', choice: 'ebox' });
        await learner.answer('m1-decouverte', 'q-outils', { type: 'multiple', choices: ['carte', 'lecteur'] });
        expect(await axeViolations(page, shownParts)).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
