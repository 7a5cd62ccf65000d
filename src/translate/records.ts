/**
 * Translation records (`translations.lock.yaml` in the course folder, written by the tool): for each
 * translated file, the source it was translated from, the SHA-256 of that source and the hash of each of its
 * blocks at the time. A page's blocks are its paragraphs, headings, list items…; a quiz's, its values; for
 * the texts of course.yaml or a module.yaml (recorded as `course.yaml#nl`), each text in the source
 * language. Comparing the blocks with today's source tells which paragraphs changed since. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { blockHash, blocksOf, diffBlocks, type Block, type BlockChange } from '../course/block-diff.ts';
import { textOf } from './segments.ts';
import { langTexts } from './yaml-units.ts';
import { translationsFileName } from '../sources/read-course.ts';

export const recordsFile = translationsFileName;

export interface TranslationRecord {
  /** Source file (course-relative); `course.yaml#fr` for the texts of a YAML file in that language. */
  from: string;
  sha256: string;
  blocks: string[];
}

export type RecordKind = 'page' | 'quiz' | 'texts';
export const recordKind = (key: string): RecordKind => (key.includes('#') ? 'texts' : key.endsWith('.md') ? 'page' : 'quiz');
/** The file a record key or `from` names, and its language (`modules/m1/01-a.nl.md` → nl, `course.yaml#nl` → nl). */
export function fileAndLang(key: string): { path: string; lang: string } {
  const hash = key.indexOf('#');
  if (hash >= 0) return { path: key.slice(0, hash), lang: key.slice(hash + 1) };
  return { path: key, lang: /\.([a-z]{2,3})\.(md|ya?ml)$/.exec(key)?.[1] ?? '' };
}

/** The blocks of a source as a record keeps them, with their lines in the source file. */
export function sourceBlocks(kind: RecordKind, text: string, path: string, from: string): Block[] {
  if (kind !== 'texts') return blocksOf(path, text);
  const units = langTexts(text, path, path === 'course.yaml' ? 'course' : 'module', from, from).units;
  return units.map((u) => ({ line: u.line, endLine: u.line, hash: blockHash(`${u.id}: ${textOf(u.segments)}`) }));
}

export function recordOf(kind: RecordKind, text: string, path: string, from: string): TranslationRecord {
  const blocks = sourceBlocks(kind, text, path, from);
  const hashed = kind === 'texts' ? blocks.map((b) => b.hash).join('\n') : text;
  return { from: kind === 'texts' ? `${path}#${from}` : path, sha256: createHash('sha256').update(hashed).digest('hex'), blocks: blocks.map((b) => b.hash) };
}

/** What changed in the source since the record (nothing: an empty list), with today's blocks. */
export function changesSince(record: TranslationRecord, kind: RecordKind, text: string, path: string, from: string): { changes: BlockChange[]; blocks: Block[] } {
  // A page or quiz recorded with today's very text has not changed: no need to split it into blocks.
  if (kind !== 'texts' && createHash('sha256').update(text).digest('hex') === record.sha256) return { changes: [], blocks: [] };
  const blocks = sourceBlocks(kind, text, path, from);
  return { changes: diffBlocks(record.blocks, blocks), blocks };
}

/** The records of a `translations.lock.yaml`, with the line of each; undefined when it cannot be read. */
export function parseRecords(text: string): { records: Map<string, TranslationRecord>; lines: Map<string, number> } | undefined {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  if (doc.errors.length) return undefined;
  const records = new Map<string, TranslationRecord>();
  const lines = new Map<string, number>();
  if (doc.contents === null) return { records, lines };
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const v = (isMap(pair.value) ? pair.value.toJSON() : undefined) as Partial<TranslationRecord> | undefined;
    if (!key || typeof v?.from !== 'string' || typeof v.sha256 !== 'string' || !Array.isArray(v.blocks) || !v.blocks.every((b) => typeof b === 'string')) return undefined;
    records.set(key, { from: v.from, sha256: v.sha256, blocks: v.blocks });
    lines.set(key, lc.linePos((pair.key as { range?: number[] }).range?.[0] ?? 0).line);
  }
  return { records, lines };
}

export function recordsText(records: ReadonlyMap<string, TranslationRecord>): string {
  const out = [
    '# Translation records, written by `connectoo translate import` and `connectoo translate mark`: do not edit by hand.',
    '# For each translated file: the source it was translated from, the SHA-256 of that source and the hash of each',
    '# of its blocks at that time. `connectoo check` warns (translation/stale) when the source has changed since.',
  ];
  for (const key of [...records.keys()].sort()) {
    const r = records.get(key)!;
    out.push(`${key}:`, `  from: ${r.from}`, `  sha256: "${r.sha256}"`, `  blocks: [${r.blocks.map((b) => `"${b}"`).join(', ')}]`);
  }
  return out.join('\n') + '\n';
}
