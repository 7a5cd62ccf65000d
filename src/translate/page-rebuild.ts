/**
 * Writes a translated page: the source page with the text of each unit replaced by its translation, the
 * inline codes put back as the Markdown they stand for, the translator's text escaped so that it stays
 * text, links to pages of the course pointed at the translated pages and media that exist in the target
 * language (`chart-fr.svg` → `chart-nl.svg`) used instead. Then `shapeDiff` tells whether the result reads
 * as the same structure as the source. Pure: no I/O.
 */
import { posix } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { directives, isDirectiveKind } from '../course/directives.ts';
import type { Native, PageUnit, PageUnits } from './page-units.ts';
import type { Segment } from './segments.ts';
import { setYamlTexts } from './yaml-edit.ts';

export interface RebuildContext {
  from: string;
  to: string;
  /** Source page (course-relative). */
  file: string;
  /** Every file of the course (course-relative), to find media in the target language. */
  files: ReadonlySet<string>;
}

/** Text as Markdown reads it back: every character that could start markup is escaped. */
function escapeText(text: string, context: PageUnit['context'], lineStart: boolean): string {
  let s = text
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/:(?=[A-Za-z]|\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@(?=[\w-]+\.[\w-])/g, '\\@');
  if (context === 'table') s = s.replace(/\|/g, '\\|');
  if (context === 'heading') s = s.replace(/#/g, '\\#');
  if (lineStart) s = s.replace(/^(#|>|[-+=]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
  return s;
}

const destination = (url: string) => (/[\s()<>]/.test(url) || url === '' ? `<${url.replace(/[<>]/g, (c) => encodeURI(c))}>` : url);
const title = (t: string | undefined) => (t ? ` "${t.replace(/["\\]/g, '\\$&')}"` : '');
const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

export function localise(url: string, ctx: RebuildContext, kind: 'page' | 'media'): string {
  if (external.test(url)) return url;
  const [path, rest] = [url.replace(/[?#].*$/, ''), url.slice(url.replace(/[?#].*$/, '').length)];
  if (kind === 'page') return path.endsWith(`.${ctx.from}.md`) ? `${path.slice(0, -`.${ctx.from}.md`.length)}.${ctx.to}.md${rest}` : url;
  // `chart-fr.svg` → `chart-nl.svg`, `fr/chart.svg` → `nl/chart.svg`; a name without language → `chart-nl.svg`, `chart.nl.svg`, `chart_nl.svg`.
  const swapped = path.replace(new RegExp(`(^|[-_./])${ctx.from}(?=[-_./]|$)`, 'g'), `$1${ctx.to}`);
  const ext = /(\.[A-Za-z0-9]+)$/.exec(path)?.[1] ?? '';
  const base = path.slice(0, path.length - ext.length);
  const candidates = swapped !== path ? [swapped] : ['-', '.', '_'].map((sep) => `${base}${sep}${ctx.to}${ext}`);
  const found = candidates.find((c) => {
    try {
      return ctx.files.has(posix.normalize(posix.join(posix.dirname(ctx.file), decodeURI(c))));
    } catch {
      return false;
    }
  });
  return found ? found + rest : url;
}

/** One unit's translation as Markdown. */
function render(unit: PageUnit, segments: readonly Segment[], texts: (id: string) => string, ctx: RebuildContext): string {
  let lineStart = unit.context === 'paragraph';
  const native = (n: Native | undefined): Native => {
    if (!n) throw new Error(`${unit.id}: a code the page does not have`);
    return n;
  };
  const walk = (segs: readonly Segment[]): string =>
    segs
      .map((x) => {
        if (x.kind === 'text') {
          let t = x.text.replace(/\s+/g, ' ');
          if (lineStart) t = t.trimStart();
          if (!t) return '';
          const out = escapeText(t, unit.context, lineStart);
          lineStart = false;
          return out;
        }
        const n = native(unit.natives.get(x.id));
        if (n.form === 'break') {
          lineStart = unit.context === 'paragraph';
          return `\\\n${unit.prefix}`;
        }
        lineStart = false;
        if (n.form === 'single') {
          if (!n.image) return n.native;
          const alt = escapeText(texts(n.image.alt), 'label', false);
          if (n.image.rest !== undefined) return `![${alt}]${n.image.rest}`;
          return `![${alt}](${destination(localise(n.image.url, ctx, 'media'))}${title(n.image.title && texts(n.image.title))})`;
        }
        const inner = walk(x.kind === 'g' ? x.children : []);
        const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
        const emphasis = /^[*_]+$/.test(n.open) && /^[*_]+$/.test(n.close);
        const open = emphasis ? n.open.replace(/_/g, '*') : n.open;
        let close = emphasis ? n.close.replace(/_/g, '*') : n.close;
        if (n.link) {
          const url = localise(n.link.url, ctx, 'page');
          if (url !== n.link.url || n.link.title) close = `](${destination(url)}${title(n.link.title && texts(n.link.title))})`;
        }
        return `${lead}${open}${core}${close}${trail}`;
      })
      .join('');
  return walk(segments).trim();
}

/**
 * The translated page. `texts(id)` gives the translation of a unit (or, for a unit without text, its source);
 * the front matter keeps everything but its title.
 */
export function rebuildPage(page: PageUnits, texts: (id: string) => Segment[], ctx: RebuildContext): string {
  const plainText = (id: string) => texts(id).map((s) => (s.kind === 'text' ? s.text : '')).join('').replace(/\s+/g, ' ').trim();
  const splices: { at: number; end: number; text: string }[] = [];
  for (const unit of page.units)
    if (unit.kind === 'block' && unit.range) splices.push({ at: unit.range[0], end: unit.range[1], text: render(unit, texts(unit.id), plainText, ctx) });
  // Leaf directives (::video): attributes that are text are translated, files in the target language used.
  const visit = (node: Nodes, path: string) => {
    if (node.type === 'leafDirective' && isDirectiveKind(node.name)) {
      const spec = directives[node.name];
      const attrs = Object.entries(node.attributes ?? {}).map(([k, v]) => {
        const value = spec.attributes[k] === 'text' && v ? plainText(`${page.key}#${path}/${k}`) : spec.attributes[k] === 'asset' && v ? localise(v, ctx, 'media') : v ?? '';
        return value === '' ? k : `${k}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
      });
      const kids = node.children;
      const from = kids.length ? kids[kids.length - 1]!.position!.end.offset! + 1 : node.position!.start.offset! + 2 + node.name.length;
      if (attrs.length) splices.push({ at: from, end: node.position!.end.offset!, text: `{${attrs.join(' ')}}` });
    }
    if ('children' in node) node.children.forEach((c, i) => visit(c as Nodes, path ? `${path}.${i}` : String(i)));
  };
  visit(page.tree, '');
  let body = page.body;
  for (const s of splices.sort((a, b) => b.at - a.at)) body = body.slice(0, s.at) + s.text + body.slice(s.end);
  body = body.slice(page.frontMatterLines);
  const titleUnit = page.units.find((u) => u.kind === 'title');
  if (!page.frontMatter || !titleUnit) return page.frontMatter + body;
  const fm = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/.exec(page.frontMatter)!;
  return fm[1] + setYamlTexts(fm[2]!, [{ path: ['title'], value: plainText(titleUnit.id) }]) + fm[3] + body;
}

/** The structure of a tree: block nodes in order, inline nodes other than text in any order within their parent. */
function shape(node: Nodes): string {
  if (node.type === 'text') return '';
  const kids = 'children' in node ? (node.children as Nodes[]).map(shape).filter(Boolean) : [];
  const inline = ['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'textDirective', 'leafDirective'].includes(node.type);
  if (inline) kids.sort();
  const extra = node.type === 'heading' ? node.depth : node.type === 'list' ? (node.ordered ? 'ol' : 'ul') : 'name' in node ? node.name : '';
  return `${node.type}${extra}(${kids.join(',')})`;
}

/** The path (`3.0.1`) of the first block whose structure differs between the two trees, or undefined when they match. */
export function shapeDiff(source: Root, target: Root): string | undefined {
  const walk = (a: Nodes | undefined, b: Nodes | undefined, path: string): string | undefined => {
    if (!a || !b) return path || '0';
    if (shape(a) === shape(b)) return undefined;
    const ak = 'children' in a ? (a.children as Nodes[]) : [];
    const bk = 'children' in b ? (b.children as Nodes[]) : [];
    const inline = a.type === b.type && ['paragraph', 'heading', 'tableCell'].includes(a.type);
    if (a.type !== b.type || inline || ak.length !== bk.length) return path || '0';
    for (let i = 0; i < ak.length; i++) {
      const d = walk(ak[i], bk[i], path ? `${path}.${i}` : String(i));
      if (d) return d;
    }
    return path || '0';
  };
  return walk(source, target, '');
}
