/**
 * The text of one translation unit: plain text and inline codes, as XLIFF 1.2 writes them. A `g` wraps text
 * that keeps its markup (emphasis, strong, a link, a `:lang` passage); an `x` stands for something without
 * text of its own (an image, a line break); a `ph` shows a piece of Markdown that stays as it is (inline code,
 * an address written as a link). Translators move codes, never change them.
 */
import type { CodeWhat } from '../diagnostics/rules.ts';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'g'; id: number; ctype: string; children: Segment[] }
  | { kind: 'x'; id: number; ctype: string }
  | { kind: 'ph'; id: number; ctype: string; native: string };

export type Code = Exclude<Segment, { kind: 'text' }>;


export function codeWhat(ctype: string): CodeWhat {
  if (ctype === 'italic') return 'emphasis';
  if (ctype === 'bold') return 'strong';
  if (ctype === 'x-strike') return 'strikethrough';
  if (ctype === 'link' || ctype === 'x-link') return 'link';
  if (ctype === 'image') return 'image';
  if (ctype === 'x-code') return 'code';
  if (ctype === 'lb') return 'line-break';
  if (ctype.startsWith('x-directive-')) return 'passage';
  return 'markup';
}

export const plain = (text: string): Segment[] => (text ? [{ kind: 'text', text }] : []);

/** The text of the segments, codes left out (whitespace runs as one space). */
export function textOf(segments: readonly Segment[]): string {
  const walk = (s: readonly Segment[]): string => s.map((x) => (x.kind === 'text' ? x.text : x.kind === 'g' ? walk(x.children) : ' ')).join('');
  return walk(segments).replace(/\s+/g, ' ').trim();
}

/** Whether the segments hold anything to translate (not only codes, spaces and punctuation-free nothing). */
export const hasText = (segments: readonly Segment[]) => /[\p{L}\p{N}]/u.test(textOf(segments));

/** A comparable form: text with whitespace runs as one space, codes by id and type (ph content ignored). */
export function signature(segments: readonly Segment[]): string {
  const walk = (s: readonly Segment[]): string =>
    s.map((x) => (x.kind === 'text' ? x.text.replace(/[<>{}\\]/g, '\\$&') : x.kind === 'g' ? `<${x.id}:${x.ctype}>${walk(x.children)}</${x.id}>` : `{${x.id}:${x.ctype}}`)).join('');
  return walk(segments).replace(/\s+/g, ' ').trim();
}

/** Every code with the id of the `g` it sits in (0 = the unit itself), in document order. */
export function codesOf(segments: readonly Segment[]): { code: Code; parent: number }[] {
  const out: { code: Code; parent: number }[] = [];
  const walk = (s: readonly Segment[], parent: number) => {
    for (const x of s) {
      if (x.kind === 'text') continue;
      out.push({ code: x, parent });
      if (x.kind === 'g') walk(x.children, x.id);
    }
  };
  walk(segments, 0);
  return out;
}

const escapeXml = (s: string) =>
  s
    // Characters XML 1.0 cannot carry (controls other than tab and line ends) are left out.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
export const escapeAttr = (s: string) => escapeXml(s).replace(/"/g, '&quot;');

/** The segments as the content of an XLIFF 1.2 `<source>` or `<target>`. */
export function segmentsXml(segments: readonly Segment[]): string {
  return segments
    .map((x) => {
      switch (x.kind) {
        case 'text': return escapeXml(x.text);
        case 'g': return `<g id="${x.id}" ctype="${x.ctype}">${segmentsXml(x.children)}</g>`;
        case 'x': return `<x id="${x.id}" ctype="${x.ctype}"/>`;
        case 'ph': return `<ph id="${x.id}" ctype="${x.ctype}">${escapeXml(x.native)}</ph>`;
      }
    })
    .join('');
}

/**
 * The codes of a translation (numbered by itself) renumbered as the source's: the n-th code of a kind
 * is the source's n-th code of that kind. Undefined when the two do not have the same codes, each in the
 * same `g` (the translation is then left out of the export rather than matched wrongly).
 */
export function matchCodes(source: readonly Segment[], translation: readonly Segment[]): Segment[] | undefined {
  const src = codesOf(source);
  const tr = codesOf(translation);
  if (src.length !== tr.length) return undefined;
  const byKind = new Map<string, number[]>();
  for (const { code } of src) byKind.set(code.ctype, [...(byKind.get(code.ctype) ?? []), code.id]);
  const ids = new Map<number, number>();
  for (const { code } of tr) {
    const next = byKind.get(code.ctype)?.shift();
    if (next === undefined) return undefined;
    ids.set(code.id, next);
  }
  const parentOf = new Map(src.map((c) => [c.code.id, c.parent]));
  if (tr.some((c) => parentOf.get(ids.get(c.code.id)!) !== (c.parent ? ids.get(c.parent) : 0))) return undefined;
  const sourceCode = new Map(src.map((c) => [c.code.id, c.code]));
  const renumber = (s: readonly Segment[]): Segment[] =>
    s.map((x) => {
      if (x.kind === 'text') return x;
      const original = sourceCode.get(ids.get(x.id)!)!;
      return x.kind === 'g' ? { ...x, id: original.id, children: renumber(x.children) } : original;
    });
  return renumber(translation);
}
