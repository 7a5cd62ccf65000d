/** Parses a Markdown page, checks what authors get wrong, and rewrites links and media to package paths. */
import { posix } from 'node:path';
import type { Image, Link, Root, RootContent, Parent, Text } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Report } from '../diagnostics/diagnostic.ts';
import { directives, isDirectiveKind, type DirectiveNode } from './directives.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

export function parseMarkdown(body: string): Root {
  return parser.parse(body) as Root;
}

export interface PageContext {
  /** Page source path relative to the course folder. */
  file: string;
  /** Absolute path, for messages. */
  absFile: string;
  lang: string;
  /** Every file in the course folder (relative). */
  files: ReadonlySet<string>;
  /** Resolves a course-relative `.md` path to a page id, or undefined when no such page exists. */
  pageIdOf: (coursePath: string) => string | undefined;
  /** Collects asset paths used by the page. */
  useAsset: (coursePath: string) => void;
  report: Report;
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Resolves `url` against the page folder; undefined when it leaves the course folder. */
function resolveInCourse(file: string, url: string): string | undefined {
  const clean = decodeURI(url.split('#')[0].split('?')[0]);
  const joined = clean.startsWith('/') ? posix.normalize(clean.slice(1)) : posix.join(posix.dirname(file), clean);
  return joined.startsWith('../') || joined === '..' ? undefined : joined;
}

export function checkAndRewrite(tree: Root, ctx: PageContext): void {
  const at = (n: { position?: { start: { line: number; column: number } } }) => ({
    file: ctx.absFile,
    line: n.position?.start.line ?? 1,
    column: n.position?.start.column ?? 1,
  });

  const asset = (node: RootContent, url: string, what: string): string | undefined => {
    const path = resolveInCourse(ctx.file, url);
    if (!path) {
      ctx.report({
        ...at(node),
        rule: 'md/path-escape',
        message: `The ${what} "${url}" points outside the course folder.`,
        hint: 'Put the file in the course\'s media/ folder and link to it with a relative path such as ../../media/name.svg.',
      });
      return undefined;
    }
    if (!ctx.files.has(path)) {
      ctx.report({
        ...at(node),
        rule: 'md/missing-file',
        message: `The ${what} "${url}" does not exist (looked for ${path}).`,
        hint: 'Check the file name and its folder; paths are relative to this page and case-sensitive.',
      });
      return undefined;
    }
    ctx.useAsset(path);
    return path;
  };

  let lastDepth = 1;
  const visit = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as RootContent;
      switch (node.type) {
        case 'html':
          ctx.report({
            ...at(node),
            severity: 'warning',
            rule: 'md/raw-html',
            message: 'Raw HTML is removed from pages for safety.',
            hint: 'Use Markdown instead (lists, tables, emphasis) or a directive such as :::tip.',
          });
          parent.children.splice(i--, 1);
          continue;
        case 'image':
          image(node);
          break;
        case 'heading':
          if (node.depth === 1 || node.depth > lastDepth + 1) {
            ctx.report({
              ...at(node),
              severity: 'warning',
              rule: 'md/heading-order',
              message: node.depth === 1 ? 'A "#" heading repeats the page title level.' : `This heading jumps from level ${lastDepth} to level ${node.depth}.`,
              hint: 'The page title (front matter) is the only level-1 heading: start sections with "##", then "###" inside them, without skipping a level.',
            });
          }
          lastDepth = Math.max(2, node.depth);
          break;
        case 'link':
          link(node);
          break;
        case 'textDirective':
          if (node.name === 'lang') {
            directive(node);
            break;
          }
          // `:word` in running text is not a directive authors meant: keep it as text.
          parent.children.splice(i, 1, { type: 'text', value: `:${node.name}` } as Text, ...(node.children as RootContent[]));
          continue;
        case 'leafDirective':
        case 'containerDirective':
          directive(node);
          break;
      }
      if ('children' in node) visit(node as Parent);
    }
  };

  const image = (node: Image) => {
    if (!node.alt || !node.alt.trim()) {
      ctx.report({
        ...at(node),
        rule: 'md/image-alt',
        message: `The image "${node.url}" has no alternative text.`,
        hint: 'Describe the picture between the brackets: ![what the picture shows](path). For a purely decorative image write ![decorative](path).',
      });
    }
    if (external.test(node.url)) {
      ctx.report({
        ...at(node),
        rule: 'md/external-media',
        message: `The image "${node.url}" is outside the package.`,
        hint: 'Packages must work offline and make no outside request: copy the image into media/.',
      });
      return;
    }
    const path = asset(node, node.url, 'image');
    if (path) node.url = path;
    if (node.alt?.trim().toLowerCase() === 'decorative') node.alt = '';
  };

  const link = (node: Link) => {
    const hasText = (n: RootContent | Link): boolean =>
      n.type === 'text' || n.type === 'inlineCode' ? n.value.trim() !== '' : n.type === 'image' ? Boolean(n.alt?.trim()) : 'children' in n && (n.children as RootContent[]).some(hasText);
    if (!hasText(node)) {
      ctx.report({
        ...at(node),
        rule: 'md/empty-link',
        message: `The link to "${node.url}" has no text.`,
        hint: 'Write what the link leads to between the brackets: [the page on CSAM](…). Screen readers announce links by their text.',
      });
    }
    if (external.test(node.url) || node.url.startsWith('#')) return;
    const target = resolveInCourse(ctx.file, node.url);
    if (target && /\.md$/.test(target)) {
      const id = ctx.pageIdOf(target);
      if (!id) {
        ctx.report({
          ...at(node),
          rule: 'md/missing-page',
          message: `The link "${node.url}" points to a page that does not exist in ${ctx.lang.toUpperCase()}.`,
          hint: 'Link to a page file of the same language, relative to this page, e.g. 02-figures.fr.md or ../m2-topic/01-intro.fr.md.',
        });
        return;
      }
      node.url = `#${id}`;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), dataNavPage: id } };
      return;
    }
    const path = asset(node, node.url, 'link target');
    if (path) node.url = path;
  };

  const directive = (node: DirectiveNode) => {
    if (!isDirectiveKind(node.name)) {
      ctx.report({
        ...at(node),
        rule: 'md/unknown-directive',
        message: `Unknown block ":::${node.name}".`,
        hint: `Use one of: ${Object.entries(directives).map(([d, spec]) => `${{ container: ':::', leaf: '::', text: ':' }[spec.form]}${d}`).join(', ')}.`,
      });
      return;
    }
    const spec = directives[node.name];
    const attrs = node.attributes ?? {};
    for (const name of spec.required) {
      if (!attrs[name]) {
        ctx.report({
          ...at(node),
          rule: node.name === 'video' && name === 'captions' ? 'md/video-captions' : 'md/directive-attribute',
          message: `::${node.name} needs ${name}="…".`,
          hint:
            node.name === 'video' && name === 'captions'
              ? 'Every video needs captions: add captions="../../media/name.fr.vtt" (a WebVTT file).'
              : `Add ${name}="…" between the braces: ::${node.name}{${name}="…"}.`,
        });
      }
    }
    for (const [name, value] of Object.entries(attrs)) {
      const kind = spec.attributes[name];
      if (!kind) {
        ctx.report({
          ...at(node),
          rule: 'md/directive-attribute',
          message: `::${node.name} has no attribute "${name}".`,
          hint: Object.keys(spec.attributes).length ? `Allowed: ${Object.keys(spec.attributes).join(', ')}.` : 'Remove it.',
        });
      } else if (kind === 'lang' && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value ?? '')) {
        ctx.report({
          ...at(node),
          rule: 'md/directive-attribute',
          message: `"${value}" is not a language code.`,
          hint: 'Use a language tag such as nl, fr, de, en or nl-BE: :lang[Goedemorgen]{code=nl}.',
        });
      } else if (kind === 'asset' && value) {
        const path = asset(node as RootContent, value, `${node.name} ${name}`);
        if (path) attrs[name] = path;
      }
    }
  };

  visit(tree);
}
