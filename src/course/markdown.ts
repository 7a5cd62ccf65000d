/** Parses a Markdown page, checks what authors get wrong, and rewrites links and media to package paths. */
import { posix } from 'node:path';
import type { Image, Link, Root, RootContent, Parent, Text } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Report } from '../diagnostics/diagnostic.ts';
import { directives, isDirectiveKind, type DirectiveNode } from './directives.ts';
import { limits } from './limits.ts';
import { reportTextProblem, treeDepth } from './markdown-limits.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/**
 * The page's tree, or undefined with an author error when the page is beyond the limits
 * (size, nesting, emphasis runs, links: see limits.ts) that keep parsing fast and safe.
 */
export function parseMarkdown(body: string, file: string, report: Report): Root | undefined {
  if (!reportTextProblem(body, file, report)) return undefined;
  let tree: Root | undefined;
  try {
    tree = parser.parse(body) as Root;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  // The walks after parsing recurse: a tree deeper than the nesting limit (plus inline levels) is refused.
  if (!tree || treeDepth(tree) > limits.nesting * 2 + 16) {
    report({ file, line: 1, column: 1, rule: 'md/too-deep', message: `This page nests its content more than ${limits.nesting} levels deep.`, hint: 'Flatten the structure: a page needs a few levels of lists or quotes at most.' });
    return undefined;
  }
  return tree;
}

/** `decodeURI` that gives undefined instead of throwing on a malformed `%` escape. */
export function safeDecodeUri(s: string): string | undefined {
  try {
    return decodeURI(s);
  } catch {
    return undefined;
  }
}

export interface PageContext {
  /** Page source path relative to the course folder. */
  file: string;
  /** Absolute path, for messages. */
  absFile: string;
  lang: string;
  /** Every file in the course folder (relative). */
  files: ReadonlySet<string>;
  /** Symbolic links in the course folder (relative): never followed. */
  links?: ReadonlySet<string>;
  /** Resolves a course-relative `.md` path to a page id, or undefined when no such page exists. */
  pageIdOf: (coursePath: string) => string | undefined;
  /** Collects asset paths used by the page. */
  useAsset: (coursePath: string) => void;
  report: Report;
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Schemes that run code or reach the learner's own files: never in a course. */
const unsafeScheme = /^\s*(javascript|data|vbscript|file):/i;

/** Resolves `url` against the page folder; undefined when it leaves the course folder; null when a `%` escape is malformed. */
function resolveInCourse(file: string, url: string): string | undefined | null {
  const clean = safeDecodeUri(url.split('#')[0]!.split('?')[0]!);
  if (clean === undefined) return null;
  const joined = clean.startsWith('/') ? posix.normalize(clean.slice(1)) : posix.join(posix.dirname(file), clean);
  return joined.startsWith('../') || joined === '..' ? undefined : joined;
}

export function checkAndRewrite(tree: Root, ctx: PageContext): void {
  const at = (n: { position?: { start: { line: number; column: number } } }) => ({
    file: ctx.absFile,
    line: n.position?.start.line ?? 1,
    column: n.position?.start.column ?? 1,
  });

  /** Reports a link or media address that must never be followed; true when reported. */
  const unsafe = (node: RootContent, url: string, what: string): boolean => {
    const m = unsafeScheme.exec(url);
    if (m) {
      ctx.report({
        ...at(node),
        rule: 'md/unsafe-link',
        message: `The ${what} "${url.slice(0, 60)}" uses "${m[1]!.toLowerCase()}:", which can run code or open the learner's own files.`,
        hint: 'Link to a web page (https://…), to a page of the course, or to a file in media/.',
      });
    }
    return !!m;
  };

  const asset = (node: RootContent, url: string, what: string): string | undefined => {
    if (unsafe(node, url, what)) return undefined;
    const path = resolveInCourse(ctx.file, url);
    if (path === null) {
      ctx.report({
        ...at(node),
        rule: 'md/bad-escape',
        message: `The ${what} "${url}" has a "%" that is not followed by two hexadecimal digits.`,
        hint: 'Write the file name as it is (spaces and accents are fine), or escape "%" itself as %25.',
      });
      return undefined;
    }
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
        message: ctx.links?.has(path)
          ? `The ${what} "${url}" is a symbolic link (${path}): the build does not follow links.`
          : `The ${what} "${url}" does not exist (looked for ${path}).`,
        hint: ctx.links?.has(path)
          ? 'Copy the file itself into the course folder, in place of the link.'
          : 'Check the file name and its folder; paths are relative to this page and case-sensitive.',
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
    if (unsafe(node, node.url, 'link')) return;
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
