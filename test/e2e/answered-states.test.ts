/**
 * After submitting, the learner's own answer stays readable (text at 4.5:1 or more, computed by
 * Chromium) and is marked right or wrong with an icon and words; the correct answer shows only
 * when the quiz allows it (right answer, or no retry left). Light, dark, higher contrast and
 * forced colours.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { build } from '../../src/index.ts';
import { useBrowser } from '../helpers/browser.ts';
import { textContrast } from '../helpers/contrast.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { errorsOf } from '../helpers/course-build.ts';
import { Learner } from '../helpers/player.ts';
import { makeTempDir, unzipTo } from '../helpers/zip.ts';

const browser = useBrowser();
let url: string;

beforeAll(async () => {
  // One retry in the first quiz, unlimited in the second.
  const dir = await courseWith('e2e-all-types', {
    'modules/m1-decouverte/quiz.fr.yaml': (t) => t.replace('passingScore: 80\n', 'passingScore: 80\nattempts: 1\n'),
  });
  const result = await build({ courseDirs: [dir], outDir: await makeTempDir('connectoo-answered-'), formats: ['web'], langs: ['fr'] });
  if (!result.ok) throw new Error(errorsOf(result).join('\n'));
  const pkg = result.outputs.find((o) => !o.module)!;
  url = pathToFileURL(path.join(await unzipTo(pkg.file), 'index.html')).href;
}, 120_000);

const modes: { name: string; options: BrowserContextOptions; contrast?: boolean }[] = [
  { name: 'light', options: { colorScheme: 'light' } },
  { name: 'dark', options: { colorScheme: 'dark' } },
  { name: 'higher contrast, dark', options: { colorScheme: 'dark' }, contrast: true },
  { name: 'forced colours', options: { forcedColors: 'active' } },
];

async function open(options: BrowserContextOptions, contrast = false): Promise<{ page: Page; learner: Learner; close: () => Promise<void> }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(url);
  const learner = new Learner(page.mainFrame());
  await learner.ready();
  if (contrast) {
    await page.locator('[data-reading-aid-toggle]').click();
    await page.locator('#cx-aid-contrast').check();
    await page.locator('[data-reading-aid-toggle]').click();
  }
  return { page, learner, close: () => context.close() };
}

describe.each(modes)('answered questions ($name)', ({ options, contrast }) => {
  it('the chosen option keeps its full contrast, marked wrong, with the correct answer once no retry is left', async () => {
    const { learner, close } = await open(options, contrast);
    try {
      await learner.openQuiz('m1-decouverte');
      await learner.answer('m1-decouverte', 'q-service', { type: 'single', choice: 'ebox' });
      const fs = learner.question('m1-decouverte', 'q-service');
      const chosen = fs.locator('.cx-option:has(input[value="ebox"])');
      expect(await chosen.getAttribute('data-answer')).toBe('wrong');
      expect(await chosen.locator('input').isChecked()).toBe(true);
      expect((await chosen.locator('.cx-mark').textContent())?.trim()).toBe('Votre réponse : pas correcte');
      expect(await chosen.locator('.cx-mark svg[aria-hidden="true"]').count()).toBe(1);
      for (const part of [chosen.locator('label'), chosen.locator('.cx-mark')]) {
        const c = await textContrast(part);
        expect(c.ratio, `${c.color} on ${c.background}`).toBeGreaterThanOrEqual(4.5);
      }
      const right = fs.locator('.cx-option:has(input[value="csam"])');
      expect(await right.getAttribute('data-answer')).toBe('correct');
      expect((await right.locator('.cx-mark').textContent())?.trim()).toBe('Bonne réponse');
      expect(await fs.locator('.cx-option:has(input[value="myminfin"]) .cx-mark').count()).toBe(0);

      await learner.answer('m1-decouverte', 'q-region', { type: 'fill-in', text: 'Flandre' });
      const region = learner.question('m1-decouverte', 'q-region');
      const line = (await region.locator('.cx-answer-line').textContent()) ?? '';
      expect(line).toContain('Votre réponse : pas correcte');
      expect(line).toContain('Bonne réponse : Région de Bruxelles-Capitale');
      const typed = await textContrast(region.locator('input[type="text"]'));
      expect(typed.ratio, `${typed.color} on ${typed.background}`).toBeGreaterThanOrEqual(4.5);

      await learner.answer('m1-decouverte', 'q-outils', { type: 'multiple', choices: ['carte', 'lecteur'] });
      const tools = learner.question('m1-decouverte', 'q-outils');
      expect(await tools.locator('[data-answer="right"]').count()).toBe(2);
      const c = await textContrast(tools.locator('.cx-option:has(input[value="carte"]) label'));
      expect(c.ratio, `${c.color} on ${c.background}`).toBeGreaterThanOrEqual(4.5);
    } finally {
      await close();
    }
  });
});

describe('a wrong answer with retries left', () => {
  it('is marked, the correct answer stays hidden, and a new choice clears the marks', async () => {
    const { learner, close } = await open({});
    try {
      await learner.openQuiz('m2-pratique');
      await learner.answer('m2-pratique', 'q-reflexe', { type: 'single', choice: 'saisir' });
      const fs = learner.question('m2-pratique', 'q-reflexe');
      expect(await fs.locator('.cx-option:has(input[value="saisir"])').getAttribute('data-answer')).toBe('wrong');
      expect(await fs.locator('[data-answer="correct"]').count()).toBe(0);
      await fs.locator('input[value="guider"]').check();
      expect(await fs.locator('.cx-mark').count()).toBe(0);
      await fs.locator('[data-action="submit"]').click();
      await expect.poll(() => fs.locator('.cx-option:has(input[value="guider"])').getAttribute('data-answer')).toBe('right');
    } finally {
      await close();
    }
  });
});
