/**
 * The translation units of a Markdown page: its front matter title, then every block that holds text
 * (paragraph, heading, table cell, callout title, video label) as one unit whose inline Markdown is kept as
 * codes, and the texts that live in attributes (image alt and title, link title, video title) as units of
 * their own. Each unit id is the page's name without its language and the block's place in the tree
 * (`modules/m1/01-intro.md#3.0.1`), never its text. Pure: no I/O.
 */
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { directives, isDirectiveKind } from '../course/directives.ts';
import { splitFrontMatter } from '../course/front-matter.ts';
import type { Segment } from './segments.ts';

export interface Unit {
  /** Stable id: file without language + structural path. */
  id: string;
  /** Source file (course-relative). */
  file: string;
  /** 1-based line in the source file (and last line, when the text spans several). */
  line: number;
  endLine?: number;
  /** What the text is, for translators (English, as CAT tools show notes). */
  note: string;
  segments: Segment[];
}

/** How to write a code back: a `g` as its opening and closing Markdown, an `x` or `ph` as a whole. */
export type Native =
  | { form: 'pair'; open: string; close: string; link?: { url: string; title?: string } }
  | { form: 'single'; native: string; image?: { url: string; alt: string; title?: string; rest?: string } }
  | { form: 'break' };

/** A unit of the page with what is needed to write its translation back into the page. */
export interface PageUnit extends Unit {
  kind: 'title' | 'block' | 'attribute';
  /** block: offsets of the content in the page's body; attribute: the unit it belongs to. */
  range?: [number, number];
  natives: Map<number, Native>;
  context: 'paragraph' | 'heading' | 'table' | 'label';
  /** What continues a line after a hard break (`> ` in a quote, spaces in a list item). */
  prefix: string;
}

export interface PageUnits {
  /** The page's name without its language (`modules/m1/01-intro.md`): the first part of every unit id. */
  key: string;
  /** Units in page order; attribute units follow the block they belong to. */
  units: PageUnit[];
  tree: Root;
  body: string;
  /** The front matter as written (with its `---` lines), or '' when the page has none. */
  frontMatter: string;
  /** Lines the front matter takes: the body starts with as many blank lines in its place. */
  frontMatterLines: number;
}

const blockNote: Record<string, string> = { paragraph: 'Paragraph', heading: 'Heading', tableCell: 'Table cell' };
const pairCtype: Record<string, string> = { emphasis: 'italic', strong: 'bold', delete: 'x-strike', link: 'link', linkReference: 'link' };

/** The units of a page, from its text and its parsed body (the tree `parseMarkdown` gives for the same text). */
export function pageUnits(text: string, tree: Root, file: string, title: string | undefined): PageUnits {
  const body = splitFrontMatter(text).body;
  const frontMatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[0] ?? '';
  const frontMatterLines = frontMatter ? frontMatter.split('\n').length - (frontMatter.endsWith('\n') ? 1 : 0) : 0;
  const titleLine = frontMatter.slice(0, frontMatter.search(/^title\s*:/m)).split('\n').length;
  const key = file.replace(/\.[a-z]{2,3}\.md$/, '.md');
  const units: PageUnit[] = [];
  const lineOf = (offset: number) => body.slice(0, offset).split('\n').length;
  if (title) units.push({ id: `${key}#title`, file, line: titleLine, note: 'Page title', segments: [{ kind: 'text', text: title }], kind: 'title', natives: new Map(), context: 'paragraph', prefix: '' });

  const slice = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) => body.slice(n.position!.start.offset!, n.position!.end.offset!);
  const start = (n: RootContent) => n.position!.start.offset!;
  const end = (n: RootContent) => n.position!.end.offset!;

  const block = (node: Parent, path: string, context: PageUnit['context'], note: string) => {
    const id = `${key}#${path}`;
    const natives = new Map<number, Native>();
    const attributes: PageUnit[] = [];
    let next = 1;
    const attribute = (suffix: string, text: string, attrNote: string, at: number) => {
      const unit: PageUnit = { id: `${id}/${suffix}`, file, line: lineOf(at), note: attrNote, segments: [{ kind: 'text', text }], kind: 'attribute', natives: new Map(), context: 'label', prefix: '' };
      attributes.push(unit);
      return unit.id;
    };
    const inline = (nodes: PhrasingContent[]): Segment[] =>
      nodes.map((n): Segment => {
        if (n.type === 'text') return { kind: 'text', text: n.value.replace(/\s*\n\s*/g, ' ') };
        const codeId = next++;
        const kids = 'children' in n ? (n.children as PhrasingContent[]) : [];
        const raw = slice(n);
        const pairable =
          kids.length > 0 &&
          ((n.type === 'link' && raw.startsWith('[')) || (n.type === 'linkReference' && n.referenceType === 'full') || n.type === 'textDirective' || (pairCtype[n.type] && n.type !== 'link' && n.type !== 'linkReference'));
        if (pairable) {
          const open = body.slice(start(n), start(kids[0]!));
          const close = body.slice(end(kids[kids.length - 1]!), end(n));
          const ctype = n.type === 'textDirective' ? `x-directive-${n.name}` : pairCtype[n.type]!;
          const link = n.type === 'link' ? { url: n.url, ...(n.title ? { title: attribute(`link${codeId}/title`, n.title, 'Link title (shown on hover)', start(n)) } : {}) } : undefined;
          natives.set(codeId, { form: 'pair', open, close, ...(link ? { link } : {}) });
          return { kind: 'g', id: codeId, ctype, children: inline(kids) };
        }
        if (n.type === 'break') {
          natives.set(codeId, { form: 'break' });
          return { kind: 'x', id: codeId, ctype: 'lb' };
        }
        if ((n.type === 'image' || (n.type === 'imageReference' && n.referenceType === 'full')) && n.alt) {
          const alt = attribute(`image${codeId}/alt`, n.alt, 'Image description (alt text)', start(n));
          const title = n.type === 'image' && n.title ? attribute(`image${codeId}/title`, n.title, 'Image title', start(n)) : undefined;
          const rest = n.type === 'imageReference' ? `[${n.label ?? n.identifier}]` : undefined;
          natives.set(codeId, { form: 'single', native: raw, image: { url: n.type === 'image' ? n.url : '', alt, ...(title ? { title } : {}), ...(rest ? { rest } : {}) } });
          return { kind: 'x', id: codeId, ctype: 'image' };
        }
        natives.set(codeId, { form: 'single', native: raw });
        const ctype = n.type === 'inlineCode' ? 'x-code' : n.type === 'link' ? 'x-link' : n.type === 'html' ? 'x-html' : n.type === 'textDirective' ? `x-directive-${n.name}` : n.type === 'image' || n.type === 'imageReference' ? 'image' : 'x-markdown';
        return { kind: 'ph', id: codeId, ctype, native: raw };
      });
    const kids = node.children as PhrasingContent[];
    const segments = inline(kids);
    const range: [number, number] | undefined = kids.length ? [start(kids[0]!), end(kids[kids.length - 1]!)] : undefined;
    const lineStart = range ? body.lastIndexOf('\n', range[0] - 1) + 1 : 0;
    const prefix = range ? body.slice(lineStart, range[0]).replace(/[^>\s]/g, ' ') : '';
    const at = range?.[0] ?? start(node as RootContent);
    units.push({ id, file, line: lineOf(at), endLine: lineOf(range?.[1] ?? at), note, segments, kind: 'block', range, natives, context, prefix }, ...attributes);
  };

  const walk = (node: Parent, path: string) => {
    node.children.forEach((child, i) => {
      const here = path ? `${path}.${i}` : String(i);
      const c = child as RootContent;
      if (c.type === 'paragraph') block(c, here, c.data && (c.data as { directiveLabel?: boolean }).directiveLabel ? 'label' : 'paragraph', c.data && (c.data as { directiveLabel?: boolean }).directiveLabel ? 'Callout title' : blockNote.paragraph!);
      else if (c.type === 'heading') block(c, here, 'heading', `${blockNote.heading} (level ${c.depth})`);
      else if (c.type === 'tableCell') block(c, here, 'table', blockNote.tableCell!);
      else if (c.type === 'leafDirective') {
        if (c.children.length) block(c, here, 'label', `${c.name} label`);
        const spec = isDirectiveKind(c.name) ? directives[c.name] : undefined;
        for (const [name, value] of Object.entries(c.attributes ?? {}))
          if (spec?.attributes[name] === 'text' && value)
            units.push({ id: `${key}#${here}/${name}`, file, line: lineOf(start(c)), note: `${c.name} ${name}`, segments: [{ kind: 'text', text: value }], kind: 'attribute', natives: new Map(), context: 'label', prefix: '' });
      } else if ('children' in c && !['code', 'html'].includes(c.type)) walk(c as Parent, here);
    });
  };
  walk(tree, '');
  return { key, units, tree, body, frontMatter, frontMatterLines };
}
