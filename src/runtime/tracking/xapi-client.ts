/**
 * The few xAPI 1.0.3 calls the player makes (FACTS §3.7), over `fetch`:
 * statements (POST, GET by id), State resource (GET, PUT), Agent Profile (GET) and the cmi5 token (POST).
 * Every answer is classified so callers know whether to retry.
 */

export type Outcome =
  /** Stored or read (a missing document is `ok` with `body` null). */
  | { kind: 'ok'; body: unknown }
  /** Offline, timeout, 5xx or 429: the same request may succeed later. */
  | { kind: 'retry'; status: number }
  /** 401 or 403: the credentials are refused; retrying does not help. */
  | { kind: 'denied'; status: number }
  /** Any other 4xx: this request will never be accepted as it is. */
  | { kind: 'rejected'; status: number; text: string };

export interface ClientOptions {
  /** LRS base URL, ending with `/`. */
  endpoint: string;
  /** `Authorization` header value, or a function giving it (cmi5 fetches it once). */
  auth: () => Promise<string>;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export type Agent = Record<string, unknown>;

export interface DocumentKey {
  activityId: string;
  agent: Agent;
  registration?: string;
  stateId: string;
}

export const XAPI_VERSION = '1.0.3';

/** Makes sure the endpoint ends with `/` so resource names can be appended. */
export const withSlash = (endpoint: string) => (endpoint.endsWith('/') ? endpoint : `${endpoint}/`);

function classify(status: number, text: string): Outcome {
  if (status === 401 || status === 403) return { kind: 'denied', status };
  if (status >= 500 || status === 429 || status === 408) return { kind: 'retry', status };
  return { kind: 'rejected', status, text: text.slice(0, 300) };
}

function parse(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export class XapiClient {
  private readonly endpoint: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly opts: ClientOptions) {
    this.endpoint = withSlash(opts.endpoint);
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.fetchImpl = opts.fetchImpl ?? ((...a) => fetch(...a));
  }

  /** One HTTP exchange with timeout; `keepalive` lets it outlive the page (for the last statements). */
  async request(method: string, path: string, body?: string, keepalive = false, timeoutMs = this.timeoutMs): Promise<Outcome> {
    let auth: string;
    try {
      auth = await this.opts.auth();
    } catch (e) {
      return (e as { denied?: boolean }).denied ? { kind: 'denied', status: 0 } : { kind: 'retry', status: 0 };
    }
    const ctrl = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = ctrl && !keepalive ? setTimeout(() => ctrl.abort(), timeoutMs) : null;
    try {
      const headers: Record<string, string> = { 'X-Experience-API-Version': XAPI_VERSION, Authorization: auth };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await this.fetchImpl(this.endpoint + path, {
        method,
        headers,
        body,
        keepalive,
        cache: 'no-store',
        credentials: 'omit',
        signal: ctrl?.signal,
      });
      const text = await res.text();
      if (res.ok) return { kind: 'ok', body: parse(text) };
      if (res.status === 404 && method === 'GET') return { kind: 'ok', body: null };
      return classify(res.status, text);
    } catch {
      return { kind: 'retry', status: 0 };
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  postStatements(statements: unknown[], keepalive = false): Promise<Outcome> {
    return this.request('POST', 'statements', JSON.stringify(statements), keepalive);
  }

  /** One statement by id: `ok` with the statement, or with `null` when the LRS does not hold it. */
  getStatement(id: string, timeoutMs?: number): Promise<Outcome> {
    return this.request('GET', `statements?${new URLSearchParams({ statementId: id }).toString()}`, undefined, false, timeoutMs);
  }

  private docQuery(k: DocumentKey): string {
    const q = new URLSearchParams({ activityId: k.activityId, agent: JSON.stringify(k.agent) });
    if (k.registration) q.set('registration', k.registration);
    q.set('stateId', k.stateId);
    return `activities/state?${q.toString()}`;
  }

  getState(k: DocumentKey, timeoutMs?: number): Promise<Outcome> {
    return this.request('GET', this.docQuery(k), undefined, false, timeoutMs);
  }

  putState(k: DocumentKey, doc: unknown, keepalive = false): Promise<Outcome> {
    return this.request('PUT', this.docQuery(k), JSON.stringify(doc), keepalive);
  }

  getAgentProfile(agent: Agent, profileId: string, timeoutMs?: number): Promise<Outcome> {
    const q = new URLSearchParams({ agent: JSON.stringify(agent), profileId });
    return this.request('GET', `agents/profile?${q.toString()}`, undefined, false, timeoutMs);
  }
}
