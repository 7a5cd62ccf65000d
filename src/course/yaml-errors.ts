/**
 * YAML parser errors said as an author sees the file: which line, and what to change there
 * ("line 13 is indented more than `type:` above it"), never the parser's own words.
 */
import type { YAMLError } from 'yaml';
import type { YamlSyntax } from '../diagnostics/rules.ts';

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string | undefined) => line !== undefined && line.trim() !== '' && !line.trimStart().startsWith('#');
/** Column (0-based) where a line's field starts, after any "- ". */
const keyColumn = (line: string) => /^\s*(?:- +)*/.exec(line)![0].length;
/** `key:` of a line, or its first words. */
function label(line: string): string {
  const t = line.trim();
  const key = /^(?:- +)*([^\s:#'"][^:#]*?):(?:\s|$)/.exec(t);
  if (key) return `${key[1]}:`;
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
}

export interface Explained {
  /** 1-based line and column, in the text given (before any line offset). */
  line: number;
  column: number;
  syntax: YamlSyntax;
}

/** The author's view of one parser error; `line`/`col` are where the parser stopped (1-based). */
export function explainYamlError(e: YAMLError, text: string, line: number, col: number, first = 0): Explained {
  const lines = text.split('\n');
  const at = (n: number, syntax: YamlSyntax, column = 1): Explained => ({ line: n, column, syntax });
  const shown = (n: number) => n + first;
  const here = lines[line - 1] ?? '';
  const message = e.message;
  const tab = (n: number) => /^[ ]*\t/.test(lines[n - 1] ?? '');
  if (e.code === 'TAB_AS_INDENT' || tab(line)) return at(line, { kind: 'tab', line: shown(line) }, (lines[line - 1] ?? '').indexOf('\t') + 1);
  if (e.code === 'DUPLICATE_KEY') return at(line, { kind: 'duplicate-key', key: label(here).replace(/:$/, '') }, col);
  if (e.code === 'BAD_SCALAR_START') {
    const char = /reserved character (\S)/.exec(message)?.[1] ?? here[col - 1] ?? '?';
    return at(line, { kind: 'reserved-start', line: shown(line), char }, col);
  }
  if (e.code === 'MISSING_CHAR' && /quote/i.test(message)) {
    let start = line;
    while (start > 1 && !/["']/.test(lines[start - 1] ?? '')) start--;
    return at(start, { kind: 'unclosed-quote', line: shown(line) }, 1);
  }
  if (/^Flow (map|sequence)/.test(message) || (e.code === 'MISSING_CHAR' && /[\]}]/.test(message))) {
    const bracket = /map/.test(message) || /}/.test(message) ? '{' : '[';
    let start = line;
    while (start > 1 && !(lines[start - 1] ?? '').includes(bracket)) start--;
    return at(start, { kind: 'unclosed-bracket', line: shown(line), bracket }, Math.max(1, (lines[start - 1] ?? '').indexOf(bracket) + 1));
  }
  if (e.code === 'UNEXPECTED_TOKEN' && /['"]/.test(here.slice(0, col - 1))) return at(line, { kind: 'after-quote', line: shown(line) }, col);
  // "Nested mappings are not allowed in compact mappings": a second ": " in a value, or the next line indented under a value.
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    const value = /^\s*(?:- +)*[^\s:#'"][^:#]*?:\s+(.*)$/.exec(here)?.[1] ?? '';
    if (/^[^'"{[].*?:(\s|$)/.test(value)) return at(line, { kind: 'colon-in-value', line: shown(line), key: label(here).replace(/:$/, '') }, col);
    const next = lines.findIndex((l, i) => i >= line && isContent(l));
    if (col > indentOf(here) + 1 && next >= 0 && indentOf(lines[next]!) > keyColumn(here))
      return at(next + 1, { kind: 'indent-more', line: shown(next + 1), above: label(here) }, indentOf(lines[next]!) + 1);
  }
  // A line that does not line up with its block: compare it with the nearest line above that has content.
  if (isContent(here)) {
    let above = line - 2;
    while (above >= 0 && !isContent(lines[above])) above--;
    if (above >= 0) {
      const prev = lines[above]!;
      const mine = indentOf(here);
      if (mine > keyColumn(prev) && /:\s*\S/.test(prev)) return at(line, { kind: 'indent-more', line: shown(line), above: label(prev) }, mine + 1);
      if (mine < keyColumn(prev) && mine !== indentOf(prev)) {
        // The block it should belong to: the nearest line above that starts at or before this one.
        let owner = above;
        while (owner >= 0 && (!isContent(lines[owner]) || keyColumn(lines[owner]!) > mine)) owner--;
        const ref = owner >= 0 && keyColumn(lines[owner]!) !== mine ? lines[owner]! : prev;
        return at(line, { kind: mine > keyColumn(ref) ? 'indent-more' : 'indent-less', line: shown(line), above: label(ref) }, mine + 1);
      }
    }
  }
  return at(line, { kind: 'unreadable', line: shown(line) }, col);
}
