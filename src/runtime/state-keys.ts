/**
 * Short keys that name pages and questions in the saved state (see suspend-codec.ts), and the
 * fingerprint of a course's structure. Keys are hashes of ids, so they stay the same when a new
 * version of the course adds, removes or moves other pages and questions.
 *
 * - page key: 4 characters, 24 bits of the hash of `<salt>|p|<page id>`;
 * - question key: 5 characters, 30 bits of the hash of `<salt>|q|<interaction id>`;
 * - shape: 2 characters, 12 bits of the hash of what a stored response depends on (the question
 *   type and its choice, pair or item ids in order), so a response is never read against other choices;
 * - fingerprint: 6 characters, 32 bits of the hash of the ordered page ids and question ids with shapes.
 *
 * The salt (0–35) is the first one under which no two pages and no two questions of the course
 * share a key, so within one version a key names exactly one page or question.
 */
import type { QuestionModel } from '../contract/course-data.ts';
import { handlerOf } from '../quiz/index.ts';
import { hashString } from '../quiz/shared.ts';
import type { CourseIndex } from './course-index.ts';

export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const PAGE_KEY_LENGTH = 4;
export const QUESTION_KEY_LENGTH = 5;
export const SHAPE_LENGTH = 2;
export const FINGERPRINT_LENGTH = 6;
export const SALTS = 36;

/** FNV-1a followed by the murmur3 finaliser, so every bit depends on every character. */
export function hash32(s: string): number {
  let h = hashString(s);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `n` (non-negative integer) as exactly `width` base64url digits, most significant first. */
export function toB64(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = B64[n % 64] + out;
    n = Math.floor(n / 64);
  }
  return out;
}

const bitsKey = (s: string, width: number) => toB64(hash32(s) % 2 ** (6 * width), width);

/** What a stored response depends on: the type, then the component ids in order. */
export function shapeOf(q: QuestionModel): string {
  const c = handlerOf(q).xapiComponents(q as never, 'und');
  const ids = [c.choices, c.source, c.target].map((list) => (list ?? []).map((x) => x.id).join(','));
  return `${q.type}/${ids.join('/')}`;
}

export interface StateKeys {
  salt: number;
  /** By position in `index.pageIds`. */
  pages: string[];
  /** By position in `index.questions`. */
  questions: string[];
}

export function keysFor(index: CourseIndex, salt: number): StateKeys {
  return {
    salt,
    pages: index.pageIds.map((id) => bitsKey(`${salt}|p|${id}`, PAGE_KEY_LENGTH)),
    questions: index.questions.map((q) => bitsKey(`${salt}|q|${q.interactionId}`, QUESTION_KEY_LENGTH)),
  };
}

const distinct = (keys: string[]) => new Set(keys).size === keys.length;

export interface StateLayout {
  fingerprint: string;
  keys: StateKeys;
  /** By position in `index.questions`. */
  shapes: string[];
}

const layouts = new WeakMap<CourseIndex, StateLayout>();

/** Fingerprint, keys and shapes of the course (computed once per index). */
export function layoutOf(index: CourseIndex): StateLayout {
  const known = layouts.get(index);
  if (known) return known;
  const shapes = index.questions.map(shapeOf);
  const structure = [...index.pageIds, '', ...index.questions.map((q, i) => `${q.interactionId} ${shapes[i]}`)].join('\n');
  let keys = keysFor(index, 0);
  for (let salt = 1; salt < SALTS && !(distinct(keys.pages) && distinct(keys.questions)); salt++) keys = keysFor(index, salt);
  const layout = {
    fingerprint: toB64(hash32(structure), FINGERPRINT_LENGTH),
    keys,
    shapes: shapes.map((s) => bitsKey(`s|${s}`, SHAPE_LENGTH)),
  };
  layouts.set(index, layout);
  return layout;
}

/** Key → position, leaving out keys that name more than one entry (they are not trusted). */
export function positionsByKey(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const twice = new Set<string>();
  keys.forEach((k, i) => {
    if (out.has(k)) twice.add(k);
    else out.set(k, i);
  });
  for (const k of twice) out.delete(k);
  return out;
}
