/**
 * Launching packages the way platforms do: TinCan query parameters (FACTS §4.3), or a cmi5 LMS
 * (FACTS §5.2–5.3) that writes LMS.LaunchData, sends `launched`, and hands out a one-time token.
 */
import { randomUUID } from 'node:crypto';
import type { Gateway } from './lrs-gateway.ts';
import { lrsAuth, xapiHeaders, type Lrs } from './lrs.ts';

export interface Learner {
  actor: Record<string, unknown>;
  registration: string;
}

export const newLearner = (name = 'Amina Diallo'): Learner => ({
  actor: { objectType: 'Agent', name, mbox: `mailto:${randomUUID().slice(0, 8)}@learners.example.org` },
  registration: randomUUID(),
});

export function tinCanUrl(gw: Gateway, l: Learner, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({
    endpoint: `${gw.origin}/xAPI/`,
    auth: lrsAuth,
    actor: JSON.stringify(l.actor),
    registration: l.registration,
    ...extra,
  });
  return `${gw.origin}/pkg/index.html?${q}`;
}

/** Polls the LRS until `done(statements of the registration)` holds (or fails after `ms`). */
export async function waitForStatements(lrs: Lrs, registration: string, done: (s: any[]) => boolean, ms = 20_000): Promise<any[]> {
  const end = Date.now() + ms;
  let last: any[] = [];
  while (Date.now() < end) {
    last = await lrs.statements({ registration });
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the LRS did not get the expected statements in ${ms} ms; it holds: ${last.map((s) => s.verb.id.split('/').pop()).join(', ')}`);
}

export const verbOf = (s: any): string => String(s.verb.id).split('/').pop()!;

export interface Cmi5Launch {
  url: string;
  learner: Learner & { actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } } };
  activityId: string;
  publisherId: string;
  sessionId: string;
  launchData: Record<string, unknown>;
  /** POSTs and other requests to the token service of this launch. */
  fetchCalls: string[];
}

export interface Cmi5LaunchOptions {
  publisherId: string;
  mode?: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
  /** Query already in the AU's url in cmi5.xml (e.g. `module=m1`). */
  auQuery?: string;
  /** Same registration and learner as an earlier launch (a new session). */
  again?: Cmi5Launch;
  /** Same registration and learner, another AU (a split package). */
  learner?: Cmi5Launch['learner'];
}

/**
 * The LMS side of one cmi5 session: token service, LaunchData, `launched`, and the launch URL.
 * The new session becomes the current one: the gateway refuses statements of any other.
 */
export async function cmi5Launch(gw: Gateway, lrs: Lrs, o: Cmi5LaunchOptions): Promise<Cmi5Launch> {
  const learner =
    o.again?.learner ??
    o.learner ??
    ({
      actor: { objectType: 'Agent', name: 'Jan Peeters', account: { homePage: 'https://lms.example.org', name: randomUUID() } },
      registration: randomUUID(),
    } as Cmi5Launch['learner']);
  const activityId = o.again?.activityId ?? `https://lms.example.org/activities/${randomUUID()}`;
  const sessionId = randomUUID();
  const launchId = randomUUID();
  const fetchCalls: string[] = [];
  let used = false;
  gw.route(`/lms/fetch/${launchId}`, (req, _body, res) => {
    fetchCalls.push(req.method ?? '');
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.method !== 'POST') return res.end(JSON.stringify({ 'error-code': '3', 'error-text': 'POST only' }));
    if (used) return res.end(JSON.stringify({ 'error-code': '1', 'error-text': 'token already fetched' }));
    used = true;
    res.end(JSON.stringify({ 'auth-token': lrsAuth.slice('Basic '.length) }));
  });
  const contextTemplate = {
    contextActivities: { grouping: [{ objectType: 'Activity', id: o.publisherId }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
  };
  const launchData: Record<string, unknown> = {
    contextTemplate,
    launchMode: o.mode ?? 'Normal',
    moveOn: o.moveOn ?? 'CompletedAndPassed',
    ...(o.masteryScore !== undefined ? { masteryScore: o.masteryScore } : {}),
    ...(o.returnURL ? { returnURL: o.returnURL } : {}),
  };
  gw.docs.set('state', { activityId, agent: learner.actor, registration: learner.registration, stateId: 'LMS.LaunchData' }, launchData);
  const launched = {
    id: randomUUID(),
    actor: learner.actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
    object: { objectType: 'Activity', id: activityId },
    context: {
      ...contextTemplate,
      registration: learner.registration,
      contextActivities: { ...contextTemplate.contextActivities, category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] },
      extensions: {
        ...contextTemplate.extensions,
        'https://w3id.org/xapi/cmi5/context/extensions/launchmode': o.mode ?? 'Normal',
        'https://w3id.org/xapi/cmi5/context/extensions/moveon': o.moveOn ?? 'CompletedAndPassed',
        'https://w3id.org/xapi/cmi5/context/extensions/launchurl': `${gw.origin}/pkg/index.html`,
      },
    },
    timestamp: new Date().toISOString(),
  };
  const r = await fetch(`${lrs.origin}/xAPI/statements`, { method: 'POST', headers: { ...xapiHeaders, 'Content-Type': 'application/json' }, body: JSON.stringify(launched) });
  if (!r.ok) throw new Error(`launched statement refused: ${r.status} ${await r.text()}`);
  gw.setCmi5Session(sessionId);
  const q = new URLSearchParams({
    endpoint: `${gw.origin}/xAPI/`,
    fetch: `${gw.origin}/lms/fetch/${launchId}`,
    actor: JSON.stringify(learner.actor),
    registration: learner.registration,
    activityId,
  });
  const url = `${gw.origin}/pkg/index.html?${o.auQuery ? `${o.auQuery}&` : ''}${q}`;
  return { url, learner, activityId, publisherId: o.publisherId, sessionId, launchData, fetchCalls };
}
