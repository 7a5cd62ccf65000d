/**
 * Translation tests: a fixture course with a page using every inline mark and a fill-in question, a
 * translator simulated on an XLIFF file (texts changed, codes kept), and the structure of a Markdown tree.
 */
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../src/course/markdown.ts';
import { splitFrontMatter } from '../../src/course/front-matter.ts';
import { courseWith, type Edit } from './course-copy.ts';

export const M = 'modules/m1-basics';

export const richPage = `---
title: Une page riche
---

## Les *bons* réflexes

Un texte avec **du gras**, de l'*italique*, ~~barré~~, du \`code\`, un [lien](01-intro.fr.md "Titre du lien") et l'adresse <https://example.org>.\\
Une seconde ligne, et :lang[Goedemorgen]{code=nl} en néerlandais.

- Premier point avec **gras *imbriqué***
- Second point

1. Étape une
2. Étape deux

> Une citation
> sur deux lignes.

![Un schéma **important**](../../media/schema.svg "Légende du schéma")

:::warning[Attention]
Un avertissement.
:::

| Colonne | Valeur |
| --- | --- |
| A | 1 |

\`\`\`js
const x = 1;
\`\`\`
`;

const fillIn = (prompt: string, answers: string) => `  - id: q-fill\n    type: fill-in\n    prompt: ${prompt}\n    answers: [${answers}]\n    feedback: { correct: Bravo., incorrect: "Non : c'est CSAM." }\n`;

/** The minimal fixture with a rich page (fr and nl) and a fill-in question, plus `edits`. */
export function richCourse(edits: Record<string, Edit> = {}): Promise<string> {
  return courseWith('minimal', {
    [`${M}/03-riche.fr.md`]: richPage,
    [`${M}/03-riche.nl.md`]: richPage.replace('Une page riche', 'Een rijke pagina'),
    [`${M}/quiz.fr.yaml`]: (t) => t + fillIn('Quel service ?', 'CSAM, "le CSAM"'),
    [`${M}/quiz.nl.yaml`]: (t) => t + fillIn('Welke dienst?', 'CSAM'),
    ...edits,
  });
}

/** Changes the text of an XLIFF fragment (never inside a tag, an entity or a `<ph>`). */
function mapText(xml: string, f: (s: string) => string): string {
  let ph = 0;
  return xml
    .split(/(<[^>]+>|&[a-z]+;|&#\d+;)/)
    .map((part) => {
      if (part.startsWith('<ph')) ph++;
      else if (part.startsWith('</ph')) ph--;
      return part.startsWith('<') || part.startsWith('&') || ph ? part : f(part);
    })
    .join('');
}

/**
 * What a translator does in a CAT tool: every unit gets a target, made from its source by `f` on the text
 * (codes kept in place), with state="translated".
 */
export function translate(xliff: string, f: (s: string) => string = (s) => s.toUpperCase()): string {
  return xliff.replace(/(<source>([\s\S]*?)<\/source>)(\s*<target[^>]*>[\s\S]*?<\/target>)?/g, (_m, src: string, inner: string) => `${src}\n        <target state="translated">${mapText(inner, f)}</target>`);
}

/** The `<target>` of one unit, changed by `f` (the raw XML inside it). */
export function editTarget(xliff: string, id: string, f: (inner: string) => string): string {
  const at = xliff.indexOf(`id="${id}"`);
  if (at < 0) throw new Error(`no unit ${id}`);
  const start = xliff.indexOf('<target', at);
  const open = xliff.indexOf('>', start) + 1;
  const end = xliff.indexOf('</target>', open);
  return xliff.slice(0, open) + f(xliff.slice(open, end)) + xliff.slice(end);
}

/** The structure of a page: node types and depth in document order, without texts, addresses or names. */
export function pageShape(text: string): string[] {
  const tree = parseMarkdown(splitFrontMatter(text).body, 'page.md', () => {});
  if (!tree) throw new Error('page does not parse');
  const out: string[] = [];
  const walk = (n: Nodes, depth: number) => {
    out.push(`${depth}:${n.type}${n.type === 'heading' ? n.depth : ''}`);
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c, depth + 1);
  };
  walk(tree, 0);
  return out;
}
