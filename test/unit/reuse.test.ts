/** What the preview keeps between rebuilds (src/course/reuse.ts): same results, never a shared tree. */
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/course/markdown.ts';
import { keepResults } from '../../src/course/reuse.ts';
import { markdownToHtml } from '../../src/render/markdown-html.ts';
import { contentLabels } from '../../src/render/content-strings.ts';

afterEach(() => keepResults(false));
const none = () => {
  throw new Error('no problem expected');
};

describe('results kept between rebuilds', () => {
  it('gives each use its own copy of a kept tree, equal to a fresh parse', () => {
    keepResults(true);
    const body = '# Titre\n\nUn [lien](02-suite.fr.md) et du **gras**.\n';
    const first = parseMarkdown(body, 'p.md', none)!;
    (first.children[0] as { depth: number }).depth = 3;
    const second = parseMarkdown(body, 'p.md', none)!;
    keepResults(false);
    expect(second).toEqual(parseMarkdown(body, 'p.md', none));
    expect(second).not.toBe(first);
  });

  it('reports a problem at every run, and renders the same HTML', () => {
    keepResults(true);
    const deep = `${'> '.repeat(200)}x\n`;
    const seen: string[] = [];
    parseMarkdown(deep, 'a.md', (d) => seen.push(d.rule));
    parseMarkdown(deep, 'b.md', (d) => seen.push(d.rule));
    expect(seen).toEqual(['md/too-deep', 'md/too-deep']);
    const tree = parseMarkdown('Du *texte*.\n', 'c.md', none)!;
    const labels = contentLabels('fr');
    expect(markdownToHtml(tree, labels)).toBe(markdownToHtml(structuredClone(tree), labels));
    keepResults(false);
    expect(markdownToHtml(tree, labels)).toContain('<em>texte</em>');
  });
});
