/**
 * `connectoo preview`: serves one course on 127.0.0.1 as its SCORM 1.2 package inside a small LMS page,
 * rebuilds in memory when a source changes, and shows author errors in the page. Writes nothing to disk.
 */
import { createServer, type ServerResponse } from 'node:http';
import { extname, relative, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Lang } from '../contract/languages.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatDiagnostic, summary } from '../diagnostics/format-diagnostics.ts';
import { words } from '../diagnostics/messages/index.ts';
import { load, models } from '../index.ts';
import { formats } from '../formats/index.ts';
import { packageFiles } from '../package/build-package.ts';
import { renderPages } from '../render/index-page.ts';
import { readCourseAssets, readToolSources } from '../sources/read-package-sources.ts';
import { readDependencyScript } from '../sources/read-tool-files.ts';
import { watchCourse } from '../sources/watch.ts';
import { hostPage } from './host-page.ts';
import { keepResults } from '../course/reuse.ts';
import { readCourseSources } from '../sources/read-course.ts';

export interface PreviewOptions {
  courseDir: string;
  lang?: string;
  /** Language of the author messages; default en. */
  langUi?: Lang;
  /** 0 picks a free port. */
  port?: number;
  cwd?: string;
}
export interface Preview {
  url: string;
  /** Result of the latest build. */
  status(): { ok: boolean; report: string };
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.mp4': 'video/mp4', '.webm': 'video/webm', '.vtt': 'text/vtt; charset=utf-8',
  '.pdf': 'application/pdf', '.xml': 'application/xml', '.xsd': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};

export async function preview(opts: PreviewOptions): Promise<Preview> {
  const cwd = opts.cwd ?? process.cwd();
  const courseDir = resolve(cwd, opts.courseDir);
  const adapter = formats.scorm12!;
  const lmsScript = await readDependencyScript(adapter.preview!.script);
  const tool = await readToolSources([adapter]);
  let files = new Map<string, string | Uint8Array>();
  const langUi = opts.langUi ?? 'en';
  /** What the page lists: each problem with its place in the course folder. */
  const problemsOf = (ds: Diagnostic[]) => ({
    heading: words[langUi].previewHeading,
    hintLabel: words[langUi].hintLabel,
    summary: summary(ds, langUi),
    problems: ds.map((d) => ({ file: relative(courseDir, d.file) || d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message, hint: d.hint ?? '' })),
  });
  let state = { ok: false, report: 'Building…', title: 'Course', list: problemsOf([]) };
  const clients = new Set<ServerResponse>();

  // Each rebuild parses and renders again only the files that changed.
  keepResults(true);
  const rebuild = async (reload: boolean) => {
    try {
      const { ok, diagnostics, courses } = await load({ courseDirs: [courseDir], cwd, langUi });
      const report = diagnostics.map((d) => formatDiagnostic(d, cwd, false, langUi)).join('\n') + (diagnostics.length ? `\n\n${summary(diagnostics, langUi)}` : '');
      const list = problemsOf(diagnostics);
      if (!ok || !courses.length) {
        state = { ...state, ok: false, report, list };
      } else {
        const spec = courses[0];
        const model = models(spec, opts.lang ? [opts.lang] : undefined)[0] ?? models(spec)[0];
        const built = await packageFiles(model, adapter, renderPages(model), { ...tool, assets: await readCourseAssets(spec, [model]) });
        files = new Map(built.map((f) => [f.path, f.data]));
        state = { ok: true, report, title: model.title, list };
      }
    } catch (e) {
      state = { ...state, ok: false, report: `The preview could not build: ${(e as Error).message}`, list: { ...problemsOf([]), summary: `The preview could not build: ${(e as Error).message}` } };
    }
    const event = `event: build\ndata: ${JSON.stringify({ ok: state.ok, report: state.report, list: state.list, reload })}\n\n`;
    for (const c of clients) c.write(event);
  };
  await rebuild(false);

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (code: number, type: string, body: string | Uint8Array) => {
      res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/') return send(200, types['.html'], hostPage(state.title));
    if (path === '/__lms/scorm12.js') return send(200, types['.js'], lmsScript);
    if (path === '/__status') return send(200, 'application/json', JSON.stringify({ ok: state.ok, report: state.report, list: state.list }));
    if (path === '/__events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`event: build\ndata: ${JSON.stringify({ ok: state.ok, report: state.report, list: state.list, reload: false })}\n\n`);
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (path.startsWith('/package/')) {
      const data = files.get(path.slice('/package/'.length));
      if (data !== undefined) return send(200, types[extname(path)] ?? 'application/octet-stream', data);
    }
    send(404, 'text/plain; charset=utf-8', 'Not found');
  });
  await new Promise<void>((done) => server.listen(opts.port ?? 0, '127.0.0.1', done));
  // A variant follows its base course too: a correction in the base shows at once.
  const base = (await readCourseSources(courseDir).catch(() => undefined))?.base?.sources?.dir;
  const watchers = [courseDir, ...(base ? [base] : [])].map((dir) => watchCourse(dir, () => void rebuild(true)));
  const stopWatching = () => watchers.forEach((stop) => stop());
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    status: () => ({ ok: state.ok, report: state.report }),
    close: async () => {
      stopWatching();
      for (const c of clients) c.end();
      await new Promise<void>((done) => server.close(() => done()));
      keepResults(false);
    },
  };
}
