/**
 * cmi5 launch (FACTS §5.2–5.3): the auth token fetched once from `fetch`, `LMS.LaunchData`
 * read from the State resource, the learner preferences read, then tracking as in xAPI with the
 * LMS's context template, the cmi5 categories and the launch activity id.
 */
import { fromScaled, toScaled } from '../../contract/score-rules.ts';
import type { PlayerData } from '../../contract/player-data.ts';
import { activity, ActivityType } from '../../contract/activities.ts';
import { CMI5, type Context } from './statement-builder.ts';
import { XapiClient, withSlash, type Agent } from './xapi-client.ts';
import { isUuid, parseJson } from './xapi-launch.ts';
import { PROGRESS_STATE_ID, type XapiSession } from './xapi.ts';

export interface Cmi5Launch {
  endpoint: string;
  fetchUrl: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

export interface LaunchData {
  contextTemplate: Context;
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn: string;
  masteryScore?: number;
  returnURL?: string;
}

/** The five launch parameters, or null when the package was not launched by a cmi5 LMS. */
export function readCmi5Launch(search: string): Cmi5Launch | null {
  const p = new URLSearchParams(search);
  const endpoint = p.get('endpoint');
  const fetchUrl = p.get('fetch');
  const actor = parseJson(p.get('actor'));
  const registration = p.get('registration');
  const activityId = p.get('activityId');
  if (!endpoint || !fetchUrl || !actor || typeof actor !== 'object' || !isUuid(registration) || !activityId) return null;
  return { endpoint, fetchUrl, actor: actor as Agent, registration, activityId };
}

export class Cmi5Error extends Error {
  constructor(
    message: string,
    readonly denied: boolean,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** POSTs to `fetch` once per session; a reload of the same launch reuses the token. */
async function authToken(launch: Cmi5Launch, session: Storage | null): Promise<string> {
  const key = `connectoo:cmi5-token:${launch.fetchUrl}`;
  const kept = session?.getItem(key);
  if (kept) return kept;
  let body: Record<string, unknown> | null = null;
  for (let attempt = 0; attempt < 3 && !body; attempt++) {
    if (attempt) await sleep(1000 * attempt);
    try {
      const res = await fetch(launch.fetchUrl, { method: 'POST', cache: 'no-store', credentials: 'omit' });
      if (res.status >= 500) continue;
      body = (await res.json()) as Record<string, unknown>;
    } catch {
      // Network: tried again below; the LMS has not seen the request.
    }
  }
  if (!body) throw new Cmi5Error('the LMS token service did not answer', false);
  const token = body['auth-token'];
  if (typeof token !== 'string' || !token) throw new Cmi5Error(`the LMS refused the token: ${String(body['error-text'] ?? body['error-code'])}`, true);
  try {
    session?.setItem(key, token);
  } catch {
    // Without session storage a reload cannot resume this launch; nothing else changes.
  }
  return token;
}

function readLaunchData(v: unknown): LaunchData | null {
  if (!v || typeof v !== 'object') return null;
  const d = v as Record<string, unknown>;
  const mode = d.launchMode;
  if (!d.contextTemplate || typeof d.contextTemplate !== 'object') return null;
  if (mode !== 'Normal' && mode !== 'Browse' && mode !== 'Review') return null;
  const mastery = typeof d.masteryScore === 'number' && d.masteryScore >= 0 && d.masteryScore <= 1 ? d.masteryScore : undefined;
  return {
    contextTemplate: d.contextTemplate as Context,
    launchMode: mode,
    moveOn: typeof d.moveOn === 'string' ? d.moveOn : 'NotApplicable',
    masteryScore: mastery,
    returnURL: typeof d.returnURL === 'string' && /^(https?:\/\/|\/)/i.test(d.returnURL) ? d.returnURL : undefined,
  };
}

interface SessionMarks {
  initialized?: boolean;
  terminated?: boolean;
}

/** Connects a cmi5 launch: everything the tracker needs, or a Cmi5Error. */
export function cmi5Session(data: PlayerData, launch: Cmi5Launch, win: Window): () => Promise<XapiSession> {
  return async () => {
    let session: Storage | null = null;
    try {
      session = win.sessionStorage;
    } catch {
      session = null;
    }
    const token = await authToken(launch, session);
    const client = new XapiClient({ endpoint: launch.endpoint, auth: () => Promise.resolve(`Basic ${token}`) });
    const key = { activityId: launch.activityId, agent: launch.actor, registration: launch.registration };
    let ld: LaunchData | null = null;
    for (let attempt = 0; attempt < 4 && !ld; attempt++) {
      if (attempt) await sleep(1000 * attempt);
      const r = await client.getState({ ...key, stateId: 'LMS.LaunchData' }, 8000);
      if (r.kind === 'denied') throw new Cmi5Error('the LRS refused the token', true);
      if (r.kind === 'ok') ld = readLaunchData(r.body);
      if (r.kind === 'ok' && !ld) throw new Cmi5Error('LMS.LaunchData is missing or invalid', false);
    }
    if (!ld) throw new Cmi5Error('LMS.LaunchData could not be read', false);
    // Required by cmi5 §11; the package is written in one language, so the answer changes nothing.
    await client.getAgentProfile(launch.actor, 'cmi5LearnerPreferences', 5000);

    const sessionId = String(ld.contextTemplate.extensions?.[CMI5.sessionId] ?? launch.registration);
    const marksKey = `connectoo:cmi5-session:${sessionId}`;
    const marks = (parseJson(session?.getItem(marksKey) ?? null) ?? {}) as SessionMarks;
    const mark = (m: SessionMarks) => {
      try {
        session?.setItem(marksKey, JSON.stringify({ ...marks, ...m }));
        Object.assign(marks, m);
      } catch {
        // A reload will then start the session over.
      }
    };
    const skipInitialized = !!marks.initialized;
    mark({ initialized: true });
    const courseMastery = toScaled(data.masteryScore);
    return {
      client,
      scope: {
        actor: launch.actor,
        registration: launch.registration,
        lang: data.lang,
        iri: data.iri,
        course: activity(data.iri, ActivityType.course, data.lang, data.title),
        cmi5: { activityId: launch.activityId, template: ld.contextTemplate, masteryScore: ld.masteryScore ?? courseMastery },
      },
      stateKey: { ...key, stateId: PROGRESS_STATE_ID },
      queueKey: `connectoo:xapi-queue:${withSlash(launch.endpoint)}|${launch.registration}`,
      sessionId,
      mode: ld.launchMode === 'Normal' ? 'normal' : ld.launchMode === 'Browse' ? 'browse' : 'review',
      masteryScore: ld.masteryScore === undefined ? undefined : fromScaled(ld.masteryScore),
      skipInitialized,
      ended: !!marks.terminated,
      returnURL: ld.returnURL,
      onTerminated: () => mark({ terminated: true }),
    };
  };
}
