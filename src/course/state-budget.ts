/**
 * Proof, at build time, that the learner's saved state fits where each format keeps it: the player's own
 * encoder writes the largest state this course can have (every page visited, every question answered,
 * the reading aid chosen), and a course whose state cannot fit gets an author error.
 * Responses and the learner's name are not counted: the player leaves them out first when room is short.
 */
import { join } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { toPlayerData } from '../render/player-data.ts';
import { indexCourse } from '../runtime/course-index.ts';
import type { FormatId } from '../contract/player-data.ts';
import { newState } from '../runtime/state.ts';
import { encodeState, MAX_TRIES } from '../runtime/suspend-codec.ts';
import { formats as adapters } from '../formats/index.ts';
import type { CourseSpec } from './load-course.ts';
import { toModel } from './to-model.ts';
import { parseYaml } from './yaml.ts';

/** Length of the largest saved state of the course. */
export function worstCaseState(spec: CourseSpec): { length: number; pages: number; questions: number } {
  const index = indexCourse(toPlayerData(toModel(spec, spec.languages[0]!), 'scorm12'));
  const state = newState(0x7fffffff);
  for (const id of index.pageIds) state.visited.add(id);
  for (const q of index.questions) state.answers.set(q.interactionId, { response: null, correct: true, tries: MAX_TRIES });
  state.readingAid = { large: true, contrast: true, spacing: true };
  return { length: encodeState(index, state, Infinity).length, pages: index.pageIds.length, questions: index.questions.length };
}

export function checkStateBudget(spec: CourseSpec, courseYaml: string, formats: readonly FormatId[], report: Report): void {
  const worst = worstCaseState(spec);
  const file = join(spec.dir, 'course.yaml');
  for (const f of formats) {
    const budget = adapters[f];
    if (!budget || worst.length <= budget.stateLimit) continue;
    const at = parseYaml(file, courseYaml, () => {})?.locate(['modules'], true) ?? { line: 1, column: 1 };
    const params = { pages: worst.pages, questions: worst.questions, length: worst.length, limit: budget.stateLimit, format: budget.title };
    report({ rule: 'course/state-too-large', params, file, ...at });
  }
}
