/**
 * The test plays a cmi5 LMS (token service, LMS.LaunchData, `launched`, launch URL) in front of a
 * real LRS, and checks each AU session's statements against the cmi5 rules (FACTS §5):
 * Normal mode through to passed and the return to the LMS, a second session, Browse mode, the
 * LMS's own mastery score, a reload, a refused token, and one AU of a split package.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { buildFixture, errorsOf } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { Learner } from '../helpers/player.ts';
import { cmi5SessionProblems, commonProblems, validationProblems, verb } from '../helpers/lrs-checks.ts';
import { startGateway, type Gateway } from '../helpers/lrs-gateway.ts';
import { cmi5Launch, waitForStatements, type Cmi5Launch } from '../helpers/lrs-launch.ts';
import { startLrs, type Lrs } from '../helpers/lrs.ts';
import { rightResponse, wrongResponse } from '../helpers/scorm-oracle.ts';
import { unzipTo } from '../helpers/zip.ts';

const course = readFixtureCourse('e2e-all-types', 'fr');
const [m1, m2] = course.modules as [(typeof course.modules)[0], (typeof course.modules)[0]];
const IRI = `urn:connectoo:course:${course.id}`;
const SID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

const browser = useBrowser();
let lrs: Lrs;
let gw: Gateway;
let page: Page;
let whole: string;
let split: string;

beforeAll(async () => {
  const [a, b, started] = await Promise.all([
    buildFixture('e2e-all-types', { formats: ['cmi5'], langs: ['fr'] }),
    buildFixture('e2e-all-types', { formats: ['cmi5'], langs: ['fr'], split: 'modules' }),
    startLrs(),
  ]);
  lrs = started;
  expect([...errorsOf(a.result), ...errorsOf(b.result)]).toEqual([]);
  whole = await unzipTo(a.result.outputs[0]!.file);
  split = await unzipTo(b.result.outputs[0]!.file);
  gw = await startGateway(lrs);
  gw.mount(whole);
  gw.route('/lms/return', (_req, _body, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>LMS</h1>'));
  page = await browser().newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});
afterAll(async () => {
  await page?.close();
  await gw?.close();
  await lrs?.stop();
});

/** The AU's statements of one session (the LMS's `launched` left out). */
async function sessionStatements(l: Cmi5Launch, done: (s: any[]) => boolean): Promise<any[]> {
  const mine = (all: any[]) => all.filter((s) => s.context?.extensions?.[SID] === l.sessionId && verb(s) !== 'launched');
  return mine(await waitForStatements(lrs, l.learner.registration, (all) => done(mine(all))));
}
const hasTerminated = (s: any[]) => s.some((x) => verb(x) === 'terminated');
const rules = (l: Cmi5Launch, mode = 'Normal', masteryScore?: number) => ({ activityId: l.activityId, publisherId: l.publisherId, sessionId: l.sessionId, mode, masteryScore });
const saveStatus = () => page.locator('[data-save-status]').getAttribute('data-save-status');

async function open(l: Cmi5Launch): Promise<Learner> {
  await page.goto(l.url);
  const learner = new Learner(page.mainFrame());
  await learner.ready();
  return learner;
}

describe('cmi5 AU launched by an LMS', () => {
  let first: Cmi5Launch;

  it('Normal mode: plays the course, passes, and returns to the LMS through returnURL', async () => {
    first = await cmi5Launch(gw, lrs, { publisherId: `${IRI}/au`, masteryScore: 0.8, returnURL: `${gw.origin}/lms/return` });
    const l = await open(first);
    expect(await l.where()).toBe(`page:${m1.pageIds[0]}`);
    await l.nextUntil((w) => w === `quiz:${m1.id}`);
    for (const q of m1.quiz!.questions) await l.answer(m1.id, q.id, rightResponse(q));
    await l.nextUntil((w) => w === `quiz:${m2.id}`);
    for (const q of m2.quiz!.questions) await l.answer(m2.id, q.id, rightResponse(q));
    expect((await l.state()).status).toBe('passed');
    await page.locator('[data-action="exit"]').click();
    await page.waitForURL(`${gw.origin}/lms/return`, { timeout: 15_000 });
    const s = await sessionStatements(first, hasTerminated);
    expect(cmi5SessionProblems(s, rules(first, 'Normal', 0.8))).toEqual([]);
    expect(commonProblems(s, first.learner.actor, first.learner.registration)).toEqual([]);
    expect(validationProblems(gw.sentStatements())).toEqual([]);
    const questions = m1.quiz!.questions.length + m2.quiz!.questions.length;
    const pages = m1.pageIds.length + m2.pageIds.length;
    expect(s.map(verb)).toEqual(['initialized', ...Array(m1.pageIds.length).fill('experienced'), ...Array(m1.quiz!.questions.length).fill('answered'),
      ...Array(m2.pageIds.length).fill('experienced'), ...Array(m2.quiz!.questions.length).fill('answered'), 'completed', 'passed', 'terminated']);
    expect(s.filter((x) => verb(x) === 'experienced')).toHaveLength(pages);
    expect(s.filter((x) => verb(x) === 'answered')).toHaveLength(questions);
    const passed = s.find((x) => verb(x) === 'passed');
    expect(passed.result.score).toEqual({ scaled: 1, raw: expect.any(Number), min: 0, max: passed.result.score.raw });
    expect(passed.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    const answered = s.find((x) => verb(x) === 'answered');
    expect(answered.context.contextActivities.grouping.map((a: any) => a.id)).toEqual([first.publisherId, first.activityId, IRI]);
    expect(first.fetchCalls).toEqual(['POST']);
    expect(gw.docs.get('state', { activityId: first.activityId, agent: first.learner.actor, registration: first.learner.registration, stateId: 'LMS.LaunchData' })).toEqual(first.launchData);
    expect(gw.docs.log.some((r) => r.method === 'GET' && r.path.includes('/xAPI/agents/profile') && r.path.includes('cmi5LearnerPreferences'))).toBe(true);
    expect(gw.docs.log.filter((r) => r.path.includes('LMS.LaunchData')).map((r) => r.method)).toEqual(['GET']);
  });

  it('a second session of the registration resumes and sends no completed or passed again', async () => {
    const again = await cmi5Launch(gw, lrs, { publisherId: `${IRI}/au`, masteryScore: 0.8, again: first });
    const l = await open(again);
    expect(await l.where()).toBe(`quiz:${m2.id}`);
    expect((await l.state()).status).toBe('passed');
    await l.openPage(m1.pageIds[1]!);
    await page.goto('about:blank');
    const s = await sessionStatements(again, hasTerminated);
    expect(s.map(verb)).toEqual(['initialized', 'experienced', 'terminated']);
    expect(s[1].object.id).toBe(`${IRI}/${m1.pageIds[1]}`);
    expect(cmi5SessionProblems(s, rules(again))).toEqual([]);
  });

  it('Browse mode: initialized and terminated only as cmi5-defined statements, no answers recorded', async () => {
    const b = await cmi5Launch(gw, lrs, { publisherId: `${IRI}/au`, mode: 'Browse' });
    const l = await open(b);
    expect((await l.state()).mode).toBe('browse');
    await l.next();
    await l.openQuiz(m1.id);
    const q = m1.quiz!.questions[0]!;
    await l.answer(m1.id, q.id, rightResponse(q));
    await page.goto('about:blank');
    const s = await sessionStatements(b, hasTerminated);
    expect(s.map(verb)).toEqual(['initialized', 'experienced', 'experienced', 'terminated']);
    expect(cmi5SessionProblems(s, rules(b, 'Browse'))).toEqual([]);
  });

  it("the LMS's masteryScore wins over the course's: 100% needed, one wrong answer, no passed", async () => {
    const h = await cmi5Launch(gw, lrs, { publisherId: `${IRI}/au`, masteryScore: 1 });
    const l = await open(h);
    await l.nextUntil((w) => w === `quiz:${m1.id}`);
    for (const [i, q] of m1.quiz!.questions.entries()) await l.answer(m1.id, q.id, i === 0 ? wrongResponse(q) : rightResponse(q));
    await l.nextUntil((w) => w === `quiz:${m2.id}`);
    for (const q of m2.quiz!.questions) await l.answer(m2.id, q.id, rightResponse(q));
    expect((await l.state()).status).toBe('failed');
    await page.goto('about:blank');
    const s = await sessionStatements(h, hasTerminated);
    expect(s.map(verb)).toContain('completed');
    expect(s.map(verb)).not.toContain('passed');
    expect(cmi5SessionProblems(s, rules(h, 'Normal', 1))).toEqual([]);
  });

  it('a reload keeps the token and the session: no second fetch, no second initialized, then nothing after terminated', async () => {
    const r = await cmi5Launch(gw, lrs, { publisherId: `${IRI}/au` });
    const l = await open(r);
    await sessionStatements(r, (s) => s.length >= 2);
    await page.reload();
    await l.ready();
    await expect.poll(saveStatus).toBe('ended');
    await l.next();
    await page.goto('about:blank');
    await new Promise((res) => setTimeout(res, 1500));
    const s = await sessionStatements(r, hasTerminated);
    expect(r.fetchCalls).toEqual(['POST']);
    expect(s.map(verb)).toEqual(['initialized', 'experienced', 'terminated']);
    expect(cmi5SessionProblems(s, rules(r))).toEqual([]);
  });

  it('a token the LMS refuses: the learner is told, nothing is sent', async () => {
    const d = await cmi5Launch(gw, lrs, { publisherId: `${IRI}/au` });
    await fetch(new URL(d.url).searchParams.get('fetch')!, { method: 'POST' });
    const sent = gw.statementRequests.length;
    await open(d);
    await expect.poll(saveStatus).toBe('denied');
    await page.goto('about:blank');
    expect(gw.statementRequests.length).toBe(sent);
  });

  it('one AU of the split package shows and tracks its module only', async () => {
    gw.mount(split);
    const a = await cmi5Launch(gw, lrs, { publisherId: `${IRI}/au/${m2.id}`, auQuery: `module=${m2.id}`, masteryScore: 0.8 });
    const l = await open(a);
    expect(await l.where()).toBe(`page:${m2.pageIds[0]}`);
    expect(await page.locator('.cx-toc [data-nav-page]').evaluateAll((els) => els.map((e) => e.getAttribute('data-nav-page')))).toEqual(m2.pageIds);
    const seen = await l.nextUntil((w) => w === `quiz:${m2.id}`);
    expect(seen).toEqual([...m2.pageIds.map((p) => `page:${p}`), `quiz:${m2.id}`]);
    for (const q of m2.quiz!.questions) await l.answer(m2.id, q.id, rightResponse(q));
    expect((await l.state()).status).toBe('passed');
    await page.goto('about:blank');
    const s = await sessionStatements(a, hasTerminated);
    expect(s.map(verb)).toEqual(['initialized', ...m2.pageIds.map(() => 'experienced'), ...m2.quiz!.questions.map(() => 'answered'), 'completed', 'passed', 'terminated']);
    expect(cmi5SessionProblems(s, rules(a, 'Normal', 0.8))).toEqual([]);
    expect(s.find((x) => verb(x) === 'passed').result.score.max).toBe(m2.quiz!.questions.reduce((n, q) => n + (q.points ?? 1), 0));
  });
});
