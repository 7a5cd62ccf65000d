/** What the preview keeps between rebuilds (src/course/reuse.ts): same results, never a shared tree. */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/course/markdown.ts';
import { keepResults, reuseCheck } from '../../src/course/reuse.ts';
import { check } from '../../src/index.ts';
import { repoRoot } from '../helpers/paths.ts';
import { makeTempDir } from '../helpers/zip.ts';
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

describe('checks kept between rebuilds', () => {
  it('runs a check once per key and gives its reports again, in order, with its result', () => {
    keepResults(true);
    let runs = 0;
    const check = (key: string) => {
      const seen: { rule: string }[] = [];
      const result = reuseCheck('test-check', key, (r: { rule: string }) => seen.push(r), (report) => {
        runs++;
        report({ rule: `a-${key}` });
        report({ rule: 'b' });
        return key.length;
      });
      return { seen, result };
    };
    expect(check('x')).toEqual({ seen: [{ rule: 'a-x' }, { rule: 'b' }], result: 1 });
    expect(check('x')).toEqual({ seen: [{ rule: 'a-x' }, { rule: 'b' }], result: 1 });
    expect(check('yy')).toEqual({ seen: [{ rule: 'a-yy' }, { rule: 'b' }], result: 2 });
    expect(runs).toBe(2);
  });

  it('a real course checked again and again, as the preview does, reports exactly what a fresh check reports', async () => {
    const dir = join(await makeTempDir('connectoo-reuse-'), 'connectoo-basique');
    await cp(join(repoRoot, 'courses/connectoo-basique'), dir, { recursive: true });
    const page = 'modules/m1-enjeux-inclusion/02-chiffres.fr.md';
    const diagnostics = async (warm: boolean) => {
      keepResults(warm);
      const { diagnostics } = await check({ courseDirs: [dir] });
      return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
    };
    // A long sentence (content lint), a changed French source (translation records), an SVG with a script (media).
    const edits: [string, (t: string) => string][] = [
      [page, (t) => `${t}\nCette phrase est beaucoup trop longue parce qu'elle enchaîne des idées les unes après les autres sans jamais s'arrêter pour laisser respirer la personne qui lit attentivement.\n`],
      [page, (t) => t.replace(/^([^#\n-][^\n]{20,})$/m, '$1 Une phrase de plus.')],
      ['media/m1-chiffres-fr.svg', (t) => t.replace('</svg>', '<script>parent.API</script></svg>')],
    ];
    // Kept from the course as it was; then the edits; then every result kept once more.
    await diagnostics(true);
    for (const [file, edit] of edits) await writeFile(join(dir, file), edit(await readFile(join(dir, file), 'utf8')));
    const warm = await diagnostics(true);
    expect(await diagnostics(true)).toEqual(warm);
    expect(warm).toEqual(await diagnostics(false));
    const rules = warm.map((d) => d.split(' ')[2]);
    for (const rule of ['lint/long-sentence', 'translation/stale', 'media/unsafe-svg']) expect(rules).toContain(rule);
  }, 60_000);
});
