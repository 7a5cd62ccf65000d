/**
 * cmi5 statements belong to the session that made them (FACTS §5.6, §7.6): the LMS refuses with
 * 403 any statement whose session id is not the current session's, and anything after a session's
 * `terminated`. So each cmi5 session queues its statements under its own key, and at launch the
 * statements left by this AU's earlier sessions (a closed tab, an LRS gone on the last pages) are
 * dropped, never sent: the LMS has already closed those sessions as abandoned. The learner's
 * progress is in the State document, so none of their work is lost; a `completed`, `passed` or
 * `failed` the LRS never got is judged again by the new session.
 */
import type { Statement } from './statement-queue.ts';
import type { XapiClient } from './xapi-client.ts';

/** Verbs the progress document marks as sent once per registration. */
const JUDGED = new Set(['completed', 'passed', 'failed']);

const sessionsOf = (base: string, activityId: string) => `${base}|au=${encodeURIComponent(activityId)}|session=`;

/** Local storage key of one session's queue; `base` is the registration's key. */
export function sessionQueueKey(base: string, activityId: string, sessionId: string): string {
  return sessionsOf(base, activityId) + encodeURIComponent(sessionId);
}

/**
 * Removes the queues of this AU's other sessions, and the registration-wide queue of earlier
 * versions of the player, from `storage`; returns the statements they held.
 */
export function takeOtherSessions(storage: Storage | null, base: string, activityId: string, own: string): Statement[] {
  if (!storage) return [];
  const prefix = sessionsOf(base, activityId);
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null && k !== own && (k === base || k.startsWith(prefix))) keys.push(k);
    }
  } catch {
    return [];
  }
  return keys.flatMap((k) => {
    let list: unknown = [];
    try {
      list = JSON.parse(storage.getItem(k) ?? '[]');
      storage.removeItem(k);
    } catch {
      // Unreadable: removed if possible, nothing to report.
    }
    return Array.isArray(list) ? list.filter((s): s is Statement => !!s && typeof (s as Statement).id === 'string') : [];
  });
}

const verbOf = (s: Statement) => String((s.verb as { id?: unknown } | undefined)?.id ?? '').split('/').pop()!;
const objectOf = (s: Statement) => (s.object as { id?: unknown } | undefined)?.id;

/**
 * The judged verbs among `dropped` (this AU's) that the LRS does not hold: their "sent" mark must go,
 * so the new session sends them. When the LRS cannot say, the verb counts as not held: a second
 * `passed` is a smaller fault than an AU the LMS never sees satisfied.
 */
export async function undeliveredVerbs(client: XapiClient, dropped: Statement[], activityId: string): Promise<string[]> {
  const judged = dropped.filter((s) => JUDGED.has(verbOf(s)) && objectOf(s) === activityId);
  const held = await Promise.all(judged.map((s) => client.getStatement(s.id, 5000)));
  return judged.filter((_, i) => !(held[i]!.kind === 'ok' && held[i]!.body)).map(verbOf);
}
