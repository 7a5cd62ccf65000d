/** YAML parsing that keeps positions, so every author error points at file:line:column. */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { Report } from '../diagnostics/diagnostic.ts';
import { limits } from './limits.ts';

export interface Located<T = unknown> {
  data: T;
  /** Line and column (1-based) of the value at `path`, or of its nearest existing parent. */
  locate: (path: readonly PropertyKey[], key?: boolean) => { line: number; column: number };
}

export function parseYaml(file: string, text: string, report: Report, lineOffset = 0): Located | undefined {
  if (text.length > limits.yamlBytes) {
    report({
      rule: 'yaml/too-large',
      file,
      line: 1 + lineOffset,
      column: 1,
      message: `This YAML file has ${text.length.toLocaleString('en')} characters; the limit is ${limits.yamlBytes.toLocaleString('en')}.`,
      hint: 'Split the quiz or the module into smaller ones.',
    });
    return undefined;
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const pos = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const p = pos(e.pos[0]);
      report({
        rule: 'yaml/syntax',
        file,
        ...p,
        message: `YAML syntax error: ${e.message.split('\n')[0]}`,
        hint: yamlHint(e.code),
      });
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.yamlAliases });
  } catch (e) {
    const alias = /alias/i.test((e as Error).message);
    report({
      rule: alias ? 'yaml/aliases' : 'yaml/syntax',
      file,
      line: 1 + lineOffset,
      column: 1,
      message: alias
        ? `This YAML file resolves more than ${limits.yamlAliases} aliases (*name), or aliases that contain each other.`
        : `This YAML file cannot be read: ${(e as Error).message.split('\n')[0]}`,
      hint: alias ? 'Write the values out instead of using anchors (&name) and aliases (*name).' : 'Check the YAML syntax.',
    });
    return undefined;
  }
  return { data, locate: (path, key) => locateIn(doc, path, key, pos) };
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Each field may appear only once in the same block: remove or rename one of them.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'Check the indentation (spaces, not tabs) and that every "key: value" is on its own line.';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A value that contains ": " or starts with a special character must be put between quotes.';
    default:
      return 'Put text that contains ":", "#", "[" or "{" between quotes, and indent with spaces.';
  }
}

function locateIn(
  doc: Document,
  path: readonly PropertyKey[],
  wantKey: boolean | undefined,
  pos: (o: number) => { line: number; column: number },
) {
  let node: unknown = doc.contents;
  let best = (node as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === seg);
      if (!pair) break;
      const keyRange = (pair.key as { range?: number[] }).range;
      const last = i === path.length - 1;
      if (last && wantKey && keyRange) return pos(keyRange[0]);
      node = pair.value;
      const r = (node as { range?: number[] } | null)?.range ?? keyRange;
      if (r) best = r[0];
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      const r = (node as { range?: number[] } | null)?.range;
      if (!r) break;
      best = r[0];
    } else break;
  }
  return pos(best);
}
