/**
 * A real LRS for browser tests: Learning Locker's statements service (npm `xapi-statements`),
 * fully in memory, in a child process. It would listen on every interface, so a preload
 * forces 127.0.0.1 on `net.Server#listen` and reports the port it got.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { makeTempDir } from './zip.ts';

export interface Lrs {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every statement stored (filtered by registration when given), oldest `stored` first. */
  statements(query?: Record<string, string>): Promise<any[]>;
  stop(): Promise<void>;
}

/** Runs before the service: every listen goes to 127.0.0.1, and the port is printed once known. */
const preload = `
import net from 'node:net';
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const done = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  const first = args[0];
  const port = typeof first === 'object' && first !== null ? first.port : Number(first ?? 0);
  this.once('listening', () => process.stdout.write('connectoo-lrs-port ' + this.address().port + '\\n'));
  return listen.call(this, { port, host: '127.0.0.1' }, done);
};
`;

export const lrsAuth = `Basic ${Buffer.from('connectoo-test:connectoo-test').toString('base64')}`;
export const xapiHeaders = { 'X-Experience-API-Version': '1.0.3', Authorization: lrsAuth };

export async function startLrs(): Promise<Lrs> {
  const require = createRequire(import.meta.url);
  const main = path.join(path.dirname(require.resolve('xapi-statements/package.json')), 'dist/index.js');
  const dir = await makeTempDir('connectoo-lrs-');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', `data:text/javascript;base64,${Buffer.from(preload).toString('base64')}`, main],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        AUTH_REPO: 'test',
        EVENTS_REPO: 'test',
        MODELS_REPO: 'memory',
        STORAGE_REPO: 'local',
        EXPRESS_PORT: '0',
        FS_LOCAL_STORAGE_DIR: path.join(dir, 'storage'),
        EXPRESS_MORGAN_DIRECTORY: path.join(dir, 'access-logs'),
        WINSTON_CONSOLE_LEVEL: 'error',
        NODE_NO_WARNINGS: '1',
      },
    },
  );
  let log = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the LRS did not start within 60 s:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /connectoo-lrs-port (\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the LRS exited with ${code}:\n${log}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;

  async function statements(query: Record<string, string> = {}): Promise<any[]> {
    const out: any[] = [];
    let next: string | null = `/xAPI/statements?${new URLSearchParams({ ascending: 'true', limit: '500', ...query })}`;
    while (next) {
      const res = await fetch(origin + next, { headers: xapiHeaders });
      if (!res.ok) throw new Error(`GET ${next}: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { statements: any[]; more?: string };
      out.push(...body.statements);
      next = body.more ? body.more : null;
    }
    return out;
  }

  return {
    origin,
    statements,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
