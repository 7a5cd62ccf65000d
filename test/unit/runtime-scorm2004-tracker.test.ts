/**
 * The SCORM 2004 tracker against scorm-again's Scorm2004API (the LMS-side implementation the
 * browser tests use), which checks every value against the 2004 data model and answers with its
 * error codes.
 */
import { describe, expect, it } from 'vitest';
import { Scorm2004API } from 'scorm-again';
import type { Reporting } from '../../src/contract/reporting.ts';
import type { QuestionModel } from '../../src/course/model.ts';
import { Scorm2004Tracker } from '../../src/runtime/tracking/scorm2004.ts';
import type { Scorm2004Api } from '../../src/runtime/tracking/scorm2004-api.ts';
import type { ProgressReport } from '../../src/runtime/tracking/tracker.ts';
import { fillIn, matching, multiple, numeric, sequencing, single, trueFalse } from './quiz-fixtures.ts';

interface Options {
  cmi?: Record<string, unknown>;
  completion?: 'pages' | 'quiz' | 'pages-and-quiz';
  reporting?: Reporting;
}

function lms(o: Options = {}) {
  const api = new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  if (o.cmi) api.loadFromJSON(o.cmi);
  const calls: string[] = [];
  const refused: string[] = [];
  const wrapped: Scorm2004Api = {
    Initialize: () => (calls.push('Initialize'), api.Initialize('')),
    Terminate: () => (calls.push('Terminate'), api.Terminate('')),
    Commit: () => (calls.push('Commit'), api.Commit('')),
    GetValue: (el) => api.GetValue(el),
    SetValue: (el, v) => {
      calls.push(`${el}=${v}`);
      const r = api.SetValue(el, v);
      if (r !== 'true') refused.push(`${el}=${v}: ${api.GetLastError()}`);
      return r;
    },
    GetLastError: () => api.GetLastError(),
    GetErrorString: (c) => api.GetErrorString(c),
  };
  const warnings: string[] = [];
  const tracker = new Scorm2004Tracker(
    wrapped,
    { completion: o.completion ?? 'pages-and-quiz', reporting: o.reporting ?? 'passed-incomplete', lang: 'fr' },
    (m) => warnings.push(m),
  );
  const cmi = () => (api.renderCMIToJSONObject() as { cmi: Record<string, any> }).cmi;
  return { api, calls, refused, warnings, tracker, cmi };
}

const report = (over: Partial<ProgressReport>): ProgressReport => ({
  status: 'incomplete',
  score: null,
  finished: false,
  percent: 40,
  pagesDone: false,
  quizzesDone: false,
  ...over,
});

const answer = (question: QuestionModel, response: unknown, correct: boolean) => ({
  question,
  quizId: 'm1',
  response: response as never,
  correct,
  latencyMs: 65_500,
  at: new Date(Date.UTC(2026, 0, 1, 9, 5, 7, 250)),
});

describe('SCORM 2004 tracker under scorm-again', () => {
  it('marks a first launch incomplete and suspended, with 64,000 characters of state', async () => {
    const l = lms({ cmi: { learner_name: 'Peeters, An', entry: 'ab-initio' } });
    const launch = await l.tracker.init();
    expect(launch).toMatchObject({ state: null, bookmark: null, learnerName: 'An Peeters', mode: 'normal', stateLimit: 64000 });
    expect(l.calls).toEqual(['Initialize', 'cmi.completion_status=incomplete', 'cmi.exit=suspend', 'Commit']);
    expect(l.cmi()).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown', exit: 'suspend' });
  });

  it('resumes from suspend_data and location, takes the mastery from scaled_passing_score, keeps the status', async () => {
    const l = lms({
      cmi: { entry: 'resume', completion_status: 'incomplete', suspend_data: '2|a|B|', location: 'm1/p2', scaled_passing_score: '0.7' },
    });
    expect(await l.tracker.init()).toMatchObject({ state: '2|a|B|', bookmark: 'm1/p2', masteryScore: 70 });
    expect(l.calls).not.toContain('cmi.completion_status=incomplete');
  });

  it('records all seven types, right and wrong, in the 2004 formats, each value accepted', async () => {
    const l = lms();
    await l.tracker.init();
    const records = [
      answer(single(), 'csam', true),
      answer(single(), 'fax', false),
      answer(multiple(), ['itsme', 'eid'], true),
      answer(trueFalse(), false, false),
      answer(fillIn(), 'region de bruxelles-capitale', true),
      answer(fillIn({ caseSensitive: true }), 'Namur', false),
      answer(matching(), ['login', 'tax', 'mail'], false),
      answer(sequencing(), ['on', 'open', 'login', 'check'], true),
      answer(numeric(), 46.2, true),
      answer(numeric({ answer: undefined, tolerance: undefined, min: 10 }), 3.5, false),
    ];
    for (const r of records) l.tracker.recordAnswer(r);
    expect(l.refused).toEqual([]);
    expect(l.warnings).toEqual([]);
    const got = Object.values(l.cmi().interactions).map((i: any) => [
      i.id,
      i.type,
      i.learner_response,
      Object.values(i.correct_responses).map((c: any) => c.pattern),
      i.result,
    ]);
    expect(got).toEqual([
      ['m1-q-single', 'choice', 'csam', ['csam'], 'correct'],
      ['m1-q-single', 'choice', 'fax', ['csam'], 'incorrect'],
      ['m1-q-multiple', 'choice', 'itsme[,]eid', ['itsme[,]eid'], 'correct'],
      ['m1-q-tf', 'true-false', 'false', ['true'], 'incorrect'],
      ['m1-q-fill', 'fill-in', '{lang=fr}region de bruxelles-capitale', ['{lang=fr}Région de Bruxelles-Capitale', '{lang=fr}Bruxelles'], 'correct'],
      ['m1-q-fill', 'fill-in', '{lang=fr}Namur', ['{case_matters=true}{lang=fr}Région de Bruxelles-Capitale', '{case_matters=true}{lang=fr}Bruxelles'], 'incorrect'],
      ['m1-q-match', 'matching', 'csam[.]login[,]ebox[.]tax[,]myminfin[.]mail', ['csam[.]login[,]ebox[.]mail[,]myminfin[.]tax'], 'incorrect'],
      ['m1-q-seq', 'sequencing', 'on[,]open[,]login[,]check', ['on[,]open[,]login[,]check'], 'correct'],
      ['m1-q-num', 'numeric', '46.2', ['46[:]47'], 'correct'],
      ['m1-q-num', 'numeric', '3.5', ['10[:]'], 'incorrect'],
    ]);
    const first = l.cmi().interactions['0'];
    expect(first).toMatchObject({ description: '{lang=fr}Which portal gives access to public services?', weighting: '1', latency: 'PT65.5S', timestamp: '2026-01-01T09:05:07.25Z' });
    expect(l.calls.filter((c) => c.startsWith('cmi.interactions.0.')).slice(0, 2)).toEqual(['cmi.interactions.0.id=m1-q-single', 'cmi.interactions.0.type=choice']);
  });

  it('appends after the interactions an earlier session left (n = _count)', async () => {
    const l = lms({ cmi: { entry: 'resume', interactions: { '0': { id: 'm1-q-tf', type: 'true-false' } } } });
    await l.tracker.init();
    l.tracker.recordAnswer(answer(trueFalse(), true, true));
    expect(l.calls).toContain('cmi.interactions.1.id=m1-q-tf');
    expect(l.refused).toEqual([]);
  });

  it('tells completion and success apart, with score.scaled only alongside a success status', async () => {
    const l = lms();
    await l.tracker.init();
    l.tracker.report(report({ percent: 40 }));
    expect(l.cmi()).toMatchObject({ completion_status: 'incomplete', success_status: 'unknown', progress_measure: '0.4', score: { scaled: '' } });
    // Every quiz answered above the mastery score, pages left: passed but not completed; the attempt goes on.
    l.tracker.report(report({ status: 'incomplete', score: 87.5, quizzesDone: true, percent: 80 }));
    expect(l.cmi()).toMatchObject({ completion_status: 'incomplete', success_status: 'passed', score: { scaled: '0.875', raw: '87.5', min: '0', max: '100' }, exit: 'suspend' });
    l.tracker.report(report({ status: 'passed', score: 87.5, finished: true, quizzesDone: true, pagesDone: true, percent: 100 }));
    expect(l.cmi()).toMatchObject({ completion_status: 'completed', success_status: 'passed', progress_measure: '1', exit: 'normal' });
    l.tracker.finish();
    expect(l.cmi().session_time).toMatch(/^PT\d+(\.\d{1,2})?S$/);
    expect(l.calls.slice(-2)).toEqual(['Commit', 'Terminate']);
    expect(l.refused).toEqual([]);
  });

  it('tells failed as the policy says: with retries left only under a "-failed" policy, and always once none is left', async () => {
    const underMastery = report({ status: 'failed', score: 50, quizzesDone: true, pagesDone: true, percent: 100 });
    const waiting = lms({ reporting: 'passed-incomplete' });
    await waiting.tracker.init();
    waiting.tracker.report(underMastery);
    expect(waiting.cmi()).toMatchObject({ completion_status: 'completed', success_status: 'unknown', score: { scaled: '' }, exit: 'suspend' });
    waiting.tracker.report({ ...underMastery, finished: true });
    expect(waiting.cmi()).toMatchObject({ success_status: 'failed', score: { scaled: '0.5' }, exit: 'normal' });

    const early = lms({ reporting: 'passed-failed' });
    await early.tracker.init();
    early.tracker.report(underMastery);
    expect(early.cmi()).toMatchObject({ success_status: 'failed', score: { scaled: '0.5' }, exit: 'suspend' });
    early.tracker.report({ ...underMastery, status: 'passed', score: 90, finished: true });
    expect(early.cmi()).toMatchObject({ success_status: 'passed', score: { scaled: '0.9' }, exit: 'normal' });
  });

  it('reports a pages-only course as completed with no success and no score', async () => {
    const l = lms({ completion: 'pages' });
    await l.tracker.init();
    l.tracker.report(report({ status: 'completed', score: 100, finished: true, pagesDone: true, quizzesDone: true, percent: 100 }));
    expect(l.cmi()).toMatchObject({ completion_status: 'completed', success_status: 'unknown', score: { scaled: '' }, exit: 'normal' });
  });

  it('writes nothing in review or browse mode', async () => {
    for (const mode of ['review', 'browse']) {
      const l = lms({ cmi: { mode, entry: 'resume', suspend_data: '2|a|', completion_status: 'completed' } });
      expect(await l.tracker.init()).toMatchObject({ mode, state: '2|a|' });
      l.tracker.saveState('x');
      l.tracker.setBookmark('m1/p1');
      l.tracker.recordAnswer(answer(trueFalse(), true, true));
      l.tracker.report(report({ status: 'passed', score: 100, finished: true, pagesDone: true, quizzesDone: true }));
      l.tracker.finish();
      expect(l.calls.filter((c) => c.includes('=')), mode).toEqual([]);
    }
  });

  it('terminates exactly once and calls nothing afterwards', async () => {
    const l = lms();
    await l.tracker.init();
    l.tracker.finish();
    const n = l.calls.length;
    l.tracker.finish();
    l.tracker.saveState('x');
    l.tracker.commit();
    expect(l.calls).toHaveLength(n);
    expect(l.cmi().exit).toBe('suspend');
    expect(l.warnings).toEqual([]);
  });
});
