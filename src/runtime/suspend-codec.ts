/**
 * The learner's state as a compact text for `cmi.suspend_data` (SCORM 1.2: at most 4096 characters)
 * and for local storage.
 *
 *   1|<seed, base 36>|<visited pages, base64url bitset>|<answers>[|<learner name, URI-encoded>[|<reading aid>]]
 *
 * answers: `<question number, base 36>:<flag><response>` joined by `,`, where flag is one base-36
 * character worth `tries × 2 + (correct ? 1 : 0)` (tries capped at 17) and response is the
 * handler's `encode` (characters left as they are by encodeURIComponent, so never `|`, `,` or `:`).
 * When the text would be too long, the longest responses are left out (the result still counts;
 * only the inputs are not filled again on resume).
 * The reading aid is one base-36 digit (see reading-aid.ts), after the name field (empty when there is
 * no name); text written before it existed has no such field and still loads.
 */
import { handlerOf } from '../quiz/index.ts';
import type { CourseIndex } from './course-index.ts';
import { aidFromCode, aidToCode } from './reading-aid.ts';
import { newState, type Answer, type ProgressState } from './state.ts';

export const SUSPEND_VERSION = '1';
export const SCORM12_SUSPEND_LIMIT = 4096;
const MAX_TRIES = 17;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

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

interface Entry {
  head: string;
  body: string;
}

export function encodeState(index: CourseIndex, state: ProgressState, limit = SCORM12_SUSPEND_LIMIT): string {
  const bits = encodeBits(index.pageIds.map((id) => state.visited.has(id)));
  const entries: Entry[] = [];
  index.questions.forEach((q, i) => {
    const a = state.answers.get(q.interactionId);
    if (!a) return;
    const flag = (Math.min(a.tries, MAX_TRIES) * 2 + (a.correct ? 1 : 0)).toString(36);
    let body = '';
    if (a.response !== null) {
      try {
        body = handlerOf(q).encode(q as never, a.response as never);
      } catch {
        body = '';
      }
    }
    entries.push({ head: `${i.toString(36)}:${flag}`, body });
  });
  const name = state.learnerName ? encodeURIComponent(state.learnerName.slice(0, 100)) : '';
  const aid = state.readingAid ? aidToCode(state.readingAid) : '';
  const build = (withName: boolean) => {
    const fields = [SUSPEND_VERSION, state.seed.toString(36), bits, entries.map((e) => e.head + e.body).join(',')];
    const kept = withName ? name : '';
    if (kept || aid) fields.push(kept);
    if (aid) fields.push(aid);
    return fields.join('|');
  };

  let text = build(true);
  if (text.length <= limit) return text;
  const bySize = entries.slice().sort((a, b) => b.body.length - a.body.length);
  for (const e of bySize) {
    if (!e.body) break;
    e.body = '';
    text = build(true);
    if (text.length <= limit) return text;
  }
  return build(false);
}

/** The state written by `encodeState`; a fresh state when the text is empty or of another version. */
export function decodeState(index: CourseIndex, text: string | null | undefined): ProgressState | null {
  if (!text) return null;
  const parts = text.split('|');
  if (parts[0] !== SUSPEND_VERSION || parts.length < 4) return null;
  const seed = parseInt(parts[1]!, 36);
  const state = newState(Number.isFinite(seed) ? seed : undefined);
  decodeBits(parts[2]!, index.pageIds.length).forEach((v, i) => {
    if (v) state.visited.add(index.pageIds[i]!);
  });
  for (const item of parts[3] ? parts[3].split(',') : []) {
    const m = /^([0-9a-z]+):([0-9a-z])(.*)$/.exec(item);
    if (!m) continue;
    const q = index.questions[parseInt(m[1]!, 36)];
    if (!q) continue;
    const flag = parseInt(m[2]!, 36);
    let response: Answer['response'] = null;
    if (m[3]) {
      try {
        response = handlerOf(q).decode(q as never, m[3]) as Answer['response'];
      } catch {
        response = null;
      }
    }
    state.answers.set(q.interactionId, { response, correct: (flag & 1) === 1, tries: Math.max(1, flag >> 1) });
  }
  if (parts[4]) {
    try {
      state.learnerName = decodeURIComponent(parts[4]);
    } catch {
      // A damaged name is simply forgotten.
    }
  }
  const aid = aidFromCode(parts[5]);
  if (aid) state.readingAid = aid;
  return state;
}
