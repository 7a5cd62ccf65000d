/**
 * cmi5 sessions end in the learner's hands: a tab closed without the Exit button, the LRS gone on
 * the last pages, no `returnURL`, a move to another AU. The test LMS refuses (403) any statement
 * of a session that is not the current one, as the reference LMS does (FACTS §7.6). Each time the
 * next session must deliver all of its own statements, never one of an earlier session, and the
 * AU must end satisfied (completed and passed in the registration).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { buildFixture, errorsOf } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { Learner } from '../helpers/player.ts';
import { cmi5SessionProblems, commonProblems, verb } from '../helpers/lrs-checks.ts';
import { startGateway, type Gateway } from '../helpers/lrs-gateway.ts';
import { cmi5Launch, waitForStatements, type Cmi5Launch, type Cmi5LaunchOptions } from '../helpers/lrs-launch.ts';
import { startLrs, type Lrs } from '../helpers/lrs.ts';
import { rightResponse } from '../helpers/scorm-oracle.ts';
import { unzipTo } from '../helpers/zip.ts';

const course = readFixtureCourse('e2e-all-types', 'fr');
const [m1, m2] = course.modules as [(typeof course.modules)[0], (typeof course.modules)[0]];
const IRI = `urn:connectoo:course:${course.id}`;
const SID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

const browser = useBrowser();
let lrs: Lrs;
let gw: Gateway;
let whole: string;
let split: string;
/** One browser profile per test: the learner's tabs share its local storage. */
let context: BrowserContext | undefined;
let logs: string[] = [];

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
  gw.route('/lms/return', (_req, _body, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>LMS</h1>'));
});
afterEach(async () => {
  gw.setFault({ kind: 'none' });
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await gw?.close();
  await lrs?.stop();
});

const sid = (s: any) => s.context?.extensions?.[SID];
const bodyOf = (r: { body: unknown }): any[] => (Array.isArray(r.body) ? r.body : r.body ? [r.body] : []);
const au = (o: Partial<Cmi5LaunchOptions> = {}) => cmi5Launch(gw, lrs, { publisherId: `${IRI}/au`, masteryScore: 0.8, ...o });
const rules = (l: Cmi5Launch) => ({ activityId: l.activityId, publisherId: l.publisherId, sessionId: l.sessionId, mode: 'Normal', masteryScore: 0.8 });

/** A new tab of the learner's browser, launched by the LMS. */
async function open(l: Cmi5Launch): Promise<{ page: Page; learner: Learner }> {
  context ??= await browser().newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => logs.push(m.text()));
  await page.goto(l.url);
  const learner = new Learner(page.mainFrame());
  await learner.ready();
  return { page, learner };
}

/** The learner closes the tab (no Exit button); resolves once it is closed. */
const closeTab = (page: Page) => Promise.all([page.waitForEvent('close'), page.close({ runBeforeUnload: true })]);

/** The AU's statements of one session as the LRS holds them, once `done` says so. */
async function sessionStatements(l: Cmi5Launch, done = (s: any[]) => s.some((x) => verb(x) === 'terminated')): Promise<any[]> {
  const mine = (all: any[]) => all.filter((s) => sid(s) === l.sessionId && verb(s) !== 'launched');
  return mine(await waitForStatements(lrs, l.learner.registration, (all) => done(mine(all))));
}

/** Statements of `earlier` sessions the player sent with or after the first one of session `l`. */
function staleSentIn(l: Cmi5Launch, earlier: Cmi5Launch[]): any[] {
  const first = gw.statementRequests.findIndex((r) => bodyOf(r).some((s) => sid(s) === l.sessionId));
  expect(first, `session ${l.sessionId} sent nothing`).toBeGreaterThanOrEqual(0);
  const old = new Set(earlier.map((e) => e.sessionId));
  return gw.statementRequests.slice(first).flatMap(bodyOf).filter((s) => old.has(sid(s)));
}

/** The LMS's moveOn CompletedAndPassed: the registration holds the AU's completed and passed. */
async function satisfied(l: Cmi5Launch): Promise<boolean> {
  const all = await lrs.statements({ registration: l.learner.registration });
  const of = (v: string) => all.some((s) => verb(s) === v && s.object.id === l.activityId);
  return of('completed') && of('passed');
}

const refused = (l: Cmi5Launch) => gw.statementRequests.filter((r) => r.status === 403 && bodyOf(r).some((s) => s.context?.registration === l.learner.registration));

async function answerAll(learner: Learner, m: typeof m1): Promise<void> {
  await learner.nextUntil((w) => w === `quiz:${m.id}`);
  for (const q of m.quiz!.questions) await learner.answer(m.id, q.id, rightResponse(q));
}

const experiencedAll = (m: typeof m1) => m.pageIds.map(() => 'experienced');
const answeredAll = (m: typeof m1) => m.quiz!.questions.map(() => 'answered');

describe('cmi5: each session delivers its own statements', () => {
  it('a tab closed without Exit, then a relaunch in the same browser: the new session is delivered whole and passes', async () => {
    gw.mount(whole);
    logs = [];
    const s1 = await au({ returnURL: `${gw.origin}/lms/return` });
    const first = await open(s1);
    await answerAll(first.learner, m1);
    await sessionStatements(s1, (s) => s.filter((x) => verb(x) === 'answered').length === m1.quiz!.questions.length);
    await closeTab(first.page);
    const old = await sessionStatements(s1);
    expect(old.map(verb)).toEqual(['initialized', ...experiencedAll(m1), ...answeredAll(m1), 'terminated']);

    const s2 = await au({ again: s1, returnURL: `${gw.origin}/lms/return` });
    const { page, learner } = await open(s2);
    expect(await learner.where()).toBe(`quiz:${m1.id}`);
    await learner.next();
    await answerAll(learner, m2);
    expect((await learner.state()).status).toBe('passed');
    await page.locator('[data-action="exit"]').click();
    await page.waitForURL(`${gw.origin}/lms/return`, { timeout: 15_000 });
    const s = await sessionStatements(s2);
    expect(s.map(verb)).toEqual(['initialized', ...experiencedAll(m2), ...answeredAll(m2), 'completed', 'passed', 'terminated']);
    expect(cmi5SessionProblems(s, rules(s2))).toEqual([]);
    expect(commonProblems([...old, ...s], s1.learner.actor, s1.learner.registration)).toEqual([]);
    expect(staleSentIn(s2, [s1])).toEqual([]);
    expect(refused(s2)).toEqual([]);
    expect(await satisfied(s2)).toBe(true);
    expect(logs.some((t) => /earlier cmi5 session/.test(t)), 'the dropped statements are logged').toBe(true);
  });

  it('the LRS is down on the last pages and the tab is closed: the next session sends completed and passed itself', async () => {
    gw.mount(whole);
    const s1 = await au({ returnURL: `${gw.origin}/lms/return` });
    const first = await open(s1);
    await answerAll(first.learner, m1);
    await first.learner.nextUntil((w) => w === `page:${m2.pageIds.at(-1)}`);
    await sessionStatements(s1, (s) => s.filter((x) => verb(x) === 'experienced').length === m1.pageIds.length + m2.pageIds.length);
    gw.setFault({ kind: 'down' });
    await answerAll(first.learner, m2);
    expect((await first.learner.state()).status).toBe('passed');
    await closeTab(first.page);
    const flushed = () => gw.statementRequests.some((r) => r.fault === 'down' && bodyOf(r).some((x) => verb(x) === 'terminated' && sid(x) === s1.sessionId));
    await expect.poll(flushed, { message: 'the unload flush met the LRS down' }).toBe(true);
    gw.setFault({ kind: 'none' });

    const s2 = await au({ again: s1, returnURL: `${gw.origin}/lms/return` });
    const { page, learner } = await open(s2);
    expect((await learner.state()).status, 'the answers given offline are kept').toBe('passed');
    await page.locator('[data-action="exit"]').click();
    await page.waitForURL(`${gw.origin}/lms/return`, { timeout: 15_000 });
    const s = await sessionStatements(s2);
    expect(s.map(verb)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    expect(cmi5SessionProblems(s, rules(s2))).toEqual([]);
    expect(staleSentIn(s2, [s1])).toEqual([]);
    expect(refused(s2)).toEqual([]);
    expect(await satisfied(s2)).toBe(true);
    const all = await lrs.statements({ registration: s1.learner.registration });
    expect(all.filter((x) => verb(x) === 'passed'), 'passed once in the registration').toHaveLength(1);
  });

  it('no returnURL: no Exit button, the learner can only close the tab, and every session is delivered', async () => {
    gw.mount(whole);
    const s1 = await au();
    const first = await open(s1);
    expect(await first.page.locator('[data-action="exit"]').count()).toBe(0);
    await first.learner.next();
    await first.learner.next();
    await sessionStatements(s1, (s) => s.length === 4);
    await closeTab(first.page);
    await sessionStatements(s1);

    const s2 = await au({ again: s1 });
    const { page, learner } = await open(s2);
    expect(await learner.where()).toBe(`page:${m1.pageIds[2]}`);
    await answerAll(learner, m1);
    await learner.next();
    await answerAll(learner, m2);
    expect((await learner.state()).status).toBe('passed');
    await closeTab(page);
    const s = await sessionStatements(s2);
    const rest = m1.pageIds.slice(2).map(() => 'experienced');
    expect(s.map(verb)).toEqual(['initialized', ...rest, ...answeredAll(m1), ...experiencedAll(m2), ...answeredAll(m2), 'completed', 'passed', 'terminated']);
    expect(cmi5SessionProblems(s, rules(s2))).toEqual([]);
    expect(staleSentIn(s2, [s1])).toEqual([]);
    expect(refused(s2)).toEqual([]);
    expect(await satisfied(s2)).toBe(true);
  });

  it("a 403 on the current session's own statements still stops the retries and tells the learner", async () => {
    gw.mount(whole);
    const s1 = await au();
    const { page, learner } = await open(s1);
    await sessionStatements(s1, (s) => s.length === 2);
    gw.setFault({ kind: 'status', status: 403 });
    await learner.next();
    await expect.poll(() => page.locator('[data-save-status]').getAttribute('data-save-status')).toBe('denied');
    const tries = gw.statementRequests.length;
    gw.setFault({ kind: 'none' });
    await learner.next();
    await page.waitForTimeout(2000);
    expect(gw.statementRequests.length, 'no retry after 403').toBe(tries);
  });

  it('split package: from one module AU to the next and back in one browser, each session delivered and each AU satisfied', async () => {
    gw.mount(split);
    const a1 = await au({ publisherId: `${IRI}/au/${m1.id}`, auQuery: `module=${m1.id}` });
    const first = await open(a1);
    await answerAll(first.learner, m1);
    await closeTab(first.page);
    await sessionStatements(a1);

    const a2 = await au({ publisherId: `${IRI}/au/${m2.id}`, auQuery: `module=${m2.id}`, learner: a1.learner });
    const second = await open(a2);
    expect(await second.learner.where()).toBe(`page:${m2.pageIds[0]}`);
    await answerAll(second.learner, m2);
    await closeTab(second.page);
    const s = await sessionStatements(a2);
    expect(s.map(verb)).toEqual(['initialized', ...experiencedAll(m2), ...answeredAll(m2), 'completed', 'passed', 'terminated']);
    expect(cmi5SessionProblems(s, rules(a2))).toEqual([]);
    expect(staleSentIn(a2, [a1])).toEqual([]);

    const a3 = await au({ publisherId: `${IRI}/au/${m1.id}`, auQuery: `module=${m1.id}`, again: a1 });
    const third = await open(a3);
    expect(await third.learner.where()).toBe(`quiz:${m1.id}`);
    await closeTab(third.page);
    expect((await sessionStatements(a3)).map(verb)).toEqual(['initialized', 'terminated']);
    expect(staleSentIn(a3, [a1, a2])).toEqual([]);
    for (const l of [a1, a2, a3]) expect(refused(l)).toEqual([]);
    expect(await satisfied(a1)).toBe(true);
    expect(await satisfied(a2)).toBe(true);
  });
});
