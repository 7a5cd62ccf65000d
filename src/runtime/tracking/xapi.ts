/**
 * Tracking through an LRS (xAPI 1.0.3), for TinCan and cmi5 launches. Statements go through a
 * persistent queue; the bookmark and answers live in one State document per course, agent and
 * registration (with a copy in local storage, used when the LRS cannot be reached at launch).
 */
import { LARGE_STATE_LIMIT } from '../../contract/state-limits.ts';
import { reportsEarlyFailure } from '../../contract/reporting.ts';
import { completionMet, isMastered, toScaled } from '../../contract/score-rules.ts';
import type { PlayerData, PlayerModule } from '../../contract/player-data.ts';
import { isoDuration } from '../time-format.ts';
import { answered, experienced, lifecycle, type Result, type StatementScope } from './statement-builder.ts';
import { StatementQueue, type Statement } from './statement-queue.ts';
import { sessionQueueKey, takeOtherSessions, undeliveredVerbs } from './session-queues.ts';
import type { AnswerRecord, Launch, LaunchMode, ProgressReport, Tracker } from './tracker.ts';
import { handlerOf } from '../../quiz/index.ts';
import type { DocumentKey, XapiClient } from './xapi-client.ts';
import { createStatusView, type StatusView } from './xapi-status.ts';

export const PROGRESS_STATE_ID = 'https://connectoo.example.org/xapi/state/progress';

/** What a launch gives the tracker once connected. */
export interface XapiSession {
  client: XapiClient;
  scope: StatementScope;
  stateKey: DocumentKey;
  /** Local storage key of the statement queue (TinCan: one per endpoint; cmi5: the registration's, see `sessionId`). */
  queueKey: string;
  /** cmi5: the queue holds this session's statements only; other sessions' are dropped at launch. */
  sessionId?: string;
  mode: LaunchMode;
  /** 0–100, from the platform. */
  masteryScore?: number;
  /** cmi5: initialized was already sent in this session (a reload). */
  skipInitialized?: boolean;
  /** cmi5: terminated was already sent in this session: nothing more may be sent. */
  ended?: boolean;
  returnURL?: string;
  /** Called once the session's terminated statement is queued. */
  onTerminated?: () => void;
}

interface ProgressDoc {
  state: string | null;
  bookmark: string | null;
  /** Verbs already sent in this registration (completed, passed, failed). */
  sent: Record<string, boolean>;
  savedAt: string;
}

const emptyDoc = (): ProgressDoc => ({ state: null, bookmark: null, sent: {}, savedAt: '' });

function asDoc(v: unknown): ProgressDoc | null {
  if (!v || typeof v !== 'object') return null;
  const d = v as Partial<ProgressDoc>;
  return {
    state: typeof d.state === 'string' ? d.state : null,
    bookmark: typeof d.bookmark === 'string' ? d.bookmark : null,
    sent: d.sent && typeof d.sent === 'object' ? d.sent : {},
    savedAt: typeof d.savedAt === 'string' ? d.savedAt : '',
  };
}

export function openStorage(win: { localStorage?: Storage } | null): Storage | null {
  try {
    const s = win?.localStorage ?? null;
    s?.setItem('connectoo:probe', '1');
    s?.removeItem('connectoo:probe');
    return s;
  } catch {
    return null;
  }
}

/** The 0–100 score as an xAPI score: points when every question weighs whole points. */
export function scoreOf(score: number, data: PlayerData): NonNullable<Result['score']> {
  const points = data.modules.flatMap((m) => m.quiz?.questions ?? []).map((q) => q.points);
  const total = points.reduce((a, b) => a + b, 0);
  const whole = total > 0 && points.every(Number.isInteger);
  return {
    scaled: toScaled(score),
    raw: whole ? Math.round((score * total) / 100) : Math.round(score),
    min: 0,
    max: whole ? total : 100,
  };
}

export class XapiTracker implements Tracker {
  private s: XapiSession | null = null;
  private queue: StatementQueue | null = null;
  private doc: ProgressDoc = emptyDoc();
  private started = Date.now();
  private judgedThisSession = false;
  private terminated = false;
  private view: StatusView;
  private readonly storage: Storage | null;
  private readonly win: (Window & typeof globalThis) | null;

  constructor(
    private readonly data: PlayerData,
    private readonly connect: () => Promise<XapiSession>,
    win: (Window & typeof globalThis) | null = typeof window === 'undefined' ? null : window,
  ) {
    this.win = win;
    this.storage = openStorage(win);
    this.view = createStatusView(win?.document ?? null, data.lang);
  }

  private get mirrorKey(): string {
    const k = this.s!.stateKey;
    return `connectoo:xapi-state:${JSON.stringify([this.s!.queueKey, k.activityId, k.agent, k.registration ?? '', k.stateId])}`;
  }

  private readMirror(): ProgressDoc | null {
    try {
      return asDoc(JSON.parse(this.storage?.getItem(this.mirrorKey) ?? 'null'));
    } catch {
      return null;
    }
  }

  async init(): Promise<Launch> {
    let s: XapiSession;
    try {
      s = this.s = await this.connect();
    } catch (e) {
      this.view.set((e as { denied?: boolean }).denied ? 'denied' : 'unavailable');
      throw e;
    }
    this.started = Date.now();
    const client = s.client;
    const au = s.stateKey.activityId;
    const key = s.sessionId ? sessionQueueKey(s.queueKey, au, s.sessionId) : s.queueKey;
    const dropped = s.sessionId ? takeOtherSessions(this.storage, s.queueKey, au, key) : [];
    if (dropped.length) console.warn(`connectoo: ${dropped.length} statement(s) of an earlier cmi5 session not sent: the LMS has closed that session`);
    this.queue = new StatementQueue({
      client,
      key,
      storage: this.storage,
      writeState: (doc, keepalive) => client.putState(s.stateKey, doc, keepalive),
      onStatus: (st) => this.view.set(s.ended ? 'ended' : st),
      log: (m) => console.warn(m),
    });
    const [remote, unsent] = await Promise.all([client.getState(s.stateKey, 5000), undeliveredVerbs(client, dropped, au)]);
    const fromLrs = remote.kind === 'ok' ? asDoc(remote.body) : null;
    const local = this.readMirror();
    this.doc = (fromLrs && local ? (local.savedAt > fromLrs.savedAt ? local : fromLrs) : (fromLrs ?? local)) ?? emptyDoc();
    for (const v of unsent) delete this.doc.sent[v];
    if (s.ended) {
      this.terminated = true;
      this.view.set('ended');
    } else if (!s.skipInitialized) this.send(lifecycle(s.scope, 'initialized'));
    this.queue.kick();
    this.win?.addEventListener('online', () => this.queue?.retryNow());
    if (s.returnURL) this.view.offerExit(() => void this.exit());
    const name = s.scope.actor.name;
    return {
      state: this.doc.state,
      bookmark: this.doc.bookmark,
      learnerName: typeof name === 'string' && name ? name : null,
      mode: s.mode,
      storage: 'platform',
      masteryScore: s.masteryScore,
      stateLimit: LARGE_STATE_LIMIT,
    };
  }

  private send(st: Statement): void {
    if (!this.terminated) this.queue?.add(st);
  }

  private moduleOf(pageOrQuiz: (m: PlayerModule) => boolean): PlayerModule | undefined {
    return this.data.modules.find(pageOrQuiz);
  }

  pageViewed(pageId: string): void {
    if (!this.s) return;
    const m = this.moduleOf((x) => x.pages.some((p) => p.id === pageId));
    const page = m?.pages.find((p) => p.id === pageId);
    if (m && page) this.send(experienced(this.s.scope, m, page));
  }

  recordAnswer(a: AnswerRecord): void {
    if (!this.s || this.s.mode !== 'normal') return;
    const m = this.moduleOf((x) => x.id === a.quizId) ?? { id: a.quizId, title: a.quizId };
    const h = handlerOf(a.question);
    const response = h.xapiResponse(a.question as never, a.response as never);
    this.send(answered(this.s.scope, m, a.question, { response, success: a.correct, duration: isoDuration(a.latencyMs) }));
  }

  saveState(text: string): void {
    this.doc.state = text;
  }

  setBookmark(location: string): void {
    this.doc.bookmark = location;
  }

  private duration(): string {
    return isoDuration(Date.now() - this.started);
  }

  report(p: ProgressReport): void {
    const s = this.s;
    if (!s || s.mode !== 'normal' || this.terminated) return;
    const complete =
      p.pagesDone === undefined || p.quizzesDone === undefined
        ? p.status === 'completed' || p.status === 'passed'
        : completionMet(this.data.completion, p.pagesDone, p.quizzesDone);
    const sent = this.doc.sent;
    let changed = false;
    if (complete && !sent.completed) {
      this.send(lifecycle(s.scope, 'completed', { completion: true, duration: this.duration() }));
      sent.completed = changed = true;
    }
    const mastery = s.masteryScore ?? this.data.masteryScore;
    const done = p.quizzesDone ?? (p.status === 'passed' || p.status === 'failed');
    if (done && p.score !== null && !this.judgedThisSession && !sent.passed) {
      const passed = isMastered(p.score, mastery);
      // `failed` once nothing can change it, or earlier under a "…-failed" policy (contract/reporting.ts).
      const failedNow = p.status === 'failed' && (p.finished || reportsEarlyFailure(this.data.reporting));
      if (passed || (failedNow && !sent.failed)) {
        const verb = passed ? 'passed' : 'failed';
        this.send(lifecycle(s.scope, verb, { success: passed, score: scoreOf(p.score, this.data), duration: this.duration() }));
        sent[verb] = changed = true;
        this.judgedThisSession = true;
      }
    }
    if (changed) this.commit();
  }

  commit(): void {
    if (!this.s || !this.queue) return;
    if (this.s.mode === 'review') return;
    this.doc.savedAt = new Date().toISOString();
    try {
      this.storage?.setItem(this.mirrorKey, JSON.stringify(this.doc));
    } catch {
      // Storage full: the LRS copy still gets written.
    }
    this.queue.saveState({ ...this.doc, sent: { ...this.doc.sent } });
  }

  finish(): void {
    if (!this.s || !this.queue || this.terminated) return;
    this.commit();
    this.send(lifecycle(this.s.scope, 'terminated', { duration: this.duration() }));
    this.terminated = true;
    this.s.onTerminated?.();
    this.queue.flushOnExit();
  }

  /** Ends the session, waits (a little) for the LRS to have everything, then leaves to the platform. */
  async exit(): Promise<void> {
    const s = this.s;
    if (!s || !this.queue) return;
    if (!this.terminated) {
      this.commit();
      this.send(lifecycle(s.scope, 'terminated', { duration: this.duration() }));
      this.terminated = true;
      s.onTerminated?.();
    }
    await this.queue.drain(8000);
    if (s.returnURL && this.win) this.win.location.assign(s.returnURL);
  }
}
