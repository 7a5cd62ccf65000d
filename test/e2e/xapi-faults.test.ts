/**
 * The xAPI player never loses a statement: the LRS is down at launch, goes down mid-module and
 * comes back, answers 500, answers slower than the player waits, the page is reloaded or the tab
 * closed with statements still queued (the next launch sends them: TinCan has no sessions). Afterwards the LRS holds every statement exactly once, in order.
 * A 401 stops the retries and tells the learner; the statements wait for the next launch.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../helpers/browser.ts';
import { buildFixture, errorsOf } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { Learner } from '../helpers/player.ts';
import { commonProblems, validationProblems, verb } from '../helpers/lrs-checks.ts';
import { startGateway, type Gateway } from '../helpers/lrs-gateway.ts';
import { newLearner, tinCanUrl, waitForStatements, type Learner as LrsLearner } from '../helpers/lrs-launch.ts';
import { startLrs, type Lrs } from '../helpers/lrs.ts';
import { rightResponse } from '../helpers/scorm-oracle.ts';
import { unzipTo } from '../helpers/zip.ts';

const course = readFixtureCourse('e2e-all-types', 'fr');
const m1 = course.modules[0]!;
const qService = m1.quiz!.questions.find((q) => q.id === 'q-service')!;

const browser = useBrowser();
let lrs: Lrs;
let gw: Gateway;
let iri: string;
let context: BrowserContext | undefined;

beforeAll(async () => {
  const [built, started] = await Promise.all([buildFixture('e2e-all-types', { formats: ['xapi'], langs: ['fr'] }), startLrs()]);
  lrs = started;
  expect(errorsOf(built.result)).toEqual([]);
  gw = await startGateway(lrs);
  gw.mount(await unzipTo(built.result.outputs[0]!.file));
  iri = JSON.parse(/id="connectoo-data"[^>]*>([\s\S]*?)<\/script>/.exec(await (await fetch(`${gw.origin}/pkg/index.html`)).text())![1]!).iri;
});
beforeEach(() => gw.setFault({ kind: 'none' }));
afterAll(async () => {
  await context?.close();
  await gw?.close();
  await lrs?.stop();
});

/** A fresh browser profile (its own local storage) and a launched learner. */
async function launch(l: LrsLearner): Promise<{ page: Page; learner: Learner }> {
  await context?.close();
  context = await browser().newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(tinCanUrl(gw, l));
  const learner = new Learner(page.mainFrame());
  await learner.ready();
  return { page, learner };
}

const saveStatus = (page: Page) => page.locator('[data-save-status]').getAttribute('data-save-status');
const queued = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('connectoo:xapi-queue:')).reduce((n, k) => n + JSON.parse(localStorage.getItem(k)!).length, 0));
const short = (s: any) => `${verb(s)} ${String(s.object.id).slice(iri.length) || '/'}`;
const page = (id: string) => `experienced /${id}`;

/** The LRS holds each statement once, stored in the order the player made them, as expected. */
async function expectDelivered(l: LrsLearner, expected: string[], ms = 40_000): Promise<any[]> {
  const stored = await waitForStatements(lrs, l.registration, (s) => s.length >= expected.length, ms);
  await new Promise((r) => setTimeout(r, 1500));
  const settled = await lrs.statements({ registration: l.registration });
  expect(settled.map(short)).toEqual(expected);
  expect(settled.map((s) => s.timestamp)).toEqual(settled.map((s) => s.timestamp).sort());
  expect(commonProblems(settled, l.actor, l.registration)).toEqual([]);
  const sent = gw.sentStatements().filter((s) => s.context?.registration === l.registration);
  expect(new Set(sent.map((s) => s.id))).toEqual(new Set(settled.map((s) => s.id)));
  expect(validationProblems(sent)).toEqual([]);
  return stored;
}

describe('xAPI statements survive LRS faults', () => {
  it('LRS down at launch: the course opens, statements wait, and arrive once it is back', async () => {
    const l = newLearner();
    gw.setFault({ kind: 'down' });
    const { page: p, learner } = await launch(l);
    await learner.next();
    await expect.poll(() => saveStatus(p)).toBe('offline');
    expect(await p.locator('[data-save-status]').textContent()).toMatch(/Pas encore enregistré/);
    expect(await queued(p)).toBe(3);
    gw.setFault({ kind: 'none' });
    await expectDelivered(l, ['initialized /', page(m1.pageIds[0]!), page(m1.pageIds[1]!)]);
    await expect.poll(() => saveStatus(p), { timeout: 15_000 }).toBe('saved');
    expect(await queued(p)).toBe(0);
  });

  it('LRS down mid-module, then 500s, then back: nothing lost, nothing twice', async () => {
    const l = newLearner();
    const { page: p, learner } = await launch(l);
    await waitForStatements(lrs, l.registration, (s) => s.length === 2);
    gw.setFault({ kind: 'down' });
    await learner.next();
    await learner.next();
    gw.setFault({ kind: 'status', status: 500 });
    await learner.nextUntil((w) => w === `quiz:${m1.id}`);
    await learner.answer(m1.id, qService.id, rightResponse(qService));
    await expect.poll(() => saveStatus(p)).toBe('offline');
    const got500 = () => gw.statementRequests.filter((r) => r.status === 500 && JSON.stringify(r.body).includes(l.registration)).length;
    await expect.poll(got500, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    gw.setFault({ kind: 'none' });
    await expectDelivered(l, ['initialized /', ...m1.pageIds.map(page), `answered /${m1.id}/${qService.id}`]);
  });

  it('slower than the player waits: the resend is not stored twice', async () => {
    const l = newLearner();
    const { page: p, learner } = await launch(l);
    await waitForStatements(lrs, l.registration, (s) => s.length === 2);
    gw.setFault({ kind: 'slow', ms: 11_000 });
    await learner.next();
    await expect.poll(() => p.locator('[data-save-status]').textContent(), { timeout: 5_000 }).toMatch(/Enregistrement/);
    await expect.poll(() => saveStatus(p), { timeout: 15_000 }).toBe('offline');
    gw.setFault({ kind: 'none' });
    await expectDelivered(l, ['initialized /', page(m1.pageIds[0]!), page(m1.pageIds[1]!)]);
    const copies = gw.sentStatements().filter((s) => s.context?.registration === l.registration && verb(s) === 'experienced' && s.object.id.endsWith(m1.pageIds[1]!));
    expect(copies.length, 'the timed-out request was sent again').toBeGreaterThan(1);
  });

  it('a reload with statements still queued sends them once, in order', async () => {
    const l = newLearner();
    const { page: p, learner } = await launch(l);
    await waitForStatements(lrs, l.registration, (s) => s.length === 2);
    gw.setFault({ kind: 'down' });
    await learner.next();
    expect(await queued(p)).toBeGreaterThan(0);
    await p.reload();
    await learner.ready();
    expect(await learner.where()).toBe(`page:${m1.pageIds[1]}`);
    expect(await queued(p), 'queue kept across the reload').toBeGreaterThanOrEqual(3);
    gw.setFault({ kind: 'none' });
    await expectDelivered(l, ['initialized /', page(m1.pageIds[0]!), page(m1.pageIds[1]!), 'terminated /', 'initialized /', page(m1.pageIds[1]!)]);
  });

  it('a tab closed with statements queued: the next launch in the same browser delivers them, then its own', async () => {
    const l = newLearner();
    const { page: p, learner } = await launch(l);
    await waitForStatements(lrs, l.registration, (s) => s.length === 2);
    gw.setFault({ kind: 'down' });
    await learner.next();
    await Promise.all([p.waitForEvent('close'), p.close({ runBeforeUnload: true })]);
    const flushed = () => gw.statementRequests.some((r) => r.fault === 'down' && JSON.stringify(r.body).includes(l.registration) && JSON.stringify(r.body).includes('verbs/terminated'));
    await expect.poll(flushed, { message: 'the unload flush met the LRS down' }).toBe(true);
    gw.setFault({ kind: 'none' });
    const again = await context!.newPage();
    await again.goto(tinCanUrl(gw, l));
    await new Learner(again.mainFrame()).ready();
    await expectDelivered(l, ['initialized /', page(m1.pageIds[0]!), page(m1.pageIds[1]!), 'terminated /', 'initialized /', page(m1.pageIds[1]!)]);
  });

  it('401: stops retrying, tells the learner, and the next launch delivers what waited', async () => {
    const l = newLearner();
    const { page: p, learner } = await launch(l);
    await waitForStatements(lrs, l.registration, (s) => s.length === 2);
    gw.setFault({ kind: 'status', status: 401 });
    await learner.next();
    await expect.poll(() => saveStatus(p)).toBe('denied');
    expect(await p.locator('[data-save-status]').textContent()).toMatch(/refuse/);
    const tries = gw.statementRequests.length;
    await p.waitForTimeout(3000);
    expect(gw.statementRequests.length, 'no retry after 401').toBe(tries);
    gw.setFault({ kind: 'none' });
    await p.waitForTimeout(1500);
    expect(gw.statementRequests.length, 'still no retry once the LRS would accept').toBe(tries);
    await p.goto(tinCanUrl(gw, l));
    await learner.ready();
    await expectDelivered(l, ['initialized /', page(m1.pageIds[0]!), page(m1.pageIds[1]!), 'terminated /', 'initialized /', page(m1.pageIds[1]!)]);
  });
});
