/** `window.connectoo`: a small, stable view of the learner's progress for automation and tests. */
import type { Progress } from './progress.ts';
import type { ProgressState } from './state.ts';
import type { Launch } from './tracking/tracker.ts';

export interface ProgressSnapshot {
  /** Current bookmark: a page id, `quiz:<module id>` or `certificate`. */
  location: string;
  visited: string[];
  /** By interaction id (`<module>-<question>`). */
  answers: Record<string, { response: unknown; correct: boolean; tries: number }>;
  /** Overall 0–100 score, null until every quiz is done. */
  score: number | null;
  status: Progress['status'];
  finished: boolean;
  percent: number;
  mode: Launch['mode'];
  storage: Launch['storage'];
}

export interface ConnectooHooks {
  version: 1;
  state(): ProgressSnapshot;
}

export function exposeHooks(
  view: (Window & { connectoo?: ConnectooHooks }) | null,
  get: () => { location: string; state: ProgressState; progress: Progress; launch: Launch },
): void {
  if (!view) return;
  view.connectoo = {
    version: 1,
    state() {
      const { location, state, progress, launch } = get();
      const answers: ProgressSnapshot['answers'] = {};
      for (const [id, a] of state.answers) answers[id] = { response: a.response, correct: a.correct, tries: a.tries };
      return {
        location,
        visited: [...state.visited],
        answers,
        score: progress.score,
        status: progress.status,
        finished: progress.finished,
        percent: progress.percent,
        mode: launch.mode,
        storage: launch.storage,
      };
    },
  };
}
