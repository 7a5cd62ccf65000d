/**
 * Preview round trip: `connectoo preview` on a copy of a course; one page is edited and the time runs until
 * the server has told the page to reload (server-sent event) and serves the page with the edit.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { median } from './measure.ts';

export async function previewReload(cli: string, courseDir: string, runs: number): Promise<{ ms: number; note: string }> {
  const child = spawn(process.execPath, [cli, 'preview', courseDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((done, fail) => {
      let text = '';
      child.stdout!.on('data', (c: Buffer) => {
        text += c;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
        if (m) done(m[1]);
      });
      child.on('exit', (code) => fail(new Error(`preview exited ${code}`)));
    });
    const events: { reload: boolean; ok: boolean }[] = [];
    let notify = () => {};
    get(new URL('__events', url), (res) => {
      let buf = '';
      res.on('data', (c: Buffer) => {
        buf += c;
        for (let i; (i = buf.indexOf('\n\n')) >= 0; buf = buf.slice(i + 2)) {
          const data = /^data: (.*)$/m.exec(buf.slice(0, i));
          if (data) events.push(JSON.parse(data[1]));
          notify();
        }
      });
    });
    const nextEvent = () => new Promise<{ reload: boolean; ok: boolean }>((done) => {
      const seen = events.length;
      notify = () => events.length > seen && done(events[events.length - 1]);
    });
    await nextEvent();
    const moduleDir = join(courseDir, 'modules', readdirSync(join(courseDir, 'modules')).sort()[0]);
    const page = join(moduleDir, readdirSync(moduleDir).filter((f) => f.endsWith('.md')).sort()[0]);
    const original = readFileSync(page, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const marker = `Bench edit ${i} ${Date.now()}`;
      const event = nextEvent();
      const t0 = performance.now();
      writeFileSync(page, `${original}\n${marker}\n`);
      const e = await event;
      const html = await (await fetch(new URL('package/index.html', url))).text();
      const ms = performance.now() - t0;
      if (!e.ok || !e.reload || !html.includes(marker)) throw new Error(`preview did not serve the edit (event ${JSON.stringify(e)})`);
      times.push(ms);
      await new Promise((r) => setTimeout(r, 300));
    }
    writeFileSync(page, original);
    return { ms: median(times), note: 'the watcher waits 40 ms after the last change (src/sources/watch.ts), then the preview checks and packs the whole course again, parsing and rendering only the files that changed (src/course/reuse.ts)' };
  } finally {
    child.kill('SIGINT');
  }
}
