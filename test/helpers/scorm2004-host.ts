/**
 * A small SCORM 2004 LMS for browser tests, built on scorm-again's Scorm2004API: the host page
 * puts `window.API_1484_11` above an iframe holding the SCO, records every API call in order,
 * snapshots the CMI at each Commit/Terminate (what an LMS stores), and starts a session from a
 * stored CMI (`loadFromJSON` before Initialize) to test resume. Same shape as scorm-host.ts (1.2).
 */
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { repoRoot } from './paths.ts';
import type { ApiCall, Cmi } from './scorm-host.ts';
import type { StaticServer } from './server.ts';

export type { ApiCall, Cmi };

export interface Lms2004Launch {
  /** CMI loaded before the SCO starts (`firstAttemptCmi`, `nextSessionCmi2004`). */
  cmi?: Cmi;
  /** Path of the SCO page on the server, with its `parameters` (default /sco/index.html). */
  sco?: string;
}

const hostHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS 2004</title>
<script src="/lib/scorm2004.js"></script></head>
<body>
<div id="frame-slot"></div>
<script>
(function () {
  var launch = JSON.parse(new URLSearchParams(location.search).get('launch') || '{}');
  var lms = { launch: launch, log: [], commits: [], finished: false, initialized: false };
  window.lms = lms;
  var api = new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  if (launch.cmi) api.loadFromJSON(launch.cmi);
  var lastError = api.GetLastError.bind(api);
  var snapshot = function (why) {
    var json = api.renderCMIToJSONObject();
    lms.commits.push({ why: why, cmi: json.cmi || json, adl: json.adl });
  };
  ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'].forEach(function (fn) {
    var orig = api[fn].bind(api);
    api[fn] = function () {
      var args = Array.prototype.slice.call(arguments).map(function (a) { return a === undefined ? '(undefined)' : String(a); });
      var afterFinish = lms.finished;
      var result = orig.apply(null, arguments);
      lms.log.push({ fn: fn, args: args, result: String(result), error: fn === 'GetLastError' ? String(result) : lastError(), afterFinish: afterFinish });
      if (fn === 'Initialize' && String(result) === 'true') lms.initialized = true;
      if (fn === 'Commit' && String(result) === 'true') snapshot('commit');
      if (fn === 'Terminate' && String(result) === 'true') { snapshot('terminate'); lms.finished = true; }
      return result;
    };
  });
  window.API_1484_11 = api;
  lms.stored = function () { return lms.commits.length ? lms.commits[lms.commits.length - 1].cmi : null; };
  lms.unload = function () { var f = document.getElementById('sco'); if (f) f.src = 'about:blank'; };
  var iframe = document.createElement('iframe');
  iframe.id = 'sco'; iframe.name = 'sco'; iframe.title = 'course';
  iframe.style.width = '1100px'; iframe.style.height = '800px';
  iframe.src = launch.sco || '/sco/index.html';
  document.getElementById('frame-slot').appendChild(iframe);
})();
</script>
</body></html>
`;

/** Serves the host page at /lms/host2004.html and scorm-again at /lib/. Mount the package yourself under /sco/. */
export function installHost2004(server: StaticServer): void {
  server.route('/lms/host2004.html', hostHtml, 'text/html; charset=utf-8');
  server.mount('lib', path.join(repoRoot, 'node_modules/scorm-again/dist'));
}

export interface Lms2004Session {
  host: Page;
  sco: Frame;
  log(): Promise<ApiCall[]>;
  /** Last CMI the LMS stored (at Commit or Terminate); null if the SCO never committed. */
  stored(): Promise<Cmi | null>;
  finished(): Promise<boolean>;
  /** The learner leaves: the SCO document unloads; waits for Terminate. */
  leave(opts?: { timeoutMs?: number }): Promise<void>;
}

export async function launchIn2004Lms(page: Page, server: StaticServer, launch: Lms2004Launch = {}): Promise<Lms2004Session> {
  await page.goto(server.url('/lms/host2004.html?launch=' + encodeURIComponent(JSON.stringify(launch))));
  const frame = await (await page.waitForSelector('iframe#sco')).contentFrame();
  if (!frame) throw new Error('no SCO frame');
  await frame.waitForLoadState('load');
  return {
    host: page,
    sco: frame,
    log: () => page.evaluate(() => (window as any).lms.log as ApiCall[]),
    stored: () => page.evaluate(() => (window as any).lms.stored() as Cmi | null),
    finished: () => page.evaluate(() => (window as any).lms.finished as boolean),
    async leave({ timeoutMs = 10_000 } = {}) {
      await page.evaluate(() => (window as any).lms.unload());
      await page.waitForFunction(() => (window as any).lms.finished === true, undefined, { timeout: timeoutMs });
    },
  };
}

/** CMI of a first attempt: the learner record, and `scaled_passing_score` from `imsss:minNormalizedMeasure` when the item has one. */
export function firstAttemptCmi(scaledPassingScore?: string): Cmi {
  return {
    learner_id: 'learner-1',
    learner_name: 'Peeters, An',
    entry: 'ab-initio',
    mode: 'normal',
    credit: 'credit',
    ...(scaledPassingScore === undefined ? {} : { scaled_passing_score: scaledPassingScore }),
  };
}

/**
 * What the LMS hands the next launch after `stored` (RTE 4.2.8, 4.2.10): with `exit = suspend` the
 * attempt goes on (entry `resume`, everything kept); otherwise the attempt is over and the next
 * launch is a new attempt from an empty record, or (`review`) the finished attempt opened in review mode.
 */
export function nextSessionCmi2004(stored: Cmi, first: Cmi, opts: { review?: boolean } = {}): Cmi {
  if (stored.exit !== 'suspend' && !opts.review) return { ...first, entry: 'ab-initio' };
  const kept = ['location', 'suspend_data', 'completion_status', 'success_status', 'score', 'progress_measure', 'interactions'];
  const next: Cmi = { ...first, entry: stored.exit === 'suspend' ? 'resume' : '' };
  for (const k of kept) if (stored[k] !== undefined) next[k] = stored[k];
  if (opts.review) Object.assign(next, { mode: 'review', credit: 'no-credit' });
  return next;
}

/** Value of the last SetValue of `element` in a log. */
export const lastSet2004 = (log: ApiCall[], element: string) => log.filter((c) => c.fn === 'SetValue' && c.args[0] === element).at(-1)?.args[1];
