/**
 * The xAPI document resources the statements service lacks (FACTS §3.7): State
 * (`activities/state`) and Agent Profile (`agents/profile`), kept in memory. Requests without
 * `X-Experience-API-Version` or `Authorization` are refused, as an LRS would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface DocumentStore {
  /** Answers a request under `/xAPI/activities/state` or `/xAPI/agents/profile`; false for other paths. */
  handle(req: IncomingMessage, body: string, res: ServerResponse): boolean;
  /** Reads a document as the player would see it (null when there is none). */
  get(kind: 'state' | 'profile', key: Record<string, string | object | undefined>): unknown;
  set(kind: 'state' | 'profile', key: Record<string, string | object | undefined>, doc: unknown): void;
  /** Every request answered, in order. */
  log: { method: string; path: string; status: number }[];
}

/** An agent is identified by its one inverse functional identifier. */
export function agentKey(agent: unknown): string | null {
  if (!agent || typeof agent !== 'object') return null;
  const a = agent as Record<string, any>;
  if (a.mbox) return `mbox:${a.mbox}`;
  if (a.mbox_sha1sum) return `sha1:${a.mbox_sha1sum}`;
  if (a.openid) return `openid:${a.openid}`;
  if (a.account?.homePage && a.account?.name) return `account:${a.account.homePage}|${a.account.name}`;
  return null;
}

function keyOf(kind: 'state' | 'profile', q: Record<string, string | object | undefined>): string | null {
  const agent = agentKey(typeof q.agent === 'string' ? JSON.parse(q.agent) : q.agent);
  if (!agent) return null;
  if (kind === 'profile') return q.profileId ? `profile|${agent}|${q.profileId}` : null;
  if (!q.activityId || !q.stateId) return null;
  return `state|${q.activityId}|${agent}|${q.registration ?? ''}|${q.stateId}`;
}

export function createDocumentStore(): DocumentStore {
  const docs = new Map<string, string>();
  const log: DocumentStore['log'] = [];

  function handle(req: IncomingMessage, body: string, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const kind = url.pathname === '/xAPI/activities/state' ? 'state' : url.pathname === '/xAPI/agents/profile' ? 'profile' : null;
    if (!kind) return false;
    const send = (status: number, text = '', type = 'application/json') => {
      log.push({ method: req.method ?? '', path: url.pathname + url.search, status });
      res.writeHead(status, { 'content-type': type, 'x-experience-api-version': '1.0.3', 'cache-control': 'no-store' });
      res.end(text);
    };
    if (req.headers['x-experience-api-version'] !== '1.0.3') return send(400, '{"message":"X-Experience-API-Version 1.0.3 required"}'), true;
    if (!req.headers.authorization) return send(401, '{"message":"Authorization required"}'), true;
    let key: string | null;
    try {
      key = keyOf(kind, Object.fromEntries(url.searchParams));
    } catch {
      key = null;
    }
    if (!key) return send(400, '{"message":"missing or invalid parameters"}'), true;
    switch (req.method) {
      case 'GET': {
        const doc = docs.get(key);
        return doc === undefined ? send(404, '{"message":"no such document"}') : send(200, doc), true;
      }
      case 'PUT':
        docs.set(key, body);
        return send(204), true;
      case 'POST': {
        let merged = body;
        const old = docs.get(key);
        if (old !== undefined) {
          try {
            merged = JSON.stringify({ ...JSON.parse(old), ...JSON.parse(body) });
          } catch {
            return send(400, '{"message":"POST merges JSON documents only"}'), true;
          }
        }
        docs.set(key, merged);
        return send(204), true;
      }
      case 'DELETE':
        docs.delete(key);
        return send(204), true;
      default:
        return send(405), true;
    }
  }

  const stringKey = (q: Record<string, string | object | undefined>) =>
    Object.fromEntries(Object.entries(q).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : v]));

  return {
    handle,
    log,
    get(kind, q) {
      const k = keyOf(kind, stringKey(q));
      const doc = k ? docs.get(k) : undefined;
      return doc === undefined ? null : JSON.parse(doc);
    },
    set(kind, q, doc) {
      const k = keyOf(kind, stringKey(q));
      if (!k) throw new Error(`bad document key ${JSON.stringify(q)}`);
      docs.set(k, JSON.stringify(doc));
    },
  };
}
