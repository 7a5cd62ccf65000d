/**
 * Small helpers shared by the question handlers. Runs in Node (build) and in the browser (player).
 */
import type { QuestionReport } from './contract.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** SCORM 1.2 short identifiers: position 0 → `a`, 25 → `z`, 26 → `0`, 35 → `9`. */
export const SHORT_IDS = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function shortId(index: number): string {
  const c = SHORT_IDS[index];
  if (c === undefined) throw new RangeError(`no short id for position ${index} (at most 36)`);
  return c;
}

/** Position of a short id, or -1. */
export function shortIndex(c: string): number {
  return c.length === 1 ? SHORT_IDS.indexOf(c) : -1;
}

/** Decodes a string of short ids into positions below `count`; null if any is invalid. */
export function shortIndexes(s: string, count: number): number[] | null {
  const out: number[] = [];
  for (const c of s) {
    const i = shortIndex(c);
    if (i < 0 || i >= count) return null;
    out.push(i);
  }
  return out;
}

/** FNV-1a 32-bit hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, driven by `seed`. */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = list.slice();
  const rnd = randomFrom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A shuffled copy that never keeps the original order (when there are at least two elements). */
export function scrambled<T>(list: readonly T[], seed: number): T[] {
  const out = shuffled(list, seed);
  if (out.length > 1 && out.every((x, i) => x === list[i])) out.push(out.shift()!);
  return out;
}

/** Text comparison key: trimmed, inner spaces collapsed, optionally lower-cased and without accents. */
export function normalizeText(text: string, caseSensitive: boolean, accentSensitive: boolean): string {
  let s = text.trim().replace(/\s+/g, ' ');
  if (!accentSensitive) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (!caseSensitive) s = s.toLowerCase();
  return s.normalize('NFC');
}

/** Reads a decimal number as a learner types it: `46.5`, `46,5`, ` -3 `. NaN when it is not one. */
export function parseDecimal(text: string): number {
  const s = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return NaN;
  return Number(s);
}

/** A number written as a CMIDecimal: no exponent, at most 6 decimals. */
export function formatDecimal(n: number): string {
  if (!Number.isFinite(n)) return '0';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  const s = n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

/** Reports `quiz/duplicate-id` for every repeated id; `at(i)` gives the path of element i's id. */
export function checkDuplicateIds(
  ids: readonly string[],
  at: (i: number) => (string | number)[],
  what: 'choices' | 'sources' | 'targets' | 'items',
  report: QuestionReport,
): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return;
    }
    report(at(i), { rule: 'quiz/duplicate-id', params: { kind: 'inner', what, id, first: first + 1, second: i + 1 } });
  });
}

/** Truncates to the SCORM 1.2 CMIFeedback length. */
export const cut255 = (s: string): string => (s.length > 255 ? s.slice(0, 255) : s);

/** SCORM 2004 localized string (RTE 4.1.1.7): `{lang=fr}text`, the text cut to 250 characters and kept off the delimiters. */
export function langString(lang: string, text: string): string {
  const clean = text.replace(/\[[,.:]\]/g, ' ').replace(/^\{/, '(');
  return `{lang=${lang}}${clean.length > 250 ? clean.slice(0, 250) : clean}`;
}

/** Correct responses an LMS must keep per fill-in interaction (SCORM 2004 RTE, smallest permitted maximum). */
export const SCORM2004_FILL_IN_PATTERNS = 5;

export function elementId(interactionId: string, suffix = ''): string {
  return `cx-${interactionId}${suffix ? `-${suffix}` : ''}`;
}
