/**
 * Minimal static HTTP server on 127.0.0.1 and a random port: serves unpacked packages,
 * library files and generated pages (such as the LMS host page) for browser tests.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  /** Absolute URL of a path on this server. */
  url(p: string): string;
  /** Serves `dir` under `/prefix/` (prefix without slashes). Replaces an earlier mount of the same prefix. */
  mount(prefix: string, dir: string): void;
  /** Serves fixed content at an exact path. */
  route(p: string, body: string | Buffer, contentType?: string): void;
  /** Paths requested so far, in order (with query strings). */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  const mounts = new Map<string, string>();
  const routes = new Map<string, { body: string | Buffer; type: string }>();
  const requests: string[] = [];

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const fixed = routes.get(url.pathname);
    if (fixed) return send(200, fixed.body, fixed.type);
    const pathname = decodeURIComponent(url.pathname);
    const [, prefix, ...rest] = pathname.split('/');
    const dir = prefix ? mounts.get(prefix) : undefined;
    if (!dir) return send(404, 'not found');
    const file = path.resolve(dir, rest.join('/') || 'index.html');
    if (file !== dir && !file.startsWith(dir + path.sep)) return send(403, 'forbidden');
    try {
      if (!(await stat(file)).isFile()) return send(404, 'not found');
      send(200, await readFile(file), types[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    url: (p) => origin + (p.startsWith('/') ? p : '/' + p),
    mount: (prefix, dir) => void mounts.set(prefix.replace(/^\/|\/$/g, ''), path.resolve(dir)),
    route: (p, body, type = types[path.extname(p)] ?? 'text/html; charset=utf-8') => void routes.set(p, { body, type }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
