/** Page Markdown (already checked and rewritten) to safe HTML: remark-rehype → rehype-sanitize → rehype-stringify. */
import type { Element, ElementContent } from 'hast';
import type { Root, RootContent, Parent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { applyImageWidths } from '../course/image-size.ts';
import { calloutIcons } from './callout-icons.ts';
import { directives, isDirectiveKind, type DirectiveKind, type DirectiveNode } from '../course/directives.ts';
import { copyTree, reuse } from '../course/reuse.ts';

export interface MarkdownLabels {
  /** Default callout titles and other words the HTML needs, in the page language. */
  callout: Record<Exclude<DirectiveKind, 'video' | 'lang'>, string>;
  transcript: string;
  lang: string;
}

const schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'figure', 'figcaption', 'video', 'track'],
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), 'dataNavPage'],
    aside: ['className', 'role', 'ariaLabel'],
    p: ['className'],
    span: ['lang'],
    figure: ['className'],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading'],
    video: ['src', 'controls', 'preload', 'poster', 'ariaLabel'],
    track: ['kind', 'src', 'srclang', 'label', 'default'],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https'] },
};

const pipeline = unified().use(remarkRehype).use(rehypeSanitize, schema).use(calloutIcons).use(rehypeStringify);

type Handler = (node: DirectiveNode, labels: MarkdownLabels) => void;
type CalloutKind = Exclude<DirectiveKind, 'video' | 'lang'>;

const callout =
  (kind: CalloutKind): Handler =>
  (node, labels) => {
    const children = node.children as RootContent[];
    const first = children[0] as Parent & { data?: { directiveLabel?: boolean } };
    const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel;
    const title = hasLabel ? first : { type: 'paragraph', children: [{ type: 'text', value: labels.callout[kind] }] };
    (title as Parent & { data?: object }).data = { hName: 'p', hProperties: { className: ['callout-title'] } };
    node.children = [title, ...(hasLabel ? children.slice(1) : children)] as typeof node.children;
    node.data = { hName: 'aside', hProperties: { className: ['callout', `callout-${kind}`], role: 'note' } };
  };

const handlers: { [K in DirectiveKind]: Handler } = {
  tip: callout('tip'),
  warning: callout('warning'),
  example: callout('example'),
  note: callout('note'),
  lang: (node) => {
    node.data = { hName: 'span', hProperties: { lang: node.attributes?.code ?? undefined } };
  },
  video: (node, labels) => {
    const a = (node.attributes ?? {}) as Record<string, string | undefined>;
    const label = (node.children as RootContent[]).length ? (node.children[0] as Parent) : undefined;
    const title = a.title || (label ? toText(label) : '');
    const video: Element = {
      type: 'element',
      tagName: 'video',
      properties: { src: a.src, controls: true, preload: 'metadata', ...(a.poster ? { poster: a.poster } : {}), ...(title ? { ariaLabel: title } : {}) },
      children: [
        { type: 'element', tagName: 'track', properties: { kind: 'captions', src: a.captions, srclang: labels.lang, label: labels.lang.toUpperCase(), default: true }, children: [] },
      ],
    };
    const caption: ElementContent[] = [];
    if (title) caption.push({ type: 'text', value: title });
    if (a.transcript) {
      if (title) caption.push({ type: 'text', value: ' · ' });
      caption.push({ type: 'element', tagName: 'a', properties: { href: a.transcript }, children: [{ type: 'text', value: labels.transcript }] });
    }
    const figure = { type: 'element', tagName: 'figure', properties: { className: ['video'] }, children: [video, ...(caption.length ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: caption } as Element] : [])] } as Element;
    node.children = [];
    node.data = { hName: 'figure', hProperties: figure.properties, hChildren: figure.children };
  },
};

function toText(n: Parent | RootContent): string {
  if ('value' in n && typeof n.value === 'string') return n.value;
  return 'children' in n ? (n.children as RootContent[]).map(toText).join('') : '';
}

function applyDirectives(tree: Parent, labels: MarkdownLabels) {
  for (const node of tree.children as RootContent[]) {
    if ((node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') && isDirectiveKind(node.name)) {
      handlers[node.name](node, labels);
    }
    if ('children' in node) applyDirectives(node as Parent, labels);
  }
}

export function markdownToHtml(tree: Root, labels: MarkdownLabels): string {
  return reuse('html', () => JSON.stringify([labels, tree]), () => render(tree, labels))!;
}

function render(tree: Root, labels: MarkdownLabels): string {
  const copy = copyTree(tree);
  applyDirectives(copy, labels);
  applyImageWidths(copy);
  const hast = pipeline.runSync(copy as never);
  return pipeline.stringify(hast as never);
}

export const knownDirectives = Object.keys(directives);
