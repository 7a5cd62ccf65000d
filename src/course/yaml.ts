/** YAML parsing that keeps positions, so every author error points at file:line:column. */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { explainYamlError } from './yaml-errors.ts';
import { limits } from './limits.ts';
import { reuse } from './reuse.ts';

export interface Located<T = unknown> {
  data: T;
  /** Line and column (1-based) of the value at `path`, or of its nearest existing parent. */
  locate: (path: readonly PropertyKey[], key?: boolean) => { line: number; column: number };
}

export function parseYaml(file: string, text: string, report: Report, lineOffset = 0): Located | undefined {
  // A kept result is shared: nothing changes a Located once made.
  return reuse('yaml', `${lineOffset}\0${text}`, () => parseNow(file, text, report, lineOffset));
}

function parseNow(file: string, text: string, report: Report, lineOffset: number): Located | undefined {
  if (text.length > limits.yamlBytes) {
    report({
      rule: 'yaml/too-large',
      params: { chars: text.length, limit: limits.yamlBytes },
      file,
      line: 1 + lineOffset,
      column: 1,
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
    // One problem per line: the parser often reports one mistake several times.
    const seen = new Set<number>();
    for (const e of doc.errors) {
      const p = lc.linePos(e.pos[0]);
      const x = explainYamlError(e, text, p.line, p.col, lineOffset);
      if (seen.has(x.line)) continue;
      seen.add(x.line);
      report({ rule: 'yaml/syntax', params: x.syntax, file, line: x.line + lineOffset, column: x.column });
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.yamlAliases });
  } catch (e) {
    const alias = /alias/i.test((e as Error).message);
    const at = { file, line: 1 + lineOffset, column: 1 };
    if (alias) report({ rule: 'yaml/aliases', params: { limit: limits.yamlAliases }, ...at });
    else report({ rule: 'yaml/syntax', params: { kind: 'unreadable', line: at.line }, ...at });
    return undefined;
  }
  return { data, locate: (path, key) => locateIn(doc, path, key, pos) };
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

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What can be read of a YAML text without reporting anything: for a look at a file before (or besides) its
 * checked reading, e.g. the modules a variant lists. Undefined when nothing can be read.
 */
export function leniently(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return parseDocument(text).toJS({ maxAliasCount: limits.yamlAliases });
  } catch {
    return undefined;
  }
}
