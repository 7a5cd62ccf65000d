/**
 * A small SCORM 1.2 LMS for browser tests, built on scorm-again's Scorm12API.
 *
 * The host page creates `window.API` before the package loads (in an iframe, or in a popup
 * whose `window.opener` holds the API), records every API call in order, snapshots the CMI
 * at each LMSCommit/LMSFinish (what a real LMS would store), and can start a session from a
 * stored CMI (`loadFromJSON` before LMSInitialize) to test resume.
 */
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { repoRoot } from './paths.ts';
import type { StaticServer } from './server.ts';

export interface ApiCall {
  fn: string;
  args: string[];
  result: string;
  /** LMSGetLastError() right after the call. */
  error: string;
  /** True when the call came after LMSFinish. */
  afterFinish: boolean;
}

/** The `cmi` object as scorm-again serialises it (write-only elements included). */
export type Cmi = Record<string, any>;

/**
 * How the LMS behaves (FACTS §7):
 * - `moodle`: Moodle 4.5 defaults: credit, normal mode, mastery override at LMSFinish, and a relaunch
 *   after passed/completed/failed opens the attempt in review mode (see `relaunchCmi`).
 * - `strict`: values checked as SCORM 1.2 defines them (RTE data types and vocabularies, 4096
 *   characters of suspend_data, 255 of lesson_location): anything else is refused with error 405.
 * - `chamilo`: Chamilo 1.11.28 (FACTS §7.8): no mastery override (the status the SCO sends is kept);
 *   `cmi.core.exit` and the correct-response patterns of interactions are accepted but not kept;
 *   `cmi.student_preference.language` answers "" with error 401; a relaunch always says
 *   `entry = "ab-initio"`, gives the earlier interactions back as empty rows, and opens a passed
 *   attempt in review mode with its old bookmark (see `relaunchCmi`).
 * Without a profile: scorm-again's own checks, with its mastery override.
 */
export type LmsProfile = 'moodle' | 'strict' | 'chamilo';

export interface LmsLaunch {
  /** CMI loaded before the SCO starts: use `nextSessionCmi(...)` or `relaunchCmi(...)` for a relaunch. */
  cmi?: Cmi;
  profile?: LmsProfile;
  /** `iframe` (default) or `popup` (window.open from the host page). */
  window?: 'iframe' | 'popup';
}

const hostHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/lib/scorm12.js"></script></head>
<body>
<button id="open-popup" type="button">Open course</button>
<div id="frame-slot"></div>
<script>
(function () {
  var launch = JSON.parse(new URLSearchParams(location.search).get('launch') || '{}');
  var lms = { launch: launch, log: [], commits: [], finished: false, initialized: false, popup: null };
  window.lms = lms;
  var chamilo = launch.profile === 'chamilo';
  var api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5, mastery_override: !chamilo });
  if (launch.cmi) api.loadFromJSON(launch.cmi);
  // Rows without any value (loadFromJSON skips them) are given back as empty interactions.
  var rows = (launch.cmi && launch.cmi.interactions) || {};
  Object.keys(rows).map(Number).sort(function (a, b) { return a - b; }).forEach(function (i) {
    var row = rows[i] || {};
    if (!Object.keys(row).some(function (k) { return row[k]; })) api.setCMIValue('cmi.interactions.' + i + '.student_response', '');
  });
  var initial = api.renderCMIToJSONObject();
  lms.initial = initial.cmi || initial;
  var forced = '';
  var timespan = /^\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?$/;
  var decimal = function (v) { return /^-?\\d+(\\.\\d+)?$/.test(v); };
  var score = function (v) { return v === '' || (decimal(v) && +v >= 0 && +v <= 100); };
  var strictRules = [
    [/^cmi\\.suspend_data$/, function (v) { return v.length <= 4096; }],
    [/^cmi\\.core\\.lesson_location$/, function (v) { return v.length <= 255; }],
    [/^cmi\\.core\\.lesson_status$/, function (v) { return ['passed', 'completed', 'failed', 'incomplete', 'browsed'].indexOf(v) >= 0; }],
    [/^cmi\\.core\\.exit$/, function (v) { return ['', 'time-out', 'suspend', 'logout'].indexOf(v) >= 0; }],
    [/^cmi\\.core\\.score\\.(raw|min|max)$/, score],
    [/^cmi\\.core\\.session_time$/, function (v) { return timespan.test(v); }],
    [/^cmi\\.interactions\\.\\d+\\.id$/, function (v) { return /^\\S{1,255}$/.test(v); }],
    [/^cmi\\.interactions\\.\\d+\\.type$/, function (v) { return ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'].indexOf(v) >= 0; }],
    [/^cmi\\.interactions\\.\\d+\\.result$/, function (v) { return ['correct', 'wrong', 'unanticipated', 'neutral'].indexOf(v) >= 0 || decimal(v); }],
    [/^cmi\\.interactions\\.\\d+\\.latency$/, function (v) { return timespan.test(v); }],
    [/^cmi\\.interactions\\.\\d+\\.time$/, function (v) { return /^\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,2})?$/.test(v); }],
    [/^cmi\\.interactions\\.\\d+\\.weighting$/, decimal],
    [/^cmi\\.interactions\\.\\d+\\.(student_response|correct_responses\\.\\d+\\.pattern)$/, function (v) { return v.length <= 255; }],
  ];
  if (launch.profile === 'strict') {
    var setValue = api.LMSSetValue.bind(api);
    api.LMSSetValue = function (el, v) {
      var value = String(v);
      for (var i = 0; i < strictRules.length; i++)
        if (strictRules[i][0].test(el) && !strictRules[i][1](value)) { forced = '405'; return 'false'; }
      forced = '';
      return setValue(el, v);
    };
    var getLastError = api.LMSGetLastError.bind(api);
    api.LMSGetLastError = function () { return forced || getLastError(); };
  }
  if (chamilo) {
    var chamiloSet = api.LMSSetValue.bind(api);
    var chamiloGet = api.LMSGetValue.bind(api);
    var chamiloError = api.LMSGetLastError.bind(api);
    var dropped = /^cmi\\.(core\\.exit|interactions\\.\\d+\\.correct_responses\\.\\d+\\.pattern)$/;
    var chamiloCode = '';
    api.LMSSetValue = function (el, v) {
      chamiloCode = dropped.test(el) ? '0' : '';
      return chamiloCode ? 'true' : chamiloSet(el, v);
    };
    api.LMSGetValue = function (el) {
      chamiloCode = el === 'cmi.student_preference.language' ? '401' : '';
      return chamiloCode ? '' : chamiloGet(el);
    };
    api.LMSGetLastError = function () { return chamiloCode || chamiloError(); };
  }
  var lastError = api.LMSGetLastError.bind(api);
  var snapshot = function (why) {
    var json = api.renderCMIToJSONObject();
    lms.commits.push({ why: why, cmi: json.cmi || json });
  };
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit',
   'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'].forEach(function (fn) {
    var orig = api[fn].bind(api);
    api[fn] = function () {
      var args = Array.prototype.slice.call(arguments).map(function (a) { return a === undefined ? '(undefined)' : String(a); });
      var afterFinish = lms.finished;
      var result = orig.apply(null, arguments);
      var entry = { fn: fn, args: args, result: String(result), error: fn === 'LMSGetLastError' ? String(result) : lastError(), afterFinish: afterFinish };
      lms.log.push(entry);
      if (fn === 'LMSInitialize' && String(result) === 'true') lms.initialized = true;
      if (fn === 'LMSCommit' && String(result) === 'true') snapshot('commit');
      if (fn === 'LMSFinish' && String(result) === 'true') { snapshot('finish'); lms.finished = true; }
      return result;
    };
  });
  window.API = api;
  lms.stored = function () { return lms.commits.length ? lms.commits[lms.commits.length - 1].cmi : null; };
  lms.current = function () { var j = api.renderCMIToJSONObject(); return j.cmi || j; };
  lms.unload = function () {
    if (lms.popup) { lms.popup.close(); return; }
    var f = document.getElementById('sco'); if (f) f.src = 'about:blank';
  };
  var sco = launch.sco || '/sco/index.html';
  if (launch.window === 'popup') {
    document.getElementById('open-popup').addEventListener('click', function () { lms.popup = window.open(sco, 'sco'); });
  } else {
    var iframe = document.createElement('iframe');
    iframe.id = 'sco'; iframe.name = 'sco'; iframe.title = 'course';
    iframe.style.width = '1100px'; iframe.style.height = '800px';
    iframe.src = sco;
    document.getElementById('frame-slot').appendChild(iframe);
  }
})();
</script>
</body></html>
`;

/** Serves the host page at /lms/host.html and scorm-again at /lib/. Mount the package yourself under /sco/. */
export function installHost(server: StaticServer): void {
  server.route('/lms/host.html', hostHtml, 'text/html; charset=utf-8');
  server.mount('lib', path.join(repoRoot, 'node_modules/scorm-again/dist'));
}

export interface LmsSession {
  host: Page;
  /** The package's document: the iframe, or the popup's main frame. */
  sco: Frame;
  popup?: Page;
  log(): Promise<ApiCall[]>;
  /** Last CMI the LMS stored (at LMSCommit or LMSFinish); null if the SCO never committed. */
  stored(): Promise<Cmi | null>;
  /** Live CMI inside the API object, stored or not. */
  current(): Promise<Cmi>;
  /** The CMI the LMS held when the SCO was launched, before any call. */
  initial(): Promise<Cmi>;
  finished(): Promise<boolean>;
  /** The learner leaves: the SCO document unloads (iframe emptied / popup closed); waits for LMSFinish. */
  leave(opts?: { timeoutMs?: number }): Promise<void>;
}

export async function launchInLms(page: Page, server: StaticServer, launch: LmsLaunch & { sco?: string } = {}): Promise<LmsSession> {
  const url = server.url('/lms/host.html?launch=' + encodeURIComponent(JSON.stringify(launch)));
  await page.goto(url);
  let sco: Frame;
  let popup: Page | undefined;
  if (launch.window === 'popup') {
    const waiting = page.waitForEvent('popup');
    await page.click('#open-popup');
    popup = await waiting;
    await popup.waitForLoadState('load');
    sco = popup.mainFrame();
  } else {
    const handle = await page.waitForSelector('iframe#sco');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no SCO frame');
    await frame.waitForLoadState('load');
    sco = frame;
  }
  const session: LmsSession = {
    host: page,
    sco,
    popup,
    log: () => page.evaluate(() => (window as any).lms.log as ApiCall[]),
    stored: () => page.evaluate(() => (window as any).lms.stored() as Cmi | null),
    current: () => page.evaluate(() => (window as any).lms.current() as Cmi),
    initial: () => page.evaluate(() => (window as any).lms.initial as Cmi),
    finished: () => page.evaluate(() => (window as any).lms.finished as boolean),
    async leave({ timeoutMs = 10_000 } = {}) {
      if (popup) await popup.close({ runBeforeUnload: true });
      else await page.evaluate(() => (window as any).lms.unload());
      await page.waitForFunction(() => (window as any).lms.finished === true, undefined, { timeout: timeoutMs });
    },
  };
  return session;
}

/** Adds two CMITimespans (HHHH:MM:SS.SS), as an LMS does to build total_time. */
export function addTimespans(a: string, b: string): string {
  const secs = (t: string) => {
    const m = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(t);
    return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : 0;
  };
  const total = Math.round((secs(a) + secs(b)) * 100) / 100;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total - h * 3600 - m * 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const frac = Math.round((s % 1) * 100);
  return `${pad(h).padStart(4, '0')}:${pad(m)}:${pad(Math.floor(s))}${frac ? '.' + String(frac).padStart(2, '0') : ''}`;
}

/**
 * What an LMS hands the next session after `stored` (FACTS §2.5): entry=resume only after
 * exit=suspend; bookmark, suspend_data, status, score and interactions carried over; total_time grows.
 */
export function nextSessionCmi(stored: Cmi, first?: Cmi): Cmi {
  const core = stored.core ?? {};
  const base = first ?? {};
  return {
    core: {
      student_id: core.student_id || base.core?.student_id,
      student_name: core.student_name || base.core?.student_name,
      lesson_location: core.lesson_location,
      lesson_status: core.lesson_status,
      entry: core.exit === 'suspend' ? 'resume' : '',
      score: core.score,
      total_time: addTimespans(core.total_time || '0000:00:00', core.session_time || '0000:00:00'),
      credit: core.credit,
      lesson_mode: core.lesson_mode,
    },
    suspend_data: stored.suspend_data,
    launch_data: stored.launch_data,
    student_data: { mastery_score: stored.student_data?.mastery_score },
    interactions: stored.interactions,
  };
}

/**
 * What the LMS hands the next session under a profile. Moodle reopens a finished attempt
 * (passed, completed or failed) in review mode, with nothing stored; an unfinished one resumes.
 * Chamilo never says "resume", gives the interactions back as empty rows, and reopens a passed
 * attempt in review mode (bookmark, suspend_data, status and score as stored).
 */
export function relaunchCmi(profile: LmsProfile, stored: Cmi, first?: Cmi): Cmi {
  const next = nextSessionCmi(stored, first);
  const status = stored.core?.lesson_status;
  if (profile === 'moodle' && ['passed', 'completed', 'failed'].includes(status))
    next.core = { ...next.core, lesson_mode: 'review', credit: 'no-credit', entry: '' };
  if (profile === 'chamilo') {
    next.core = { ...next.core, entry: 'ab-initio', lesson_mode: status === 'passed' ? 'review' : 'normal' };
    next.interactions = Object.fromEntries(Object.keys(stored.interactions ?? {}).map((i) => [i, {}]));
  }
  return next;
}

/** CMI of a first launch: what the LMS takes from the manifest and the learner record. */
export function firstSessionCmi(masteryScore?: string): Cmi {
  return {
    core: { student_id: 'learner-1', student_name: 'Peeters, An', entry: 'ab-initio', lesson_mode: 'normal', credit: 'credit' },
    student_data: masteryScore === undefined ? {} : { mastery_score: masteryScore },
  };
}
