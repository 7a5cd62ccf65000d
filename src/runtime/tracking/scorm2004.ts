/**
 * Tracking through the SCORM 2004 4th edition run-time API (`API_1484_11`).
 *
 * Completion and success are separate in 2004: `cmi.completion_status` follows the course rule's
 * "done" part (pages read, quizzes answered, or both), `cmi.success_status` says passed/failed once
 * the reporting policy tells it (contract/reporting.ts), with the score (`cmi.score.scaled`) only
 * then: an LMS that has `cmi.scaled_passing_score` would otherwise judge the learner from a score
 * they can still improve. Resume follows the 1.2 rules: state from `cmi.suspend_data` whenever the
 * LMS gives it back, whatever `cmi.entry` says; review and browse write nothing.
 */
import { LARGE_STATE_LIMIT } from '../../contract/state-limits.ts';
import type { Completion } from '../../contract/course-data.ts';
import { reportedToLms, type Reporting } from '../../contract/reporting.ts';
import { completionMet, fromScaled, judgesSuccess, toScaled } from '../../contract/score-rules.ts';
import { handlerOf } from '../../quiz/index.ts';
import { langString } from '../../quiz/shared.ts';
import { isoDuration, scorm2004Time } from '../time-format.ts';
import type { Scorm2004Api } from './scorm2004-api.ts';
import { scormCaller } from './scorm-calls.ts';
import { displayName } from './scorm12.ts';
import type { AnswerRecord, Launch, LaunchMode, ProgressReport, Tracker } from './tracker.ts';

/** `cmi.suspend_data` is a characterstring of at least 64,000 characters in 2004. */
export const SCORM2004_SUSPEND_LIMIT = LARGE_STATE_LIMIT;
/** `cmi.location`: 1,000 characters. */
const LOCATION_LIMIT = 1000;

/** What the tracker needs from the course (a subset of PlayerData). */
export interface Scorm2004Course {
  completion: Completion;
  reporting: Reporting;
  /** Course language: `{lang=…}` of descriptions and fill-in texts. */
  lang: string;
}

type Success = 'passed' | 'failed' | 'unknown';

export class Scorm2004Tracker implements Tracker {
  private started = Date.now();
  private mode: LaunchMode = 'normal';
  private initialized = false;
  private terminated = false;
  private finishedAttempt = false;
  private last = new Map<string, string>();
  private interactionCount = 0;

  constructor(
    private readonly api: Scorm2004Api,
    private readonly course: Scorm2004Course,
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {}

  private readonly call = scormCaller({
    getValue: 'GetValue',
    lastError: () => this.api.GetLastError(),
    errorString: (code) => this.api.GetErrorString(code),
    // 403: a value the LMS has not set yet (e.g. cmi.location on a first launch): not a problem.
    benign: ['403'],
    log: (m) => this.log(m),
    ended: () => this.terminated,
  });

  private get(element: string): string {
    return this.call('GetValue', () => this.api.GetValue(element), element);
  }

  private set(element: string, value: string): boolean {
    return this.call('SetValue', () => this.api.SetValue(element, value), element) === 'true';
  }

  /** Sets an element only when its value changes. */
  private setOnce(element: string, value: string): void {
    if (this.last.get(element) !== value && this.set(element, value)) this.last.set(element, value);
  }

  async init(): Promise<Launch> {
    const ok = this.call('Initialize', () => this.api.Initialize(''));
    this.initialized = true;
    if (ok !== 'true') this.log('connectoo: Initialize did not return true; going on');
    const mode = this.get('cmi.mode');
    this.mode = mode === 'browse' || mode === 'review' ? mode : 'normal';
    const entry = this.get('cmi.entry');
    // As in 1.2, whatever entry says: the player keeps the state only when it recognises it as its own.
    const suspend = this.get('cmi.suspend_data');
    const resumed = entry === 'resume' || suspend !== '';
    const completion = this.get('cmi.completion_status');
    this.last.set('cmi.completion_status', completion);
    this.last.set('cmi.success_status', this.get('cmi.success_status'));
    const passing = parseFloat(this.get('cmi.scaled_passing_score'));
    const name = displayName(this.get('cmi.learner_name'));
    const language = this.get('cmi.learner_preference.language').trim();
    this.interactionCount = parseInt(this.get('cmi.interactions._count'), 10) || 0;

    if (this.mode === 'normal') {
      if (completion === '' || completion === 'not attempted' || completion === 'unknown') this.setOnce('cmi.completion_status', 'incomplete');
      this.set('cmi.exit', 'suspend');
      this.commit();
    }
    return {
      state: resumed && suspend ? suspend : null,
      bookmark: resumed ? this.get('cmi.location') || null : null,
      learnerName: name || null,
      mode: this.mode,
      storage: 'platform',
      masteryScore: Number.isFinite(passing) && passing >= 0 && passing <= 1 ? fromScaled(passing) : undefined,
      stateLimit: SCORM2004_SUSPEND_LIMIT,
      ...(language ? { language } : {}),
    };
  }

  saveState(text: string): void {
    if (this.mode !== 'normal') return;
    // Never cut (a cut state cannot be read back): the last stored one stays.
    if (text.length > SCORM2004_SUSPEND_LIMIT) {
      this.log(`connectoo: saved state of ${text.length} characters is over the ${SCORM2004_SUSPEND_LIMIT} of cmi.suspend_data; the last stored state is kept`);
      return;
    }
    this.set('cmi.suspend_data', text);
  }

  setBookmark(location: string): void {
    if (this.mode !== 'normal') return;
    this.set('cmi.location', location.slice(0, LOCATION_LIMIT));
  }

  /** One record per answer at n = `_count` (journaling), `id` then `type` before the responses (RTE 4.2.9). */
  recordAnswer(a: AnswerRecord): void {
    if (this.mode !== 'normal') return;
    const counted = parseInt(this.get('cmi.interactions._count'), 10);
    const n = Number.isFinite(counted) && counted >= this.interactionCount ? counted : this.interactionCount;
    this.interactionCount = n + 1;
    const h = handlerOf(a.question);
    const lang = this.course.lang;
    const p = `cmi.interactions.${n}.`;
    this.set(`${p}id`, a.question.interactionId);
    this.set(`${p}type`, h.scormType);
    this.set(`${p}description`, langString(lang, a.question.prompt));
    this.set(`${p}timestamp`, scorm2004Time(a.at));
    h.scorm2004Patterns(a.question as never, lang).forEach((pattern, i) => this.set(`${p}correct_responses.${i}.pattern`, pattern));
    this.set(`${p}learner_response`, h.scorm2004Response(a.question as never, a.response as never, lang));
    this.set(`${p}result`, a.correct ? 'correct' : 'incorrect');
    this.set(`${p}weighting`, String(a.question.points));
    this.set(`${p}latency`, isoDuration(a.latencyMs));
  }

  report(progress: ProgressReport): void {
    if (this.mode !== 'normal') return;
    const { completion, reporting } = this.course;
    const pagesDone = progress.pagesDone ?? (progress.status === 'completed' || progress.status === 'passed');
    const quizzesDone = progress.quizzesDone ?? progress.status !== 'incomplete';
    const completed = completionMet(completion, pagesDone, quizzesDone);
    // A course that answers every quiz has a score; one without questions never gets one.
    const scored = judgesSuccess(completion, !(quizzesDone && progress.score === null));
    const judged = scored && quizzesDone && progress.score !== null;
    const told = reportedToLms(
      { status: judged ? (progress.status === 'failed' ? 'failed' : 'passed') : 'incomplete', score: progress.score, finished: progress.finished },
      reporting,
    );
    const success: Success = told.status === 'failed' ? 'failed' : told.status === 'incomplete' ? 'unknown' : 'passed';

    if (success !== 'unknown' && told.score !== null) {
      this.setOnce('cmi.score.min', '0');
      this.setOnce('cmi.score.max', '100');
      this.setOnce('cmi.score.raw', String(told.score));
      this.setOnce('cmi.score.scaled', String(toScaled(told.score)));
    }
    this.setOnce('cmi.progress_measure', completed ? '1' : String(Math.min(progress.percent, 99) / 100));
    this.setOnce('cmi.completion_status', completed ? 'completed' : 'incomplete');
    if (success !== 'unknown') this.setOnce('cmi.success_status', success);
    const finished = completed && (!scored || (success !== 'unknown' && told.finished));
    if (finished !== this.finishedAttempt) {
      this.finishedAttempt = finished;
      this.set('cmi.exit', finished ? 'normal' : 'suspend');
    }
  }

  commit(): void {
    this.call('Commit', () => this.api.Commit(''));
  }

  finish(): void {
    if (this.terminated || !this.initialized) return;
    if (this.mode === 'normal') {
      this.set('cmi.exit', this.finishedAttempt ? 'normal' : 'suspend');
      this.set('cmi.session_time', isoDuration(Date.now() - this.started));
    }
    this.commit();
    this.call('Terminate', () => this.api.Terminate(''));
    this.terminated = true;
  }
}
