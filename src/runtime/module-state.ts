/** Where the learner stands in each module, for the course home. Pure. */
import type { CourseIndex } from './course-index.ts';
import type { Progress } from './progress.ts';
import type { ProgressState } from './state.ts';

export type ModuleStand = 'not-started' | 'in-progress' | 'done' | 'passed' | 'failed';

export interface ModuleState {
  id: string;
  stand: ModuleStand;
  /** The module quiz's score once every question is answered. */
  score: number | null;
}

export function moduleStates(index: CourseIndex, state: ProgressState, progress: Progress): ModuleState[] {
  return index.data.modules.map((m) => {
    const required = m.pages.filter((p) => !p.optional);
    const seen = m.pages.filter((p) => state.visited.has(p.id)).length;
    const quiz = progress.quizzes.find((q) => q.id === m.id);
    const started = seen > 0 || (quiz?.answered ?? 0) > 0;
    const pagesDone = required.every((p) => state.visited.has(p.id));
    const quizDone = !quiz || quiz.done;
    let stand: ModuleStand = started ? 'in-progress' : 'not-started';
    if (pagesDone && quizDone && started) stand = quiz?.passed === true ? 'passed' : quiz?.passed === false ? 'failed' : 'done';
    return { id: m.id, stand, score: quiz?.done ? quiz.score : null };
  });
}
