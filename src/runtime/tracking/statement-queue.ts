/**
 * Statements wait in local storage until the LRS has them: sent in order, in batches, retried
 * with backoff while the LRS is offline, slow or failing (5xx), so a reload or a crash loses
 * nothing. Every statement carries its own id, so a resend never stores it twice.
 * The learner's state document rides along: written after the statements that precede it.
 */
import type { Outcome, XapiClient } from './xapi-client.ts';

export type SaveStatus = 'saved' | 'saving' | 'offline' | 'denied';

export interface Statement {
  id: string;
  [key: string]: unknown;
}

export interface QueueOptions {
  client: XapiClient;
  /** Local storage key of this endpoint's queue. */
  key: string;
  storage: Storage | null;
  /** Writes the state document; called when nothing else is waiting. */
  writeState?: (doc: unknown, keepalive: boolean) => Promise<Outcome>;
  onStatus?: (s: SaveStatus) => void;
  log?: (message: string) => void;
  /** Backoff steps in ms; the last one repeats. */
  delays?: number[];
  batchSize?: number;
}

const DEFAULT_DELAYS = [1000, 2000, 4000, 8000, 10_000];
/** Browsers refuse keepalive bodies over 64 KiB in total. */
const KEEPALIVE_BUDGET = 60_000;

export class StatementQueue {
  private items: Statement[] = [];
  private pendingDoc: { doc: unknown } | null = null;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private inFlight = 0;
  private status: SaveStatus = 'saved';
  private denied = false;
  private isolate = false;
  private waiters: (() => void)[] = [];
  /** After a keepalive send, the same statements are not sent again before this time. */
  private pausedUntil = 0;

  constructor(private readonly o: QueueOptions) {
    this.items = this.load();
  }

  private load(): Statement[] {
    try {
      const list = JSON.parse(this.o.storage?.getItem(this.o.key) ?? '[]') as unknown;
      return Array.isArray(list) ? list.filter((s): s is Statement => !!s && typeof (s as Statement).id === 'string') : [];
    } catch {
      return [];
    }
  }

  private persist(): void {
    try {
      if (this.items.length) this.o.storage?.setItem(this.o.key, JSON.stringify(this.items));
      else this.o.storage?.removeItem(this.o.key);
    } catch {
      // Storage full: the statements still wait in memory.
    }
  }

  private setStatus(s: SaveStatus): void {
    if (s === this.status) return;
    this.status = s;
    this.o.onStatus?.(s);
  }

  /** Statements not yet acknowledged by the LRS. */
  get pending(): number {
    return this.items.length;
  }

  get current(): SaveStatus {
    return this.status;
  }

  add(statement: Statement): void {
    this.items.push(statement);
    this.persist();
    this.kick();
  }

  /** The latest learner state: replaces any state not yet written. */
  saveState(doc: unknown): void {
    if (!this.o.writeState) return;
    this.pendingDoc = { doc };
    this.kick();
  }

  /** Tries now (e.g. the browser is back online), cancelling any backoff wait. */
  retryNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.kick();
  }

  kick(): void {
    if (this.busy || this.denied || this.timer) return;
    if (!this.items.length && !this.pendingDoc) return this.settle('saved');
    void this.run();
  }

  private settle(s: SaveStatus): void {
    this.setStatus(s);
    if (s === 'saved' || s === 'denied') this.waiters.splice(0).forEach((w) => w());
  }

  /** Resolves once everything is written, access is refused, or `ms` passed. */
  drain(ms: number): Promise<boolean> {
    if (this.denied) return Promise.resolve(false);
    if (!this.items.length && !this.pendingDoc && !this.busy) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), ms);
      this.waiters.push(() => {
        clearTimeout(t);
        resolve(!this.denied);
      });
      this.retryNow();
    });
  }

  private async run(): Promise<void> {
    this.busy = true;
    this.setStatus(this.status === 'offline' ? 'offline' : 'saving');
    let outcome: Outcome = { kind: 'ok', body: null };
    while (this.items.length || this.pendingDoc) {
      if (Date.now() < this.pausedUntil) {
        outcome = { kind: 'retry', status: 0 };
        break;
      }
      if (this.items.length) {
        const batch = this.items.slice(0, this.isolate ? 1 : (this.o.batchSize ?? 25));
        this.inFlight = batch.length;
        outcome = await this.o.client.postStatements(batch);
        this.inFlight = 0;
        if (outcome.kind === 'ok') {
          this.items.splice(0, batch.length);
          this.persist();
          continue;
        }
        if (outcome.kind === 'rejected') {
          if (batch.length > 1) {
            this.isolate = true;
            continue;
          }
          this.o.log?.(`connectoo: the LRS refused statement ${batch[0]!.id} (${outcome.status}): ${outcome.text}`);
          this.items.shift();
          this.persist();
          continue;
        }
      } else {
        const doc = this.pendingDoc!;
        outcome = await this.o.writeState!(doc.doc, false);
        if (outcome.kind === 'ok' || outcome.kind === 'rejected') {
          if (outcome.kind === 'rejected') this.o.log?.(`connectoo: the LRS refused the state document (${outcome.status})`);
          if (this.pendingDoc === doc) this.pendingDoc = null;
          continue;
        }
      }
      break;
    }
    this.busy = false;
    this.isolate = false;
    if (outcome.kind === 'denied') {
      this.denied = true;
      return this.settle('denied');
    }
    if (outcome.kind === 'retry' && (this.items.length || this.pendingDoc)) {
      const paused = this.pausedUntil - Date.now();
      if (paused > 0) return this.wait(paused);
      const delays = this.o.delays ?? DEFAULT_DELAYS;
      const base = delays[Math.min(this.failures, delays.length - 1)]!;
      this.failures++;
      this.setStatus('offline');
      return this.wait(base + Math.floor(Math.random() * base * 0.2));
    }
    this.failures = 0;
    this.kick();
  }

  private wait(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, ms);
  }

  /**
   * The page is going away: hands what waits (after any batch in flight) to keepalive requests.
   * The statements stay queued: if these requests fail, the next launch sends them again.
   */
  flushOnExit(): void {
    this.persist();
    if (this.denied) return;
    const rest = this.items.slice(this.inFlight);
    const batch: Statement[] = [];
    let size = 2;
    for (const s of rest) {
      const n = JSON.stringify(s).length + 1;
      if (size + n > KEEPALIVE_BUDGET) break;
      batch.push(s);
      size += n;
    }
    if (!batch.length && !this.pendingDoc) return;
    if (batch.length) void this.o.client.postStatements(batch, true);
    if (this.pendingDoc && this.o.writeState) void this.o.writeState(this.pendingDoc.doc, true);
    // Should the page stay (a cancelled unload), the keepalive requests finish before any resend.
    this.pausedUntil = Date.now() + 5000;
    if (!this.busy) this.wait(5000);
  }
}
