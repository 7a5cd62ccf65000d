/**
 * TinCan launch parameters (FACTS §4.3): `endpoint`, `auth`, `actor`, `registration`,
 * `activity_id` and `grouping`. Nothing about the learner or the LRS is in the package.
 */
import type { PlayerData } from '../../contract/player-data.ts';
import { activity, ActivityType, type Activity } from '../../contract/activities.ts';
import { XapiClient, withSlash, type Agent } from './xapi-client.ts';
import { PROGRESS_STATE_ID, type XapiSession } from './xapi.ts';

export interface TinCanLaunch {
  endpoint: string;
  auth: string;
  actor: Agent;
  registration?: string;
  activityId?: string;
  grouping: Activity[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string | null | undefined): s is string => !!s && UUID.test(s);

const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

/**
 * An Agent with exactly one identifier, from the launch `actor` (1.0 shape, or the 0.9 shape
 * some platforms still send, with arrays and `accountServiceHomePage`/`accountName`).
 */
export function normalizeActor(raw: unknown): Agent | null {
  if (!raw || typeof raw !== 'object') return null;
  const a = raw as Record<string, unknown>;
  const out: Agent = { objectType: 'Agent' };
  const name = first(a.name);
  if (typeof name === 'string' && name) out.name = name;
  const mbox = first(a.mbox);
  const sha = first(a.mbox_sha1sum);
  const openid = first(a.openid);
  const account = first(a.account) as Record<string, unknown> | undefined;
  if (typeof mbox === 'string' && mbox) out.mbox = mbox.startsWith('mailto:') ? mbox : `mailto:${mbox}`;
  else if (typeof sha === 'string' && sha) out.mbox_sha1sum = sha;
  else if (typeof openid === 'string' && openid) out.openid = openid;
  else if (account && typeof account === 'object') {
    const homePage = account.homePage ?? account.accountServiceHomePage;
    const accountName = account.name ?? account.accountName;
    if (typeof homePage !== 'string' || typeof accountName !== 'string') return null;
    out.account = { homePage, name: accountName };
  } else return null;
  return out;
}

export function parseJson(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The launch, or null when the package was opened without one (then progress stays in the browser). */
export function readTinCanLaunch(search: string): TinCanLaunch | null {
  const p = new URLSearchParams(search);
  const endpoint = p.get('endpoint');
  const actor = normalizeActor(parseJson(p.get('actor')));
  if (!endpoint || !actor) return null;
  const registration = p.get('registration');
  const grouping = p.get('grouping');
  return {
    endpoint,
    auth: p.get('auth') ?? '',
    actor,
    registration: isUuid(registration) ? registration : undefined,
    activityId: p.get('activity_id') || undefined,
    grouping: grouping ? [{ objectType: 'Activity', id: grouping }] : [],
  };
}

/** Tracking settings of a TinCan launch: the course activity is `activity_id` when given. */
export function tinCanSession(data: PlayerData, launch: TinCanLaunch): () => Promise<XapiSession> {
  return () => {
    const courseId = launch.activityId ?? data.iri;
    return Promise.resolve({
      client: new XapiClient({ endpoint: launch.endpoint, auth: () => Promise.resolve(launch.auth) }),
      scope: {
        actor: launch.actor,
        registration: launch.registration,
        lang: data.lang,
        iri: data.iri,
        course: activity(courseId, ActivityType.course, data.lang, data.title),
        grouping: launch.grouping,
      },
      stateKey: { activityId: courseId, agent: launch.actor, registration: launch.registration, stateId: PROGRESS_STATE_ID },
      queueKey: `connectoo:xapi-queue:${withSlash(launch.endpoint)}`,
      mode: 'normal',
    });
  };
}
