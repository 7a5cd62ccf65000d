/**
 * Learner journeys under LMS profiles that behave like real LMSs (FACTS §7): "moodle" (credit,
 * mastery override at LMSFinish, review mode after a finished attempt) and "strict" (SCORM 1.2
 * values and limits enforced). The French fixture: pages-and-quiz, mastery 80, default policy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { useBrowser } from '../helpers/browser.ts';
import { scormPackage, type ScormPackage } from '../helpers/course-build.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { course, fixture, m1, m2 } from '../helpers/all-types-plan.ts';
import { Learner } from '../helpers/player.ts';
import { firstSessionCmi, installHost, launchInLms, relaunchCmi, type Cmi, type LmsProfile, type LmsSession } from '../helpers/scorm-host.ts';
import { rightResponse, wrongResponse } from '../helpers/scorm-oracle.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';
import { fixturesDir } from '../helpers/paths.ts';

const browser = useBrowser();
let server: StaticServer;
let pkg: ScormPackage;
/** The same course with one attempt per question. */
let onceOnly: ScormPackage;
let page: Page;

beforeAll(async () => {
  pkg = await scormPackage(fixture, 'fr');
  const once = (t: string) => t.replace(/^title: .*$/m, (line) => `${line}\nattempts: 1`);
  const dir = await courseWith(fixture, { 'modules/m1-decouverte/quiz.fr.yaml': once, 'modules/m2-pratique/quiz.fr.yaml': once });
  onceOnly = await scormPackage(path.relative(fixturesDir, dir), 'fr');
  server = await startServer();
  installHost(server);
  server.mount('sco', pkg.dir);
  server.mount('once', onceOnly.dir);
  page = await browser().newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});
afterAll(async () => {
  await page?.close();
  await server?.close();
});

const quizzes = [m1, m2].map((m) => ({ id: m.id, questions: m.quiz!.questions }));

async function answerAll(learner: Learner, right: (moduleId: string, qid: string) => boolean) {
  for (const m of quizzes) {
    await learner.openQuiz(m.id);
    for (const q of m.questions) await learner.answer(m.id, q.id, right(m.id, q.id) ? rightResponse(q) : wrongResponse(q));
  }
}

async function readAllPages(learner: Learner) {
  for (const m of course.modules) for (const p of m.pageIds) await learner.openPage(p);
}

/** Every LMSSetValue the strict profile refused (none expected from our player). */
const refused = async (s: LmsSession) => (await s.log()).filter((c) => c.fn === 'LMSSetValue' && c.result !== 'true').map((c) => `${c.args[0]}=${c.args[1]} (${c.error})`);

describe.each<LmsProfile>(['moodle', 'strict'])('SCORM 1.2 under the "%s" LMS profile', (profile) => {
  async function session(cmi: Cmi, sco = '/sco/index.html') {
    const s = await launchInLms(page, server, { cmi, profile, sco });
    const learner = new Learner(s.sco);
    await learner.ready();
    return { s, learner };
  }
  async function leave(s: LmsSession): Promise<Cmi> {
    await s.leave();
    expect(await refused(s)).toEqual([]);
    return (await s.stored())!;
  }
  const first = () => firstSessionCmi(pkg.masteryScore);

  it('the package gives the LMS its mastery score', () => expect(pkg.masteryScore).toBe(String(course.masteryScore)));

  it('skip the pages and answer the quizzes: not passed at LMSFinish; reading the pages later passes', async () => {
    const a = await session(first());
    await answerAll(a.learner, () => true);
    expect((await a.learner.state()).status).toBe('incomplete');
    const stored = await leave(a.s);
    // Under the mastery override, any score would have become "passed" here.
    expect([stored.core.lesson_status, stored.core.score?.raw ?? '', stored.core.exit]).toEqual(['incomplete', '', 'suspend']);

    const b = await session(relaunchCmi(profile, stored, first()));
    expect((await b.learner.state()).mode).toBe('normal');
    await readAllPages(b.learner);
    const done = await leave(b.s);
    expect([done.core.lesson_status, done.core.score.raw, done.core.exit]).toEqual(['passed', '100', '']);
  });

  it('fail, then retry in the same attempt and pass', async () => {
    const wrong = new Set([`${m1.id}/q-service`, `${m2.id}/${m2.quiz!.questions[0]!.id}`, `${m2.id}/${m2.quiz!.questions[1]!.id}`]);
    const a = await session(first());
    await readAllPages(a.learner);
    await answerAll(a.learner, (m, q) => !wrong.has(`${m}/${q}`));
    const p = await a.learner.state();
    expect([p.status, p.finished, p.score < course.masteryScore]).toEqual(['failed', false, true]);
    const stored = await leave(a.s);
    expect([stored.core.lesson_status, stored.core.score?.raw ?? '', stored.core.exit]).toEqual(['incomplete', '', 'suspend']);

    const b = await session(relaunchCmi(profile, stored, first()));
    expect((await b.learner.state()).mode, 'the attempt is still open').toBe('normal');
    for (const key of wrong) {
      const [m, q] = key.split('/') as [string, string];
      await b.learner.openQuiz(m);
      await b.learner.answer(m, q, rightResponse(quizzes.find((x) => x.id === m)!.questions.find((x) => x.id === q)!));
    }
    const done = await leave(b.s);
    expect([done.core.lesson_status, done.core.score.raw, done.core.exit]).toEqual(['passed', '100', '']);
  });

  it('pass; a relaunch shows the finished course and changes nothing in the record', async () => {
    const a = await session(first());
    await readAllPages(a.learner);
    await answerAll(a.learner, () => true);
    const stored = await leave(a.s);
    expect([stored.core.lesson_status, stored.core.score.raw, stored.core.exit]).toEqual(['passed', '100', '']);
    if (profile !== 'moodle') return;
    const b = await session(relaunchCmi(profile, stored, first()));
    expect((await b.learner.state()).mode).toBe('review');
    const after = await leave(b.s);
    expect([after.core.lesson_status, after.core.score.raw, after.suspend_data]).toEqual(['passed', '100', stored.suspend_data]);
  });

  it('leave and resume at the same place with the answers given', async () => {
    const a = await session(first());
    await a.learner.openPage(m1.pageIds[1]!);
    await a.learner.openQuiz(m1.id);
    const q = m1.quiz!.questions[0]!;
    await a.learner.answer(m1.id, q.id, rightResponse(q));
    const stored = await leave(a.s);
    const b = await session(relaunchCmi(profile, stored, first()));
    expect(await b.learner.where()).toBe(`quiz:${m1.id}`);
    expect((await b.learner.state()).answers[`${m1.id}-${q.id}`]?.correct).toBe(true);
    expect(await b.learner.shown(m1.id, q.id, 'single')).toEqual(rightResponse(q));
  });

  it('attempts used up under the mastery score: failed with the score, and the attempt ends', async () => {
    const a = await session(firstSessionCmi(onceOnly.masteryScore), '/once/index.html');
    await readAllPages(a.learner);
    await answerAll(a.learner, (m, q) => !(m === m1.id && ['q-service', 'q-outils', 'q-autonomie'].includes(q)));
    const stored = await leave(a.s);
    expect(stored.core.lesson_status).toBe('failed');
    expect(Number(stored.core.score.raw)).toBeLessThan(course.masteryScore);
    expect(stored.core.exit).toBe('');
  });
});
