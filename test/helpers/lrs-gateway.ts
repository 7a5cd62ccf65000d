/**
 * One origin on 127.0.0.1 in front of everything a launched package talks to:
 *   /pkg/...                        the unpacked package (static files)
 *   /xAPI/activities/state, /xAPI/agents/profile   the document store (state-endpoint.ts)
 *   /xAPI/...                       forwarded to the LRS (lrs.ts)
 *   anything added with `route()`   (the cmi5 LMS's token service)
 * Faults can be switched on for /xAPI/: down (connection dropped), an HTTP status, or a delay.
 * While a cmi5 session is current, statements are refused as the reference LMS refuses them
 * (FACTS §7.6): a request holding any statement of another session gets 403 as a whole.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Lrs } from './lrs.ts';
import { createDocumentStore, type DocumentStore } from './state-endpoint.ts';

export type Fault = { kind: 'none' } | { kind: 'down' } | { kind: 'status'; status: number } | { kind: 'slow'; ms: number };

export interface SentRequest {
  method: string;
  path: string;
  /** Parsed JSON body (statements requests). */
  body: unknown;
  /** What the gateway did with it. */
  fault: Fault['kind'];
  status: number;
}

export interface Gateway {
  origin: string;
  docs: DocumentStore;
  /** Requests to /xAPI/statements, in arrival order, with their bodies. */
  statementRequests: SentRequest[];
  /** Every statement the player sent (each copy of a resend included), in arrival order. */
  sentStatements(): any[];
  setFault(f: Fault): void;
  /** The cmi5 LMS's current session (null: no cmi5 rule). */
  setCmi5Session(sessionId: string | null): void;
  mount(dir: string): void;
  route(p: string, handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/** Ids of the statements in a request body that are not of session `current`. */
function otherSessions(body: string, current: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const list = (Array.isArray(parsed) ? parsed : [parsed]) as any[];
  return list.filter((s) => s?.context?.extensions?.[SESSION_ID] !== current).map((s) => String(s?.id));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startGateway(lrs: Lrs): Promise<Gateway> {
  const docs = createDocumentStore();
  const routes = new Map<string, (req: IncomingMessage, body: string, res: ServerResponse) => void>();
  const statementRequests: SentRequest[] = [];
  let fault: Fault = { kind: 'none' };
  let cmi5Session: string | null = null;
  let pkgDir = '';

  async function forward(req: IncomingMessage, body: string, res: ServerResponse, url: URL): Promise<number> {
    const headers: Record<string, string> = {};
    for (const h of ['authorization', 'content-type', 'x-experience-api-version']) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    const r = await fetch(lrs.origin + url.pathname + url.search, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
    });
    const text = await r.text();
    if (fault.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, (fault as { ms: number }).ms));
    if (res.destroyed) return r.status;
    res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json', 'x-experience-api-version': '1.0.3' });
    res.end(text);
    return r.status;
  }

  async function serveStatic(res: ServerResponse, url: URL): Promise<void> {
    const rel = decodeURIComponent(url.pathname.slice('/pkg/'.length)) || 'index.html';
    const file = path.resolve(pkgDir, rel);
    if (!pkgDir || !file.startsWith(pkgDir + path.sep)) return void res.writeHead(404).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    try {
      const custom = routes.get(url.pathname);
      if (custom) return custom(req, body, res);
      if (url.pathname.startsWith('/pkg/')) return await serveStatic(res, url);
      if (!url.pathname.startsWith('/xAPI/')) return void res.writeHead(404).end();
      const isStatements = url.pathname === '/xAPI/statements' && req.method !== 'GET';
      const record = (status: number) => {
        if (!isStatements) return;
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = body;
        }
        statementRequests.push({ method: req.method ?? '', path: url.pathname + url.search, body: parsed, fault: fault.kind, status });
      };
      if (fault.kind === 'down') {
        record(0);
        return void req.socket.destroy();
      }
      if (fault.kind === 'status') {
        record(fault.status);
        res.writeHead(fault.status, { 'content-type': 'application/json' });
        return void res.end('{"message":"fault injected by the test"}');
      }
      if (docs.handle(req, body, res)) return;
      const strangers = isStatements && cmi5Session ? otherSessions(body, cmi5Session) : [];
      if (strangers.length) {
        record(403);
        res.writeHead(403, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' });
        return void res.end(JSON.stringify({ message: `statements ${strangers.join(', ')} are not of the current session ${cmi5Session}` }));
      }
      record(await forward(req, body, res, url));
    } catch (e) {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    docs,
    statementRequests,
    sentStatements: () => statementRequests.flatMap((r) => (Array.isArray(r.body) ? r.body : r.body ? [r.body] : [])),
    setFault: (f) => void (fault = f),
    setCmi5Session: (id) => void (cmi5Session = id),
    mount: (dir) => void (pkgDir = path.resolve(dir)),
    route: (p, handler) => void routes.set(p, handler),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
