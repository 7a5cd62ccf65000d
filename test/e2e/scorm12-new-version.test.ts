/**
 * An LMS admin imports version 2 of a course over version 1 while a learner is mid-course: the relaunch
 * restores, by id, the pages and answers that still exist, drops the others, and never gives an answer
 * to another question. Session 1 also shows that each interaction's latency is the time on that question.
 */
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { build } from '../../src/index.ts';
import { session1, m1, m2 } from '../helpers/all-types-plan.ts';
import { useBrowser } from '../helpers/browser.ts';
import { errorsOf } from '../helpers/course-build.ts';
import { courseWith, editFile } from '../helpers/course-copy.ts';
import { Learner } from '../helpers/player.ts';
import { firstSessionCmi, installHost, launchInLms, nextSessionCmi, type Cmi } from '../helpers/scorm-host.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';
import { makeTempDir, unzipTo } from '../helpers/zip.ts';

const browser = useBrowser();
let server: StaticServer;
let page: Page;
let courseDir: string;
let stored1: Cmi;
let before: any;

/** Builds the French SCORM 1.2 package of the copied course and serves it where the LMS launches it. */
async function publish(): Promise<void> {
  const result = await build({ courseDirs: [courseDir], outDir: await makeTempDir('connectoo-out-'), formats: ['scorm12'], langs: ['fr'] });
  if (!result.ok) throw new Error(`build failed:\n${errorsOf(result).join('\n')}`);
  server.mount('sco', await unzipTo(result.outputs[0]!.file));
}

/** Version 2: modules swapped, a page removed and one added, a question removed, one added, one moved, one with its choices reordered. */
async function makeVersion2(): Promise<void> {
  await editFile(courseDir, 'course.yaml', 'version: 1.2.3', 'version: 2.0.0');
  await editFile(courseDir, 'course.yaml', '  - m1-decouverte\n  - m2-pratique', '  - m2-pratique\n  - m1-decouverte');
  const mod = join(courseDir, 'modules', m1.id);
  for (const lang of ['fr', 'nl']) {
    await rm(join(mod, `03-chiffres.${lang}.md`));
    await writeFile(join(mod, `04-nouveau.${lang}.md`), `---\ntitle: Nouveau ${lang}\n---\n\nUne page ajoutée.\n`);
    const file = join(mod, `quiz.${lang}.yaml`);
    const quiz = parse(await readFile(file, 'utf8'));
    const byId = (id: string) => quiz.questions.find((q: any) => q.id === id);
    const service = byId('q-service');
    service.choices = [service.choices[1], service.choices[2], service.choices[0]];
    quiz.questions = [
      byId('q-autonomie'),
      { id: 'q-nouvelle', type: 'true-false', prompt: `Nouvelle question ${lang}`, answer: true },
      ...quiz.questions.filter((q: any) => !['q-autonomie', 'q-outils'].includes(q.id)),
    ];
    await writeFile(file, stringify(quiz));
  }
}

beforeAll(async () => {
  courseDir = await courseWith('e2e-all-types');
  server = await startServer();
  installHost(server);
  page = await browser().newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});
afterAll(async () => {
  await page?.close();
  await server?.close();
});

/** CMITimespan → seconds. */
const seconds = (t: string) => {
  const [h, m, s] = t.split(':').map(Number) as [number, number, number];
  return h * 3600 + m * 60 + s;
};
const answered = session1.slice(0, 6);
const pause = 800;

describe('a learner resumes on a new version of the course', () => {
  it('session 1 (version 1): reads module 1, answers six questions, leaves on module 2', async () => {
    await publish();
    const s = await launchInLms(page, server, { cmi: firstSessionCmi('80') });
    const learner = new Learner(s.sco);
    await learner.ready();
    await learner.nextUntil((w) => w === `quiz:${m1.id}`);
    for (const e of answered) {
      await page.waitForTimeout(pause);
      await learner.answer(e.module, e.q.id, e.r);
    }
    await learner.next();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    before = await learner.state();
    await s.leave();
    stored1 = (await s.stored())!;
    expect(Object.keys(before.answers)).toHaveLength(6);
  });

  it('session 1 reported, for each answer, the time spent on that question', () => {
    const latencies = Object.values(stored1.interactions).map((rec: any) => seconds(rec.latency));
    expect(latencies).toHaveLength(6);
    for (const l of latencies) expect(l).toBeGreaterThanOrEqual(pause / 1000 - 0.01);
    // Counted from the opening of the quiz, the sixth would be at least 6 pauses.
    expect(Math.max(...latencies)).toBeLessThan((answered.length * pause) / 1000 - 1);
  });

  it('session 2 (version 2): restores what still exists by id and drops the rest', async () => {
    await makeVersion2();
    await publish();
    const s = await launchInLms(page, server, { cmi: nextSessionCmi(stored1) });
    const learner = new Learner(s.sco);
    await learner.ready();
    expect(await learner.where()).toBe(`page:${m2.pageIds[0]}`);
    const st = await learner.state();
    expect([...st.visited].sort()).toEqual([`${m1.id}/01-accueil`, `${m1.id}/02-services`, m2.pageIds[0]].sort());
    const id = (q: string) => `${m1.id}-${q}`;
    expect(st.answers).toEqual({
      [id('q-service')]: { ...before.answers[id('q-service')], response: null },
      [id('q-autonomie')]: before.answers[id('q-autonomie')],
      [id('q-region')]: before.answers[id('q-region')],
      [id('q-associer')]: before.answers[id('q-associer')],
      [id('q-etapes')]: before.answers[id('q-etapes')],
    });

    await learner.openQuiz(m1.id);
    for (const e of answered.filter((x) => !['q-service', 'q-outils'].includes(x.q.id))) {
      const shown = await learner.shown(e.module, e.q.id, e.r.type);
      expect(shown, e.q.id).toEqual(e.r.type === 'fill-in' ? { ...e.r, text: e.r.text.trim() } : e.r);
    }
    // Its choices moved: the result stays, no choice is ticked for the learner.
    expect(await learner.shown(m1.id, 'q-service', 'single')).toEqual({ type: 'single', choice: '' });
    expect(await learner.question(m1.id, 'q-service').getAttribute('data-result')).toBe('correct');
    const added = learner.question(m1.id, 'q-nouvelle');
    expect(await added.getAttribute('data-result')).toBeNull();
    expect(await added.locator('[data-action="submit"]').getAttribute('aria-disabled')).toBe('false');
    await s.leave();
  });
});
