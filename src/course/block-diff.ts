/**
 * Blocks of a source text and what changed between two versions of it: a Markdown page splits into
 * front matter, headings, list items, fenced code and blank-line-separated blocks (paragraphs, tables,
 * directive markers); a YAML file into its scalar values (`key: value`, in document order). Each block
 * has its 1-based start line and a short hash of its normalised text, so a record can keep only the
 * hashes and still say later which paragraphs changed. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface Block {
  /** 1-based line where the block starts. */
  line: number;
  /** 1-based last line of the block. */
  endLine: number;
  /** First 12 hex digits of the SHA-256 of the normalised text. */
  hash: string;
}

export type BlockChangeKind = 'changed' | 'added' | 'removed';

export interface BlockChange {
  kind: BlockChangeKind;
  /** Line in the new text: of the block, or for a removed block, where it was (the next kept block). */
  line: number;
  /** Index in the old list (changed, removed). */
  oldIndex?: number;
  /** Index in the new list (changed, added). */
  newIndex?: number;
}

export function blockHash(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex').slice(0, 12);
}

/** Whitespace runs count as one space (re-wrapping a paragraph changes nothing); code keeps its lines. */
const normalise = (lines: string[], code: boolean) =>
  code ? lines.map((l) => l.trimEnd()).join('\n').trim() : lines.join(' ').replace(/\s+/g, ' ').trim();

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
const heading = /^ {0,3}#{1,6}(\s|$)/;
const listItem = /^ {0,3}([-*+]|\d{1,9}[.)])(\s|$)/;

/** Blocks of a Markdown page (front matter, if any, is one block). */
export function markdownBlocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let current: { start: number; lines: string[]; code: boolean } | undefined;
  const close = () => {
    if (current && current.lines.some((l) => l.trim())) {
      blocks.push({ line: current.start + 1, endLine: current.start + current.lines.length, hash: blockHash(normalise(current.lines, current.code)) });
    }
    current = undefined;
  };
  let i = 0;
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && l.trimEnd() === '---');
    if (end > 0) {
      current = { start: 0, lines: lines.slice(0, end + 1), code: true };
      close();
      i = end + 1;
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = fenceOpen.exec(line);
    if (fence) {
      close();
      const marker = fence[1]!;
      let end = i + 1;
      while (end < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[end]!)) end++;
      current = { start: i, lines: lines.slice(i, Math.min(end + 1, lines.length)), code: true };
      close();
      i = end;
    } else if (!line.trim()) {
      close();
    } else if (heading.test(line)) {
      close();
      current = { start: i, lines: [line], code: false };
      close();
    } else {
      if (current && listItem.test(line)) close();
      current ??= { start: i, lines: [], code: false };
      current.lines.push(line);
    }
  }
  close();
  return blocks;
}

/** Blocks of a YAML file: one per scalar value, hashed with its key (`prompt: …`), in document order. */
export function yamlBlocks(text: string): Block[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false });
  const blocks: Block[] = [];
  const visit = (node: unknown, key: string) => {
    if (isMap(node)) for (const pair of node.items) visit(pair.value, isScalar(pair.key) ? String(pair.key.value) : '?');
    else if (isSeq(node)) node.items.forEach((item) => visit(item, '-'));
    else if (isScalar(node) && node.range) {
      const at = (offset: number) => lineCounter.linePos(offset).line;
      blocks.push({ line: at(node.range[0]), endLine: at(Math.max(node.range[0], node.range[1] - 1)), hash: blockHash(`${key}: ${normalise([String(node.value)], false)}`) });
    }
  };
  visit(doc.contents as YamlNode | null, '');
  return blocks;
}

/** The blocks of a page (`.md`) or of a YAML file, by its name. */
export const blocksOf = (path: string, text: string): Block[] => (path.endsWith('.md') ? markdownBlocks(text) : yamlBlocks(text));

/**
 * What changed from the old hashes to the new blocks (longest common subsequence). A run of removed
 * blocks next to a run of added ones pairs up as `changed`; the rest stay `added` or `removed`.
 */
export function diffBlocks(oldHashes: readonly string[], current: readonly Pick<Block, 'hash' | 'line'>[]): BlockChange[] {
  const n = oldHashes.length;
  const m = current.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = oldHashes[i] === current[j]!.hash ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const changes: BlockChange[] = [];
  const endLine = m ? current[m - 1]!.line + 1 : 1;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = (nextLine: number) => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) changes.push({ kind: 'changed', line: current[added[k]!]!.line, oldIndex: removed[k]!, newIndex: added[k]! });
    for (const j of added.slice(pairs)) changes.push({ kind: 'added', line: current[j]!.line, newIndex: j });
    for (const i of removed.slice(pairs)) changes.push({ kind: 'removed', line: nextLine, oldIndex: i });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && oldHashes[i] === current[j]!.hash) {
      flush(current[j]!.line);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added.push(j++);
    } else {
      removed.push(i++);
    }
  }
  flush(endLine);
  return changes;
}
