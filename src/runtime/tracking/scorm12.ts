/** Tracking through the SCORM 1.2 run-time API (FACTS §2). */
import { reportedToLms, type Reporting } from '../../contract/reporting.ts';
import { handlerOf } from '../../quiz/index.ts';
import { SCORM12_SUSPEND_LIMIT } from '../suspend-codec.ts';
import { cmiTime, cmiTimespan } from '../time-format.ts';
import type { Scorm12Api } from './find-api.ts';
import { scormCaller } from './scorm-calls.ts';
import type { AnswerRecord, Launch, LaunchMode, ProgressReport, Tracker } from './tracker.ts';

/** "Last, First" (the usual SCORM form) → "First Last". */
export function displayName(studentName: string): string {
  const name = studentName.trim();
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  return [first, last].filter(Boolean).join(' ');
}

/** Rank of a lesson status: the tracker never replaces the status the LMS gave at launch by a lower one. */
const statusRank = (status: string): number =>
  status === 'passed' || status === 'completed' ? 3 : status === 'failed' ? 2 : status === 'incomplete' ? 1 : 0;

export class Scorm12Tracker implements Tracker {
  private started = Date.now();
  private mode: LaunchMode = 'normal';
  private initialized = false;
  private terminated = false;
  private finishedAttempt = false;
  private lastStatus = '';
  /** Status at launch: a finished attempt relaunched in normal mode is never downgraded. */
  private launchStatus = '';
  private lastScore = '';
  private interactionCount = 0;

  constructor(
    private readonly api: Scorm12Api,
    /** The course's reporting policy: what the LMS is told, and when (contract/reporting.ts). */
    private readonly reporting: Reporting = 'passed-incomplete',
    private readonly log: (message: string) => void = (m) => console.warn(m),
  ) {}

  private readonly call = scormCaller({
    getValue: 'LMSGetValue',
    lastError: () => this.api.LMSGetLastError(),
    errorString: (code) => this.api.LMSGetErrorString(code),
    log: (m) => this.log(m),
    ended: () => this.terminated,
  });

  private get(element: string): string {
    return this.call('LMSGetValue', () => this.api.LMSGetValue(element), element);
  }

  private set(element: string, value: string): boolean {
    return this.call('LMSSetValue', () => this.api.LMSSetValue(element, value), element) === 'true';
  }

  async init(): Promise<Launch> {
    const ok = this.call('LMSInitialize', () => this.api.LMSInitialize(''));
    this.initialized = true;
    if (ok !== 'true') this.log('connectoo: LMSInitialize did not return true; going on');
    const mode = this.get('cmi.core.lesson_mode');
    this.mode = mode === 'browse' || mode === 'review' ? mode : 'normal';
    const entry = this.get('cmi.core.entry');
    // Read whatever entry says: Chamilo 1.11 never says "resume" but gives the state back (FACTS §7.8);
    // the player takes it only when it is its own (saved-state.ts).
    const suspend = this.get('cmi.suspend_data');
    const bookmark = suspend || entry === 'resume' ? this.get('cmi.core.lesson_location') : '';
    const status = this.get('cmi.core.lesson_status');
    this.lastStatus = status;
    this.launchStatus = status;
    const mastery = parseFloat(this.get('cmi.student_data.mastery_score'));
    const name = displayName(this.get('cmi.core.student_name'));
    const language = this.get('cmi.student_preference.language').trim();
    this.interactionCount = parseInt(this.get('cmi.interactions._count'), 10) || 0;

    if (this.mode === 'normal') {
      if (status === '' || status === 'not attempted') this.setStatus('incomplete');
      this.finishedAttempt = statusRank(status) === 3;
      if (!this.finishedAttempt) this.set('cmi.core.exit', 'suspend');
    } else if (this.mode === 'browse' && (status === '' || status === 'not attempted')) {
      this.setStatus('browsed');
    }
    this.commit();
    return {
      state: suspend || null,
      bookmark: bookmark || null,
      learnerName: name || null,
      mode: this.mode,
      storage: 'platform',
      masteryScore: Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery : undefined,
      stateLimit: SCORM12_SUSPEND_LIMIT,
      ...(language ? { language } : {}),
    };
  }

  private setStatus(status: string): void {
    if (status !== this.lastStatus && this.set('cmi.core.lesson_status', status)) this.lastStatus = status;
  }

  /** Only in normal mode: review and browse change nothing in the record. */
  /**
   * A state over the SCORM 1.2 limit is never cut (a cut state cannot be read back, so the learner
   * would lose everything): it is not written, the last one stored stays, and the console says so.
   * The encoder fits its text to the limit and the build proves the course fits, so this is a last guard.
   */
  saveState(text: string): void {
    if (this.mode !== 'normal') return;
    if (text.length > SCORM12_SUSPEND_LIMIT) {
      this.log(`connectoo: saved state of ${text.length} characters is over the ${SCORM12_SUSPEND_LIMIT} of cmi.suspend_data; the last stored state is kept`);
      return;
    }
    this.set('cmi.suspend_data', text);
  }

  setBookmark(location: string): void {
    if (this.mode !== 'normal') return;
    this.set('cmi.core.lesson_location', location.slice(0, 255));
  }

  recordAnswer(a: AnswerRecord): void {
    if (this.mode !== 'normal') return;
    const counted = parseInt(this.get('cmi.interactions._count'), 10);
    const n = Number.isFinite(counted) && counted >= this.interactionCount ? counted : this.interactionCount;
    this.interactionCount = n + 1;
    const h = handlerOf(a.question);
    const p = `cmi.interactions.${n}.`;
    this.set(`${p}id`, a.question.interactionId);
    this.set(`${p}type`, h.scormType);
    this.set(`${p}student_response`, h.scormResponse(a.question as never, a.response as never));
    this.set(`${p}correct_responses.0.pattern`, h.scormPattern(a.question as never));
    this.set(`${p}result`, a.correct ? 'correct' : 'wrong');
    this.set(`${p}weighting`, String(a.question.points));
    this.set(`${p}latency`, cmiTimespan(a.latencyMs));
    this.set(`${p}time`, cmiTime(a.at));
  }

  /**
   * The score is written only with a final status (passed, completed, failed): an LMS that applies
   * its mastery override at LMSFinish would otherwise decide passed/failed from a score while the
   * learner still has pages to read or answers to retry (FACTS §7). A status lower than the one the
   * LMS gave at launch (a finished attempt relaunched in normal mode, whose state no longer says as
   * much, e.g. after a new version of the course) is not sent, nor its score or exit.
   */
  report(progress: ProgressReport): void {
    if (this.mode !== 'normal') return;
    const told = reportedToLms(progress, this.reporting);
    if (statusRank(told.status) < statusRank(this.launchStatus)) return;
    if (told.score !== null) {
      const raw = String(told.score);
      if (raw !== this.lastScore) {
        this.set('cmi.core.score.min', '0');
        this.set('cmi.core.score.max', '100');
        if (this.set('cmi.core.score.raw', raw)) this.lastScore = raw;
      }
    }
    this.setStatus(told.status);
    if (told.finished !== this.finishedAttempt) {
      this.finishedAttempt = told.finished;
      this.set('cmi.core.exit', told.finished ? '' : 'suspend');
    }
  }

  commit(): void {
    this.call('LMSCommit', () => this.api.LMSCommit(''));
  }

  finish(): void {
    if (this.terminated || !this.initialized) return;
    if (this.mode === 'normal') {
      this.set('cmi.core.exit', this.finishedAttempt ? '' : 'suspend');
      this.set('cmi.core.session_time', cmiTimespan(Date.now() - this.started));
    }
    this.commit();
    this.call('LMSFinish', () => this.api.LMSFinish(''));
    this.terminated = true;
  }
}
