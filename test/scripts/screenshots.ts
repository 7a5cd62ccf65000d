/**
 * The README's screenshots, from a real build of connectoo-basique (web package, French): the course home, a
 * page, a quiz after feedback and the certificate, at 1280 px (saved at 5/8 scale to keep the files small) and
 * 375 px, light scheme. `npm run screenshots`
 * writes them to test/screenshots/. Chromium as the tests launch it (CHROMIUM_PATH, else @sparticuz/chromium).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdir, rm, stat } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { build } from '../../src/index.ts';
import { completedStorage, playerDataOf } from '../helpers/a11y-courses.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { repoRoot } from '../helpers/paths.ts';
import { makeTempDir, unzipTo } from '../helpers/zip.ts';

const outDir = path.join(repoRoot, 'test', 'screenshots');
const widths = [1280, 375] as const;

async function shot(browser: Browser, width: number, name: string, run: (page: Page) => Promise<void>, storage?: { key: string; value: string }) {
  const context = await browser.newContext({ viewport: { width, height: width > 400 ? 720 : 640 }, deviceScaleFactor: width > 400 ? 0.625 : 1, colorScheme: 'light', reducedMotion: 'reduce' });
  if (storage) await context.addInitScript(([k, v]) => localStorage.getItem(k) ?? localStorage.setItem(k, v), [storage.key, storage.value] as const);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => !!(window as any).connectoo?.state().location || !!document.querySelector('section[data-home]:not([hidden])'));
    await run(page);
    const file = path.join(outDir, `${name}-${width}.png`);
    await page.screenshot({ path: file, animations: 'disabled' });
    console.log(`${path.relative(repoRoot, file)} ${(await stat(file)).size} bytes`);
  } finally {
    await context.close();
  }
}

let url = '';

async function main() {
  const result = await build({
    courseDirs: [path.join(repoRoot, 'courses', 'connectoo-basique')],
    outDir: await makeTempDir('connectoo-screenshots-'),
    formats: ['web'],
    langs: ['fr'],
  });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  const dir = await unzipTo(result.outputs.find((o) => !o.module)!.file);
  url = pathToFileURL(path.join(dir, 'index.html')).href;
  const data = await playerDataOf(dir);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const width of widths) {
      await shot(browser, width, 'home', async () => {});
      await shot(browser, width, 'page', async (page) => {
        await page.locator('section[data-home] [data-action="start"]').click();
        await page.waitForSelector('section[data-page-id]:visible');
        await page.locator('[data-notice-hide]').click().catch(() => {});
        await page.evaluate(() => window.scrollTo(0, 0));
      });
      await shot(browser, width, 'quiz', async (page) => {
        await page.locator('section[data-home] [data-action="start"]').click();
        await page.locator('[data-notice-hide]').click().catch(() => {});
        const quiz = data.modules[0]!.id;
        await page.locator(`[data-nav-quiz="${quiz}"]`).evaluate((a) => (a as HTMLElement).click());
        const question = page.locator(`section[data-quiz-id="${quiz}"]:visible fieldset.cx-question:has(input[type="radio"])`).first();
        await question.locator('input[type="radio"]').first().check();
        await question.locator('[data-action="submit"]').click();
        await question.locator('.cx-verdict').waitFor();
        await question.evaluate((q) => {
          q.scrollIntoView({ block: 'start' });
          window.scrollBy(0, -16);
        });
      });
      await shot(
        browser,
        width,
        'certificate',
        async (page) => {
          await page.waitForSelector('section[data-certificate="earned"]:visible');
          await page.locator('[data-notice-hide]').click().catch(() => {});
          await page.locator('#cx-learner-name').fill('Anne Dupont');
          await page.locator('section[data-certificate] h1').evaluate((h) => h.scrollIntoView({ block: 'start' }));
        },
        completedStorage(data),
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
