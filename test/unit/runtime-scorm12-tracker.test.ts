import { describe, expect, it } from 'vitest';
import { displayName, Scorm12Tracker } from '../../src/runtime/tracking/scorm12.ts';
import type { Scorm12Api } from '../../src/runtime/tracking/find-api.ts';
import { matching, single } from './quiz-fixtures.ts';

interface FakeOptions {
  values?: Record<string, string>;
  booleans?: boolean;
  /** Elements whose LMSSetValue fails with this code. */
  refuse?: Record<string, string>;
}

function fakeLms(o: FakeOptions = {}) {
  const values: Record<string, string> = { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'not attempted', 'cmi.interactions._count': '0', ...o.values };
  const calls: string[] = [];
  let lastError = '0';
  const ok = (v: boolean) => (o.booleans ? v : String(v));
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('init'), ok(true)),
    LMSFinish: () => (calls.push('finish'), ok(true)),
    LMSCommit: () => (calls.push('commit'), ok(true)),
    LMSGetValue: (el) => {
      lastError = '0';
      return values[el] ?? '';
    },
    LMSSetValue: (el, v) => {
      if (o.refuse?.[el]) {
        lastError = o.refuse[el]!;
        calls.push(`refused ${el}`);
        return ok(false);
      }
      lastError = '0';
      calls.push(`${el}=${v}`);
      values[el] = v;
      const m = /^cmi\.interactions\.(\d+)\.id$/.exec(el);
      if (m) values['cmi.interactions._count'] = String(Math.max(Number(values['cmi.interactions._count']), Number(m[1]) + 1));
      return ok(true);
    },
    LMSGetLastError: () => lastError,
    LMSGetErrorString: (c) => `error ${c}`,
  };
  const warnings: string[] = [];
  return { api, calls, values, warnings, tracker: new Scorm12Tracker(api, 'passed-incomplete', (m) => warnings.push(m)) };
}

describe('SCORM 1.2 tracker', () => {
  it('marks a first launch incomplete and suspended', async () => {
    const lms = fakeLms({ values: { 'cmi.core.student_name': 'Peeters, An' } });
    const launch = await lms.tracker.init();
    expect(launch).toMatchObject({ state: null, bookmark: null, learnerName: 'An Peeters', mode: 'normal', storage: 'platform', stateLimit: 4096 });
    expect(lms.calls).toEqual(['init', 'cmi.core.lesson_status=incomplete', 'cmi.core.exit=suspend', 'commit']);
  });

  it('returns the bookmark and state on resume, and keeps a status set earlier', async () => {
    const lms = fakeLms({
      values: { 'cmi.core.entry': 'resume', 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': '1|a|B|', 'cmi.core.lesson_location': 'm1/p2', 'cmi.student_data.mastery_score': '70' },
    });
    expect(await lms.tracker.init()).toMatchObject({ state: '1|a|B|', bookmark: 'm1/p2', masteryScore: 70 });
    expect(lms.calls).not.toContain('cmi.core.lesson_status=incomplete');
  });

  it('returns the state and bookmark the LMS gives whatever entry says (Chamilo 1.11 never says resume)', async () => {
    const lms = fakeLms({
      values: { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': '2abcdef0|a||', 'cmi.core.lesson_location': 'm1/p2' },
    });
    expect(await lms.tracker.init()).toMatchObject({ state: '2abcdef0|a||', bookmark: 'm1/p2', mode: 'normal' });
    expect(lms.calls).toEqual(['init', 'cmi.core.exit=suspend', 'commit']);
  });

  it('gives no bookmark without a state to go with it, unless the LMS says resume', async () => {
    const fresh = fakeLms({ values: { 'cmi.core.lesson_location': 'm1/p2' } });
    expect(await fresh.tracker.init()).toMatchObject({ state: null, bookmark: null });
    const resumed = fakeLms({ values: { 'cmi.core.entry': 'resume', 'cmi.core.lesson_location': 'm1/p2' } });
    expect(await resumed.tracker.init()).toMatchObject({ state: null, bookmark: 'm1/p2' });
  });

  it('goes on without the learner language when the LMS answers 401, and says so', async () => {
    const lms = fakeLms();
    const get = lms.api.LMSGetValue;
    let code = '0';
    lms.api.LMSGetValue = (el) => ((code = el === 'cmi.student_preference.language' ? '401' : '0'), code === '0' ? get(el) : '');
    lms.api.LMSGetLastError = () => code;
    const launch = await lms.tracker.init();
    expect(launch.language).toBeUndefined();
    expect(launch.mode).toBe('normal');
    expect(lms.warnings).toEqual(['connectoo: LMSGetValue(cmi.student_preference.language) failed: 401 error 401']);
  });

  it('never downgrades a finished attempt relaunched in normal mode', async () => {
    const lms = fakeLms({ values: { 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90', 'cmi.suspend_data': 'x' } });
    await lms.tracker.init();
    lms.tracker.report({ status: 'incomplete', score: null, finished: false, percent: 40 });
    lms.tracker.report({ status: 'failed', score: 50, finished: true, percent: 100 });
    lms.tracker.finish();
    expect(lms.calls.filter((c) => c.includes('=') && !c.includes('session_time'))).toEqual(['cmi.core.exit=']);
    expect(lms.values).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90', 'cmi.core.exit': '' });
  });

  it('lets a failed attempt relaunched in normal mode pass', async () => {
    const lms = fakeLms({ values: { 'cmi.core.lesson_status': 'failed', 'cmi.suspend_data': 'x' } });
    await lms.tracker.init();
    lms.tracker.report({ status: 'incomplete', score: null, finished: false, percent: 90 });
    expect(lms.values['cmi.core.lesson_status']).toBe('failed');
    lms.tracker.report({ status: 'passed', score: 100, finished: true, percent: 100 });
    expect(lms.values).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100', 'cmi.core.exit': '' });
  });

  it('writes interactions at _count, id first then type', async () => {
    const lms = fakeLms({ values: { 'cmi.interactions._count': '2' } });
    await lms.tracker.init();
    lms.calls.length = 0;
    const at = new Date(2026, 0, 1, 9, 5, 7);
    lms.tracker.recordAnswer({ question: single(), quizId: 'm1', response: 'fax', correct: false, latencyMs: 65_000, at });
    lms.tracker.recordAnswer({ question: matching(), quizId: 'm1', response: ['login', 'mail', 'tax'], correct: true, latencyMs: 1_500, at });
    expect(lms.calls.slice(0, 8)).toEqual([
      'cmi.interactions.2.id=m1-q-single',
      'cmi.interactions.2.type=choice',
      'cmi.interactions.2.student_response=c',
      'cmi.interactions.2.correct_responses.0.pattern=b',
      'cmi.interactions.2.result=wrong',
      'cmi.interactions.2.weighting=1',
      'cmi.interactions.2.latency=00:01:05',
      'cmi.interactions.2.time=09:05:07',
    ]);
    expect(lms.calls[8]).toBe('cmi.interactions.3.id=m1-q-match');
    expect(lms.values['cmi.interactions.3.student_response']).toBe('a.a,b.b,c.c');
    expect(lms.values['cmi.interactions.3.result']).toBe('correct');
  });

  it('reports score and status, and exit "" once the attempt is over', async () => {
    const lms = fakeLms();
    await lms.tracker.init();
    lms.tracker.report({ status: 'incomplete', score: null, finished: false, percent: 10 });
    expect(lms.values['cmi.core.score.raw']).toBeUndefined();
    lms.tracker.report({ status: 'passed', score: 87.5, finished: true, percent: 100 });
    expect(lms.values).toMatchObject({ 'cmi.core.score.raw': '87.5', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '' });
    lms.tracker.finish();
    expect(lms.values['cmi.core.exit']).toBe('');
    expect(lms.values['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(lms.calls.slice(-2)).toEqual(['commit', 'finish']);
  });

  it('finishes exactly once and calls nothing afterwards', async () => {
    const lms = fakeLms();
    await lms.tracker.init();
    lms.tracker.finish();
    const n = lms.calls.length;
    lms.tracker.finish();
    lms.tracker.saveState('x');
    lms.tracker.commit();
    expect(lms.calls.length).toBe(n);
    expect(lms.calls.filter((c) => c === 'finish')).toHaveLength(1);
    expect(lms.values['cmi.core.exit']).toBe('suspend');
  });

  it('works with platforms that return booleans', async () => {
    const lms = fakeLms({ booleans: true });
    await lms.tracker.init();
    lms.tracker.report({ status: 'completed', score: null, finished: true, percent: 100 });
    lms.tracker.finish();
    expect(lms.warnings).toEqual([]);
    expect(lms.values['cmi.core.lesson_status']).toBe('completed');
  });

  it('logs refused values with the platform message and goes on', async () => {
    const lms = fakeLms({ refuse: { 'cmi.suspend_data': '405' } });
    await lms.tracker.init();
    lms.tracker.saveState('1|a||');
    lms.tracker.setBookmark('m1/p1');
    expect(lms.warnings).toEqual(['connectoo: LMSSetValue(cmi.suspend_data) failed: 405 error 405']);
    expect(lms.values['cmi.core.lesson_location']).toBe('m1/p1');
  });

  it('survives an API that throws', async () => {
    const lms = fakeLms();
    lms.api.LMSCommit = () => {
      throw new Error('boom');
    };
    await lms.tracker.init();
    expect(() => lms.tracker.commit()).not.toThrow();
    expect(lms.warnings.some((w) => w.includes('boom'))).toBe(true);
  });

  it('in browse mode only marks an untouched lesson browsed', async () => {
    const lms = fakeLms({ values: { 'cmi.core.lesson_mode': 'browse' } });
    expect((await lms.tracker.init()).mode).toBe('browse');
    lms.tracker.recordAnswer({ question: single(), quizId: 'm1', response: 'csam', correct: true, latencyMs: 1, at: new Date() });
    lms.tracker.saveState('x');
    lms.tracker.setBookmark('m1/p1');
    lms.tracker.report({ status: 'passed', score: 100, finished: true, percent: 100 });
    lms.tracker.finish();
    expect(lms.calls.filter((c) => c.includes('='))).toEqual(['cmi.core.lesson_status=browsed']);
  });

  it('in review mode writes nothing, not even the session time, and still gives the state', async () => {
    const lms = fakeLms({ values: { 'cmi.core.lesson_mode': 'review', 'cmi.core.entry': 'ab-initio', 'cmi.core.lesson_status': 'passed', 'cmi.suspend_data': 'x', 'cmi.core.lesson_location': 'certificate' } });
    expect(await lms.tracker.init()).toMatchObject({ mode: 'review', state: 'x', bookmark: 'certificate' });
    lms.tracker.saveState('x');
    lms.tracker.setBookmark('m1/p1');
    lms.tracker.report({ status: 'failed', score: 0, finished: true, percent: 0 });
    lms.tracker.finish();
    expect(lms.calls.filter((c) => c.includes('='))).toEqual([]);
    expect(lms.calls.slice(-2)).toEqual(['commit', 'finish']);
  });
});

describe('displayName', () => {
  it('never cuts a state over 4096 characters: the last stored one stays, and the console says so', async () => {
    const lms = fakeLms();
    await lms.tracker.init();
    lms.tracker.saveState('2abc|fits');
    lms.tracker.saveState('x'.repeat(4097));
    expect(lms.values['cmi.suspend_data']).toBe('2abc|fits');
    expect(lms.warnings.join('\n')).toMatch(/4097 characters is over the 4096/);
  });

  it('turns "Last, First" into "First Last"', () => {
    expect(displayName('Peeters, An')).toBe('An Peeters');
    expect(displayName(' Van den Berg ,  Jan-Willem ')).toBe('Jan-Willem Van den Berg');
    expect(displayName('Madonna')).toBe('Madonna');
    expect(displayName('')).toBe('');
  });
});
