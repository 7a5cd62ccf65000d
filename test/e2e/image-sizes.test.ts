/** Images in a page: their own size up to the column width (never upscaled), or the width the author wrote. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { useBrowser } from '../helpers/browser.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { errorsOf } from '../helpers/course-build.ts';
import { Learner } from '../helpers/player.ts';
import { makeTempDir, unzipTo } from '../helpers/zip.ts';

const svg = (w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#0b57a4"/></svg>`;
const browser = useBrowser();
let url: string;

beforeAll(async () => {
  const dir = await courseWith('minimal', {
    'media/logo.svg': svg(80, 40),
    'media/wide.svg': svg(2000, 500),
    'modules/m1-basics/01-intro.fr.md': (t) =>
      `${t}\n\n![Logo du service](../../media/logo.svg)\n\n![Grand schéma](../../media/wide.svg)\n\n![Grand schéma réduit](../../media/wide.svg){width=200}\n`,
  });
  const result = await build({ courseDirs: [dir], outDir: await makeTempDir('connectoo-img-'), formats: ['web'], langs: ['fr'] });
  if (!result.ok) throw new Error(errorsOf(result).join('\n'));
  url = pathToFileURL(path.join(await unzipTo(result.outputs.find((o) => !o.module)!.file), 'index.html')).href;
}, 120_000);

describe('image sizes', () => {
  it.each([1280, 375])('at %i px: a small SVG keeps its size, a wide one fits the column, {width=200} gives 200 px', async (width) => {
    const context = await browser().newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await new Learner(page.mainFrame()).ready();
      const size = (alt: string) =>
        page.locator(`img[alt="${alt}"]`).evaluate(async (img: HTMLImageElement) => {
          await img.decode().catch(() => undefined);
          const column = img.closest('.cx-content')!.clientWidth;
          return { w: Math.round(img.getBoundingClientRect().width), h: Math.round(img.getBoundingClientRect().height), column };
        });
      const logo = await size('Logo du service');
      expect([logo.w, logo.h]).toEqual([80, 40]);
      const wide = await size('Grand schéma');
      expect(wide.w).toBe(wide.column);
      expect(wide.h).toBe(Math.round(wide.column / 4));
      const reduced = await size('Grand schéma réduit');
      expect([reduced.w, reduced.h]).toEqual([200, 50]);
    } finally {
      await context.close();
    }
  });
});
