/**
 * Guards around Markdown parsing: a page that would make the parser (or the tree walks after it)
 * take far more time or stack than its size warrants is refused with an author error, placed.
 */
import type { Root } from 'mdast';
import type { AuthorReport as Report, Problem } from '../diagnostics/author-report.ts';
import { limits } from './limits.ts';

type TextProblem = Extract<Problem, { rule: 'md/page-too-large' | 'md/too-complex' | 'md/too-deep' | 'md/too-many-links' }> & {
  line: number;
  column: number;
};

/** Block nesting of one line: quote markers and list/indent levels before its text. */
function lineDepth(line: string): number {
  let depth = 0;
  let i = 0;
  let spaces = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '>') depth++;
    else if (c === ' ') spaces++;
    else if (c === '\t') spaces += 4;
    else if ((c === '-' || c === '*' || c === '+') && line[i + 1] === ' ') depth++;
    else if (c === ':' && line.startsWith(':::', i)) depth++;
    else break;
    i++;
  }
  return depth + Math.floor(spaces / 2);
}

const tooComplex = (kind: 'table-rows' | 'page-marks' | 'paragraph-marks', limit: number, line: number): TextProblem => ({
  line,
  column: 1,
  rule: 'md/too-complex',
  params: { kind, limit },
});

/** What is wrong with a page before it is parsed, or undefined. */
export function textProblem(body: string): TextProblem | undefined {
  if (body.length > limits.pageBytes)
    return {
      line: 1,
      column: 1,
      rule: 'md/page-too-large',
      params: { chars: body.length, limit: limits.pageBytes },
    };
  const lines = body.split('\n');
  let links = 0;
  let marks = 0;
  let pageMarks = 0;
  let blockStart = 0;
  let tableRows = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line.trim()) {
      marks = 0;
      blockStart = n + 1;
    }
    const found = (line.match(/[*_~]+|[[\]]/g) ?? []).length;
    marks += found;
    pageMarks += found;
    if (/^\s*\|/.test(line)) tableRows++;
    if (tableRows > limits.tableRows) return tooComplex('table-rows', limits.tableRows, n + 1);
    if (pageMarks > limits.pageMarks) return tooComplex('page-marks', limits.pageMarks, n + 1);
    if (marks > limits.inlineMarks) return tooComplex('paragraph-marks', limits.inlineMarks, blockStart + 1);
    if (lineDepth(line) > limits.nesting)
      return {
        line: n + 1,
        column: 1,
        rule: 'md/too-deep',
        params: { kind: 'line', limit: limits.nesting },
      };
    const run = /[*_~]{65,}/.exec(line);
    if (run && run[0].length > limits.emphasisRun)
      return {
        line: n + 1,
        column: run.index + 1,
        rule: 'md/too-deep',
        params: { kind: 'emphasis-run', count: run[0].length },
      };
    links += (line.match(/\]\(|<[a-z][a-z0-9+.-]*:/gi) ?? []).length;
    if (links > limits.linksPerPage)
      return {
        line: n + 1,
        column: 1,
        rule: 'md/too-many-links',
        params: { limit: limits.linksPerPage },
      };
  }
  return undefined;
}

/** Deepest node of the tree (iteratively: a deep tree must not overflow the stack here). */
export function treeDepth(tree: Root): number {
  let max = 0;
  const stack: [unknown, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    for (const child of (node as { children?: unknown[] }).children ?? []) stack.push([child, d + 1]);
  }
  return max;
}

/** Reports the problem on the page; true when the page may be used. */
export function reportTextProblem(body: string, file: string, report: Report): boolean {
  const p = textProblem(body);
  if (p) report({ file, ...p });
  return !p;
}
