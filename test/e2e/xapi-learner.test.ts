/**
 * A learner plays the French xAPI (TinCan) package, launched with real launch parameters,
 * against a real LRS: reads module 1, answers every question type, leaves, relaunches, resumes
 * where they left, finishes and passes. The statements are read back from the LRS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { buildFixture, errorsOf } from '../helpers/course-build.ts';
import { course, earned, fixture, m1, m2, session1, session2, totalPoints } from '../helpers/all-types-plan.ts';
import { Learner } from '../helpers/player.ts';
import { answeredProblems, commonProblems, isoDurationRe, validationProblems, verb } from '../helpers/lrs-checks.ts';
import { startGateway, type Gateway } from '../helpers/lrs-gateway.ts';
import { newLearner, tinCanUrl, waitForStatements } from '../helpers/lrs-launch.ts';
import { startLrs, type Lrs } from '../helpers/lrs.ts';
import { isCorrect } from '../helpers/scorm-oracle.ts';
import { unzipTo } from '../helpers/zip.ts';

const PROGRESS = 'https://connectoo.example.org/xapi/state/progress';

const browser = useBrowser();
let lrs: Lrs;
let gw: Gateway;
let page: Page;
let data: { iri: string; modules: { id: string; title: string; pages: { id: string; title: string }[] }[] };
const learner = newLearner();
let stored1: any[] = [];
let stored2: any[] = [];

beforeAll(async () => {
  const [built, started] = await Promise.all([buildFixture(fixture, { formats: ['xapi'], langs: ['fr'] }), startLrs()]);
  lrs = started;
  expect(errorsOf(built.result)).toEqual([]);
  const dir = await unzipTo(built.result.outputs[0]!.file);
  gw = await startGateway(lrs);
  gw.mount(dir);
  const html = await (await fetch(`${gw.origin}/pkg/index.html`)).text();
  data = JSON.parse(/<script[^>]*id="connectoo-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!);
  page = await browser().newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});
afterAll(async () => {
  await page?.close();
  await gw?.close();
  await lrs?.stop();
});

const moduleOf = (id: string) => data.modules.find((m) => m.id === id)!;
const pageIri = (id: string) => `${data.iri}/${id}`;
const experiencedPages = (list: any[]) => list.filter((s) => verb(s) === 'experienced').map((s) => s.object.id);

describe('xAPI learner journey (fr) against a real LRS', () => {
  it('session 1: reads module 1, answers all seven types, leaves on module 2', async () => {
    await page.goto(tinCanUrl(gw, learner));
    const l = new Learner(page.mainFrame());
    await l.ready();
    expect(await l.where()).toBe(`page:${m1.pageIds[0]}`);
    expect((await l.state()).storage).toBe('platform');
    await l.nextUntil((w) => w?.startsWith('quiz:') ?? false);
    for (const e of session1) await l.answer(e.module, e.q.id, e.r);
    await l.next();
    expect(await l.where()).toBe(`page:${m2.pageIds[0]}`);
    await page.goto('about:blank');
    stored1 = await waitForStatements(lrs, learner.registration, (s) => s.some((x) => verb(x) === 'terminated'));
  });

  it('session 1 statements: order, content, one copy each, all valid', () => {
    expect(stored1.map(verb)).toEqual(['initialized', ...m1.pageIds.map(() => 'experienced'), ...session1.map(() => 'answered'), 'experienced', 'terminated']);
    expect(experiencedPages(stored1)).toEqual([...m1.pageIds, m2.pageIds[0]].map(pageIri));
    expect(commonProblems(stored1, learner.actor, learner.registration)).toEqual([]);
    expect(validationProblems(gw.sentStatements())).toEqual([]);
    expect(validationProblems(stored1)).toEqual([]);
    expect(new Set(gw.sentStatements().map((s) => s.id))).toEqual(new Set(stored1.map((s) => s.id)));
    const answers = stored1.filter((s) => verb(s) === 'answered');
    session1.forEach((e, i) =>
      expect(answeredProblems(answers[i], data.iri, e.module, moduleOf(e.module).title, e.q, e.r, isCorrect(e.q, e.r), 'fr')).toEqual([]),
    );
    const [init] = stored1;
    expect(init.object).toMatchObject({ id: data.iri, definition: { type: 'http://adlnet.gov/expapi/activities/course', name: { fr: expect.any(String) } } });
    for (const s of stored1.filter((x) => verb(x) === 'experienced')) {
      const mod = moduleOf(s.object.id.slice(data.iri.length + 1).split('/')[0]);
      expect(s.object.definition.name.fr).toBe(mod.pages.find((p) => pageIri(p.id) === s.object.id)!.title);
      expect(s.context.contextActivities.parent.map((a: any) => a.id)).toEqual([`${data.iri}/${mod.id}`]);
      expect(s.context.contextActivities.grouping.map((a: any) => a.id)).toEqual([data.iri]);
    }
    expect(stored1.at(-1).result.duration).toMatch(isoDurationRe);
    expect(stored1.some((s) => ['completed', 'passed', 'failed'].includes(verb(s)))).toBe(false);
    const doc: any = gw.docs.get('state', { activityId: data.iri, agent: learner.actor, registration: learner.registration, stateId: PROGRESS });
    expect(doc.bookmark).toBe(m2.pageIds[0]);
    expect(doc.state.length).toBeGreaterThan(0);
  });

  it('session 2: resumes where the learner left, answers restored, finishes and passes', async () => {
    await page.goto(tinCanUrl(gw, learner));
    const l = new Learner(page.mainFrame());
    await l.ready();
    expect(await l.where()).toBe(`page:${m2.pageIds[0]}`);
    await l.openQuiz(m1.id);
    const st = await l.state();
    expect(Object.keys(st.answers).sort()).toEqual(session1.map((e) => `${e.module}-${e.q.id}`).sort());
    for (const e of session1) expect(st.answers[`${e.module}-${e.q.id}`].correct, e.q.id).toBe(isCorrect(e.q, e.r));
    expect((await l.shown(m1.id, 'q-etapes', 'sequencing'))).toEqual(session1[5]!.r);
    await l.next();
    await l.nextUntil((w) => w?.startsWith('quiz:') ?? false);
    for (const e of session2) await l.answer(e.module, e.q.id, e.r);
    expect((await l.state()).status).toBe('passed');
    await l.next();
    expect(await l.where()).toBe('certificate');
    await expect.poll(() => page.locator('[data-certificate-name]').textContent()).toContain(String(learner.actor.name));
    await page.goto('about:blank');
    const all2 = await waitForStatements(lrs, learner.registration, (s) => s.filter((x) => verb(x) === 'terminated').length === 2);
    const ids1 = new Set(stored1.map((s) => s.id));
    stored2 = all2.filter((s) => !ids1.has(s.id));
  });

  it('session 2 statements: experienced, answered, completed, passed with the score, terminated', () => {
    expect(stored2.map(verb)).toEqual([
      'initialized',
      'experienced',
      'experienced',
      'experienced',
      ...session2.map(() => 'answered'),
      'completed',
      'passed',
      'terminated',
    ]);
    expect(experiencedPages(stored2)).toEqual([m2.pageIds[0], m2.pageIds[0], m2.pageIds[1]].map(pageIri));
    expect(commonProblems(stored2, learner.actor, learner.registration)).toEqual([]);
    expect(validationProblems(gw.sentStatements())).toEqual([]);
    const answers = stored2.filter((s) => verb(s) === 'answered');
    session2.forEach((e, i) => expect(answeredProblems(answers[i], data.iri, e.module, moduleOf(e.module).title, e.q, e.r, true, 'fr')).toEqual([]));
    const completed = stored2.find((s) => verb(s) === 'completed');
    expect(completed.result).toEqual({ completion: true, duration: expect.stringMatching(isoDurationRe) });
    const passed = stored2.find((s) => verb(s) === 'passed');
    expect(passed.object.id).toBe(data.iri);
    expect(passed.result.success).toBe(true);
    expect(passed.result.score).toEqual({ scaled: Math.round((earned / totalPoints) * 10000) / 10000, raw: earned, min: 0, max: totalPoints });
    expect(passed.result.score.scaled).toBeGreaterThanOrEqual(course.masteryScore / 100);
    const times = [...stored1, ...stored2].map((s) => s.timestamp);
    expect(times).toEqual([...times].sort());
  });
});
