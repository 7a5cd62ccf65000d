/** `connectoo preview`: the author sees the course, what the LMS records, and live updates or errors on save. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preview, type Preview } from '../../src/preview/server.ts';
import { useBrowser } from '../helpers/browser.ts';
import { courseWith } from '../helpers/course-copy.ts';

const browser = useBrowser();
let running: Preview | undefined;
afterAll(() => running?.close());

describe('preview', () => {
  it('shows the course with the LMS record, follows edits, and shows author errors in the page', async () => {
    const dir = await courseWith('minimal');
    running = await preview({ courseDir: dir, lang: 'fr' });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await browser().newPage();
    await page.goto(running.url);
    const sco = page.frameLocator('#sco');
    // A first launch opens on the course home; Start goes to the first page.
    await sco.locator('[data-action="start"]').click();
    await expect.poll(() => sco.locator('section[data-page-id]:not([hidden]) h1').first().textContent()).toBe('Introduction');
    await expect.poll(() => page.locator('#core').textContent()).toContain('incomplete');

    // Answer a question: the panel shows the interaction the LMS got.
    await sco.locator('[data-nav-quiz="m1-basics"]').first().click();
    const q = sco.locator('fieldset[data-question-id="q-csam"]');
    await q.locator('input[value="a"]').check();
    await q.locator('[data-action="submit"]').click();
    await expect.poll(() => page.locator('#interactions').textContent()).toContain('m1-basics-q-csam');
    await expect.poll(() => page.locator('#interactions').textContent()).toContain('correct');

    // An edit is rebuilt and shown without restarting.
    const file = join(dir, 'modules/m1-basics/01-intro.fr.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: Introduction', 'title: Bienvenue'));
    await expect.poll(() => sco.locator('[data-page-id="m1-basics/01-intro"] h1').textContent(), { timeout: 15_000 }).toBe('Bienvenue');

    // A mistake shows file:line:column in the page; fixing it brings the course back.
    const quiz = join(dir, 'modules/m1-basics/quiz.fr.yaml');
    const good = await readFile(quiz, 'utf8');
    await writeFile(quiz, good.replace('correct: true', 'correct: false'));
    await expect.poll(() => page.locator('#errors').textContent(), { timeout: 15_000 }).toMatch(/quiz\.fr\.yaml:\d+:\d+: error .*\[quiz\/no-correct-answer\]/);
    expect(running.status().ok).toBe(false);
    await writeFile(quiz, good);
    await expect.poll(() => page.locator('#errors').isVisible(), { timeout: 15_000 }).toBe(false);
    await page.close();
  });
});
