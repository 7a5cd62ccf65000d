/**
 * The learner's state as a compact text for `cmi.suspend_data` (SCORM 1.2: at most 4096 characters),
 * for local storage and for the xAPI State API. Pages and questions are named by short keys made from
 * their ids (state-keys.ts), so a relaunch on a new version of the course (an LMS admin imports the
 * fixed package over the old one) restores what still exists, drops what is gone, and never gives an
 * answer to another question.
 *
 *   2<fingerprint><salt>|<seed, base 36>|<visited pages>|<answers>[|<learner name, URI-encoded>[|<reading aid>]]
 *
 * - fingerprint: 6 base64url characters, the hash of the course structure (ordered page ids, question
 *   ids with their types and choice ids); salt: one base-36 digit, the salt of the keys;
 * - visited pages: the 4-character key of each visited page, one after the other;
 * - answers, joined by `,`: `<question key, 5><shape, 2><flag><response>`, where flag is one base-36
 *   character worth `tries × 2 + (correct ? 1 : 0)` (tries capped at 17) and response is the handler's
 *   `encode` (characters left as they are by encodeURIComponent, so never `|` or `,`);
 * - the reading aid is one base-36 digit (see reading-aid.ts), after the name field (empty when there is no name).
 *
 * Decoding against the course that wrote the text (same fingerprint) restores everything. Against another
 * version, each key is looked up under the stored salt: a page or question whose key is not found, or is
 * found twice, is dropped; an answer whose shape differs keeps its result but not its response (the
 * response is a position among choices that changed), as does a response the handler cannot decode.
 *
 * Size: every key and flag has a fixed width, so the text without responses and name is at most
 * `HEAD + 4 × pages + 9 × questions` characters (`worstCaseLength`): 2,569 for 300 pages and 150 questions,
 * checked at build time against each format's limit. When the text would be too long, the longest
 * responses are left out (the result still counts; only the inputs are not filled again), then the name.
 *
 * Version 1 (written by earlier players, no ids) is still read: see suspend-legacy.ts.
 */
import { SCORM12_SUSPEND_LIMIT } from '../contract/state-limits.ts';
import { handlerOf } from '../quiz/index.ts';
import type { CourseIndex } from './course-index.ts';
import { aidToCode } from './reading-aid.ts';
import type { Answer, ProgressState } from './state.ts';
import {
  FINGERPRINT_LENGTH,
  keysFor,
  layoutOf,
  PAGE_KEY_LENGTH,
  positionsByKey,
  QUESTION_KEY_LENGTH,
  SHAPE_LENGTH,
} from './state-keys.ts';
import { decodeLegacyState, decodeTail, seededState } from './suspend-legacy.ts';

export { decodeBits, encodeBits } from './suspend-legacy.ts';

export const SUSPEND_VERSION = '2';
export { SCORM12_SUSPEND_LIMIT };
export const MAX_TRIES = 17;
const ENTRY_HEAD = QUESTION_KEY_LENGTH + SHAPE_LENGTH + 1;
/** Version, fingerprint, salt, the largest seed (`zik0zj`), three `|`, and `||<aid>` at the end. */
const HEAD = 1 + FINGERPRINT_LENGTH + 1 + 6 + 3 + 3;

/** Longest text for this course with every page visited and every question answered, responses and name left out. */
export function worstCaseLength(pages: number, questions: number): number {
  return HEAD + PAGE_KEY_LENGTH * pages + (ENTRY_HEAD + 1) * questions - (questions ? 1 : 0);
}

interface Entry {
  head: string;
  body: string;
}

export function encodeState(index: CourseIndex, state: ProgressState, limit = SCORM12_SUSPEND_LIMIT): string {
  const layout = layoutOf(index);
  const pages = index.pageIds.map((id, i) => (state.visited.has(id) ? layout.keys.pages[i] : '')).join('');
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
    entries.push({ head: layout.keys.questions[i]! + layout.shapes[i]! + flag, body });
  });
  const name = state.learnerName ? encodeURIComponent(state.learnerName.slice(0, 100)) : '';
  const aid = state.readingAid ? aidToCode(state.readingAid) : '';
  const head = SUSPEND_VERSION + layout.fingerprint + layout.keys.salt.toString(36);
  const build = (withName: boolean) => {
    const fields = [head, state.seed.toString(36), pages, entries.map((e) => e.head + e.body).join(',')];
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

function chunks(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + width <= text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

const HEAD_RE = new RegExp(`^2([A-Za-z0-9_-]{${FINGERPRINT_LENGTH}})([0-9a-z])$`);

function decodeCurrent(index: CourseIndex, parts: string[]): ProgressState | null {
  const m = HEAD_RE.exec(parts[0]!);
  if (!m) return null;
  const layout = layoutOf(index);
  const sameCourse = m[1] === layout.fingerprint;
  const keys = keysFor(index, parseInt(m[2]!, 36));
  const pageAt = positionsByKey(keys.pages);
  const questionAt = positionsByKey(keys.questions);
  const state = seededState(parts[1]);
  for (const key of chunks(parts[2]!, PAGE_KEY_LENGTH)) {
    const i = pageAt.get(key);
    if (i !== undefined) state.visited.add(index.pageIds[i]!);
  }
  for (const item of parts[3] ? parts[3].split(',') : []) {
    const i = questionAt.get(item.slice(0, QUESTION_KEY_LENGTH));
    const flag = parseInt(item.charAt(ENTRY_HEAD - 1), 36);
    if (i === undefined || item.length < ENTRY_HEAD || !(flag >= 0)) continue;
    const q = index.questions[i]!;
    if (state.answers.has(q.interactionId)) continue;
    const shape = item.slice(QUESTION_KEY_LENGTH, QUESTION_KEY_LENGTH + SHAPE_LENGTH);
    const body = item.slice(ENTRY_HEAD);
    let response: Answer['response'] = null;
    if (body && (sameCourse || shape === layout.shapes[i])) {
      try {
        response = handlerOf(q).decode(q as never, body) as Answer['response'];
      } catch {
        response = null;
      }
    }
    state.answers.set(q.interactionId, { response, correct: (flag & 1) === 1, tries: Math.max(1, flag >> 1) });
  }
  decodeTail(state, parts);
  return state;
}

/** The state written by `encodeState` (or by a version-1 player); null when the text is empty or unknown. */
export function decodeState(index: CourseIndex, text: string | null | undefined): ProgressState | null {
  if (!text) return null;
  const parts = text.split('|');
  if (parts.length < 4) return null;
  if (parts[0] === '1') return decodeLegacyState(index, parts);
  return decodeCurrent(index, parts);
}
