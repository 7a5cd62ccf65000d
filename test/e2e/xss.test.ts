/**
 * No text of a course and nothing a learner types runs as script: a course whose every text field carries XSS
 * payloads (test/helpers/xss-course.ts) is built as SCORM 1.2 and web packages, played in Chromium (SCORM 1.2
 * in the test LMS, web from disk) through every page, quiz and the certificate in French and Dutch, with its
 * media opened; a payload that ran would call `__xss(n)`, defined in every frame. The package's
 * Content-Security-Policy must never fire either: a violation is the player breaking its own policy, or a
 * payload that got into the page. A script in an SVG is refused at build time, and where one is in a package
 * anyway, the policy keeps it from running inside the player.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, type BuildResult } from '../../src/index.ts';
import { useBrowser } from '../helpers/browser.ts';
import { buildFixture, errorsOf } from '../helpers/course-build.ts';
import { repoRoot } from '../helpers/paths.ts';
import { Learner } from '../helpers/player.ts';
import { installHost, launchInLms } from '../helpers/scorm-host.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';
import { learnerName, payloadCount, responses, writeXssCourse } from '../helpers/xss-course.ts';
import { makeTempDir, unzipTo } from '../helpers/zip.ts';

const browser = useBrowser();
/** A fixed folder: the build of an unchanged course comes from the fixture cache. */
const courseDir = path.join(repoRoot, '.tmp/xss-course/xss-probe');
let result: BuildResult;
let server: StaticServer;
const dirs = new Map<string, string>();

beforeAll(async () => {
  await writeXssCourse(courseDir);
  ({ result } = await buildFixture(courseDir, { formats: ['scorm12', 'web'] }));
  if (!result.ok) throw new Error(`build failed:\n${errorsOf(result).join('\n')}`);
  for (const o of result.outputs) dirs.set(`${o.format}-${o.lang}`, await unzipTo(o.file));
  server = await startServer();
  installHost(server);
});
afterAll(() => server?.close());

interface Watch {
  context: BrowserContext;
  /** Payload numbers that ran (and dialogs opened), with the frame they ran in. */
  hits: string[];
  /** Content-Security-Policy violations: directive, blocked URL, where. */
  violations: string[];
}

/** A browser context where every frame has `__xss` and reports policy violations. */
async function watched(): Promise<Watch> {
  const context = await browser().newContext();
  const w: Watch = { context, hits: [], violations: [] };
  await context.exposeBinding('__xss', ({ frame }, n: unknown) => void w.hits.push(`${String(n)} in ${frame.url()}`));
  await context.exposeBinding('__cspViolation', (_s, v: string) => void w.violations.push(v));
  await context.addInitScript(() =>
    document.addEventListener(
      'securitypolicyviolation',
      (e) => (window as any).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}:${e.lineNumber}`),
      true,
    ),
  );
  context.on('page', (p) =>
    p.on('dialog', (d) => {
      w.hits.push(`dialog "${d.message()}" in ${p.url()}`);
      void d.dismiss();
    }),
  );
  return w;
}

/**
 * Every page and both quizzes, answered all wrong (the incorrect feedback, each choice's own) or all right (the
 * correct feedback, explanations, the correct answers shown); with right answers, the certificate and the learner's
 * name. Returns the media links of the pages.
 */
async function walk(frame: Frame, answers: 'wrong' | 'right'): Promise<string[]> {
  const learner = new Learner(frame);
  await learner.ready();
  const media = new Set<string>();
  const pages = await frame.$$eval('nav [data-nav-page]', (as) => as.map((a) => a.getAttribute('data-nav-page')!));
  expect(pages).toHaveLength(4);
  for (const id of pages) {
    if ((await learner.where()) !== `page:${id}`) await learner.openPage(id);
    const section = frame.locator(`section[data-page-id="${id}"]`);
    for (const href of await section.locator('a[href^="media/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) media.add(href);
    // The payload of the title is there, as text.
    expect(await section.locator('h1').textContent()).toMatch(/xss\(\d+\)/);
  }
  for (const [module, questions] of Object.entries(responses)) {
    await learner.openQuiz(module);
    for (const q of questions) expect(await learner.answer(module, q.id, q[answers]), `${q.id} ${answers}`).not.toBe('');
  }
  if (answers === 'right') {
    await frame.locator('[data-nav-certificate]').first().evaluate((a) => (a as HTMLElement).click());
    const name = frame.locator('[data-certificate-name-input]');
    await name.fill(learnerName);
    await name.press('Tab');
    await expect.poll(() => frame.locator('[data-certificate-name]').textContent()).toBe(learnerName);
  }
  return [...media];
}

/** Opens each media link as a learner following it would, in the same origin; `served`: the package's folder on the test server. */
async function openMedia(w: Watch, links: string[], served?: { prefix: string; dir: string }): Promise<void> {
  expect(links.some((l) => l.endsWith('.svg')) && links.some((l) => l.endsWith('.txt'))).toBe(true);
  for (const link of links) {
    const url = new URL(link);
    // Text served as an LMS's web server would (the test server does not know .txt).
    if (served && url.pathname.endsWith('.txt'))
      server.route(url.pathname, await readFile(path.join(served.dir, url.pathname.slice(served.prefix.length))), 'text/plain; charset=utf-8');
    const p = await w.context.newPage();
    await p.goto(link);
    await p.close();
  }
}

/** Image errors, autofocus and loads fire within a few frames: give them time before counting. */
const settle = (f: Frame) => f.evaluate(() => new Promise((r) => setTimeout(r, 150)));

describe('course texts and learner input never run', () => {
  it('builds the course with payloads in every field, in French and Dutch', () => {
    expect(payloadCount).toBeGreaterThanOrEqual(30);
    expect(result.outputs.map((o) => `${o.format}-${o.lang}`).sort()).toEqual(['scorm12-fr', 'scorm12-nl', 'web-fr', 'web-nl']);
  });

  it('SCORM 1.2 in the LMS (fr): every stop, wrong answers and their feedback, media', async () => {
    const w = await watched();
    try {
      server.mount('sco', dirs.get('scorm12-fr')!);
      const s = await launchInLms(await w.context.newPage(), server, {});
      const media = await walk(s.sco, 'wrong');
      await openMedia(w, media, { prefix: '/sco/', dir: dirs.get('scorm12-fr')! });
      await settle(s.sco);
      expect(w.hits).toEqual([]);
      expect(w.violations).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('web package from disk (nl): every stop, right answers, the certificate, a reload that restores the learner name, media', async () => {
    const w = await watched();
    try {
      const page = await w.context.newPage();
      await page.goto(pathToFileURL(path.join(dirs.get('web-nl')!, 'index.html')).href);
      const media = await walk(page.mainFrame(), 'right');
      await page.reload();
      await new Learner(page.mainFrame()).ready();
      await page.locator('[data-nav-certificate]').first().evaluate((a) => (a as HTMLElement).click());
      await expect.poll(() => page.locator('[data-certificate-name]').textContent()).toBe(learnerName);
      await openMedia(w, media);
      await settle(page.mainFrame());
      expect(w.hits).toEqual([]);
      expect(w.violations).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

const evilSvg = `<svg xmlns="http://www.w3.org/2000/svg" onload="__xss(201)"><script>__xss(202)</script><rect width="9" height="9"/></svg>\n`;

describe('a script in an SVG', () => {
  it('is refused at build time, and so is an HTML page in media/', async () => {
    const dir = path.join(await makeTempDir('connectoo-xss-'), 'xss-probe');
    await cp(courseDir, dir, { recursive: true });
    await writeFile(path.join(dir, 'media/evil.svg'), evilSvg);
    await writeFile(path.join(dir, 'media/page.html'), '<script>__xss(203)</script>\n');
    const pageFile = path.join(dir, 'modules/m1-xss/01-page.fr.md');
    await writeFile(pageFile, `${await readFile(pageFile, 'utf8')}\n[Le schéma](../../media/evil.svg) · [La page](../../media/page.html)\n`);
    const { ok, diagnostics } = await check({ courseDirs: [dir] });
    expect(ok).toBe(false);
    const media = diagnostics.filter((d) => d.rule.startsWith('media/')).map((d) => `${path.relative(dir, d.file)}:${d.line}:${d.column} ${d.rule}`);
    expect(media).toEqual(['media/evil.svg:1:41 media/unsafe-svg', 'media/evil.svg:1:61 media/unsafe-svg', 'media/page.html:0:0 media/html']);
  });

  it('put in a package by hand, does not run inside the player: the policy blocks it', async () => {
    const dir = await makeTempDir('connectoo-xss-pkg-');
    await cp(dirs.get('web-nl')!, dir, { recursive: true });
    await writeFile(path.join(dir, 'media/evil.svg'), evilSvg);
    const index = path.join(dir, 'index.html');
    const injected = [
      '<object data="media/evil.svg"></object>',
      '<embed src="media/evil.svg">',
      '<iframe src="media/evil.svg"></iframe>',
      '<img src="media/evil.svg" alt="">',
      '<script>__xss(204)</script>',
      '<img src="missing.png" alt="" onerror="__xss(205)">',
      '<svg onload="__xss(206)"></svg>',
    ].join('\n');
    await writeFile(index, (await readFile(index, 'utf8')).replace('<div class="cx-content">', `<div class="cx-content">\n${injected}`));
    server.mount('evil', dir);
    const w = await watched();
    try {
      const page = await w.context.newPage();
      await page.goto(server.url('/evil/index.html'));
      await new Learner(page.mainFrame()).ready();
      await expect.poll(() => w.violations.length).toBeGreaterThanOrEqual(5);
      await settle(page.mainFrame());
      expect(w.hits).toEqual([]);
      const blocked = w.violations.join('\n');
      for (const directive of ['object-src', 'frame-src', 'script-src-elem', 'script-src-attr']) expect(blocked).toContain(directive);
      // Opened by itself, an SVG document has no policy of its own: the build's refusal is what keeps it out.
      const alone = await w.context.newPage();
      await alone.goto(server.url('/evil/media/evil.svg'));
      await expect.poll(() => w.hits.length).toBe(2);
    } finally {
      await w.context.close();
    }
  });
});
