import { describe, expect, it } from 'vitest';
import { blockHash, diffBlocks, markdownBlocks, yamlBlocks } from '../../src/course/block-diff.ts';

const page = [
  '---', // 1
  'title: Intro',
  '---',
  '', // 4
  '# Heading', // 5
  'First paragraph', // 6
  'wrapped here.',
  '', // 8
  '- one', // 9
  '- two', // 10
  '  continued',
  '', // 12
  '```js', // 13
  'const a = 1;',
  '',
  'const b = 2;',
  '```', // 17
  '',
  ':::tip', // 19
  'Inside.',
  ':::',
  '',
  '| a | b |', // 23
  '|---|---|',
  '| 1 | 2 |',
].join('\n');

describe('markdownBlocks', () => {
  it('splits front matter, headings, paragraphs, list items, fenced code (kept whole), directives and tables with their lines', () => {
    const blocks = markdownBlocks(page);
    expect(blocks.map((b) => [b.line, b.endLine])).toEqual([
      [1, 3],
      [5, 5],
      [6, 7],
      [9, 9],
      [10, 11],
      [13, 17],
      [19, 21],
      [23, 25],
    ]);
    expect(blocks.every((b) => /^[0-9a-f]{12}$/.test(b.hash))).toBe(true);
  });

  it('hashes the normalised text: re-wrapping or CRLF changes nothing, a word does', () => {
    const a = markdownBlocks('Hello big\nworld.\n');
    expect(markdownBlocks('Hello   big world.  \r\n').map((b) => b.hash)).toEqual(a.map((b) => b.hash));
    expect(markdownBlocks('Hello small world.')[0]!.hash).not.toBe(a[0]!.hash);
    expect(a[0]!.hash).toBe(blockHash('Hello big world.'));
  });

  it('keeps an unclosed fence to the end of the text', () => {
    expect(markdownBlocks('Text\n\n```\ncode\n\nmore').map((b) => b.line)).toEqual([1, 3]);
  });
});

describe('yamlBlocks', () => {
  it('gives one block per scalar, with its line', () => {
    const text = 'title: Quiz\nquestions:\n  - id: q1\n    prompt: >\n      Long\n      prompt\n    answer: 3\n';
    const blocks = yamlBlocks(text);
    expect(blocks.map((b) => [b.line, b.endLine])).toEqual([
      [1, 1],
      [3, 3],
      [4, 6],
      [7, 7],
    ]);
    expect(yamlBlocks(text.replace('Long', 'Short'))[2]!.hash).not.toBe(blocks[2]!.hash);
    expect(yamlBlocks(`# comment\n${text}`).map((b) => b.hash)).toEqual(blocks.map((b) => b.hash));
  });
});

describe('diffBlocks', () => {
  const blocks = (...hashes: string[]) => hashes.map((hash, i) => ({ hash, line: 10 * (i + 1) }));

  it('finds nothing when nothing changed', () => {
    expect(diffBlocks(['a', 'b'], blocks('a', 'b'))).toEqual([]);
  });

  it('reports a replaced block as changed, at its new line', () => {
    expect(diffBlocks(['a', 'b', 'c'], blocks('a', 'x', 'c'))).toEqual([{ kind: 'changed', line: 20, oldIndex: 1, newIndex: 1 }]);
  });

  it('reports added and removed blocks; a removed one where it was', () => {
    expect(diffBlocks(['a', 'b', 'c'], blocks('a', 'c', 'd'))).toEqual([
      { kind: 'removed', line: 20, oldIndex: 1 },
      { kind: 'added', line: 30, newIndex: 2 },
    ]);
    expect(diffBlocks(['a', 'b'], blocks('a'))).toEqual([{ kind: 'removed', line: 11, oldIndex: 1 }]);
    expect(diffBlocks([], blocks('a'))).toEqual([{ kind: 'added', line: 10, newIndex: 0 }]);
    expect(diffBlocks(['a'], [])).toEqual([{ kind: 'removed', line: 1, oldIndex: 0 }]);
  });

  it('pairs a longer run: two removed, three added = two changed and one added', () => {
    expect(diffBlocks(['a', 'b', 'c', 'z'], blocks('a', 'x', 'y', 'w', 'z')).map((c) => c.kind)).toEqual(['changed', 'changed', 'added']);
  });

  it('works on real pages', () => {
    const edited = page.replace('First paragraph', 'First changed paragraph').replace('- two\n  continued\n', '');
    const changes = diffBlocks(
      markdownBlocks(page).map((b) => b.hash),
      markdownBlocks(edited),
    );
    expect(changes).toEqual([
      { kind: 'changed', line: 6, oldIndex: 2, newIndex: 2 },
      { kind: 'removed', line: 11, oldIndex: 4 },
    ]);
  });
});
