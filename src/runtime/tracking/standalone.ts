/** Tracking without a platform: progress kept in the browser's local storage. */
import { LARGE_STATE_LIMIT } from '../../contract/state-limits.ts';
import type { AnswerRecord, Launch, ProgressReport, Tracker } from './tracker.ts';

interface Saved {
  state?: string;
  bookmark?: string;
}

/** The storage key of a course: one per course id, version and language. */
export const storageKey = (id: string, version: string, lang: string) => `connectoo:${id}:${version}:${lang}`;

function openStorage(win: { localStorage?: Storage }): Storage | null {
  try {
    const s = win.localStorage;
    if (!s) return null;
    const probe = 'connectoo:probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export class StandaloneTracker implements Tracker {
  private storage: Storage | null;
  private saved: Saved = {};
  private done = false;

  constructor(
    private readonly key: string,
    win: { localStorage?: Storage } = typeof window === 'undefined' ? {} : window,
  ) {
    this.storage = openStorage(win);
  }

  async init(): Promise<Launch> {
    try {
      const text = this.storage?.getItem(this.key);
      if (text) this.saved = JSON.parse(text) as Saved;
    } catch {
      this.saved = {};
    }
    return {
      state: typeof this.saved.state === 'string' ? this.saved.state : null,
      bookmark: typeof this.saved.bookmark === 'string' ? this.saved.bookmark : null,
      learnerName: null,
      mode: 'normal',
      storage: this.storage ? 'local' : 'none',
      stateLimit: LARGE_STATE_LIMIT,
    };
  }

  saveState(text: string): void {
    this.saved.state = text;
  }

  setBookmark(location: string): void {
    this.saved.bookmark = location;
  }

  recordAnswer(_answer: AnswerRecord): void {
    // Answers live in the saved state.
  }

  report(_progress: ProgressReport): void {
    // Status and score are computed again from the saved state.
  }

  commit(): void {
    if (this.done || !this.storage) return;
    try {
      this.storage.setItem(this.key, JSON.stringify(this.saved));
    } catch {
      // Storage full or refused: progress stays in memory for this visit.
    }
  }

  finish(): void {
    this.commit();
    this.done = true;
  }
}
