/**
 * Saved state of version 1, written by players built before pages and questions were named by id:
 *
 *   1|<seed, base 36>|<visited pages, base64url bitset>|<answers>[|<learner name, URI-encoded>[|<reading aid>]]
 *
 * answers: `<question number, base 36>:<flag><response>` joined by `,` (flag as in version 2).
 * Pages and questions are positions in the course that wrote the text, and the text says nothing of that
 * course: neither its page count (trailing empty bits are cut) nor its question count. So it is restored
 * positionally only when everything in it fits the current course: no visited bit beyond the last page,
 * no question number beyond the last question, and every stored response decodes for the question now at
 * its position and scores there as it was scored. Otherwise the visited pages and the answers are dropped
 * (seed, name and reading aid stay) rather than given to other pages and questions. A new version that only
 * adds or removes pages, with the same questions, cannot be told apart from the same course: its visited
 * pages may then shift; answers never move to questions of another shape or answer key.
 *
 * The seed and the fields after the answers are the same in both versions.
 */
import { handlerOf } from '../quiz/index.ts';
import type { CourseIndex } from './course-index.ts';
import { aidFromCode } from './reading-aid.ts';
import { newState, type Answer, type ProgressState } from './state.ts';
import { B64 } from './state-keys.ts';

export function encodeBits(bits: readonly boolean[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) if (bits[i + b]) v |= 1 << b;
    out += B64[v];
  }
  return out.replace(/A+$/, '');
}

export function decodeBits(text: string, count: number): boolean[] {
  const bits: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const v = B64.indexOf(text[Math.floor(i / 6)] ?? 'A');
    bits.push(v > 0 && (v & (1 << i % 6)) !== 0);
  }
  return bits;
}

export function seededState(seedText: string | undefined): ProgressState {
  const seed = parseInt(seedText ?? '', 36);
  return newState(Number.isFinite(seed) ? seed : undefined);
}

/** Learner name and reading aid, the fields after the answers. */
export function decodeTail(state: ProgressState, parts: readonly string[]): void {
  if (parts[4]) {
    try {
      state.learnerName = decodeURIComponent(parts[4]);
    } catch {
      // A damaged name is simply forgotten.
    }
  }
  const aid = aidFromCode(parts[5]);
  if (aid) state.readingAid = aid;
}

/** Answers by position, or null when one of them does not fit the current course. */
function legacyAnswers(index: CourseIndex, field: string): Map<string, Answer> | null {
  const answers = new Map<string, Answer>();
  for (const item of field ? field.split(',') : []) {
    const m = /^([0-9a-z]+):([0-9a-z])(.*)$/.exec(item);
    if (!m) continue;
    const q = index.questions[parseInt(m[1]!, 36)];
    if (!q) return null;
    const flag = parseInt(m[2]!, 36);
    const correct = (flag & 1) === 1;
    let response: Answer['response'] = null;
    if (m[3]) {
      const h = handlerOf(q);
      try {
        response = h.decode(q as never, m[3]) as Answer['response'];
      } catch {
        response = null;
      }
      if (response === null || h.isCorrect(q as never, response as never) !== correct) return null;
    }
    answers.set(q.interactionId, { response, correct, tries: Math.max(1, flag >> 1) });
  }
  return answers;
}

export function decodeLegacyState(index: CourseIndex, parts: readonly string[]): ProgressState {
  const state = seededState(parts[1]);
  const bitsText = parts[2]!;
  const bits = decodeBits(bitsText, bitsText.length * 6);
  const answers = legacyAnswers(index, parts[3]!);
  if (answers && !bits.slice(index.pageIds.length).some(Boolean)) {
    bits.slice(0, index.pageIds.length).forEach((v, i) => {
      if (v) state.visited.add(index.pageIds[i]!);
    });
    state.answers = answers;
  }
  decodeTail(state, parts);
  return state;
}
