/** Parses a Markdown page, checks what authors get wrong, and rewrites links and media to package paths. */
import { posix } from 'node:path';
import type { Image, Link, Root, RootContent, Parent, Text } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import type { Target } from '../diagnostics/rules.ts';
import { directives, isDirectiveKind, type DirectiveNode } from './directives.ts';
import { limits } from './limits.ts';
import { reportTextProblem, treeDepth } from './markdown-limits.ts';
import { linkFrom, nearFile } from './near-name.ts';
import { copyTree, reuse } from './reuse.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/**
 * The page's tree, or undefined with an author error when the page is beyond the limits
 * (size, nesting, emphasis runs, links: see limits.ts) that keep parsing fast and safe.
 */
export function parseMarkdown(body: string, file: string, report: Report): Root | undefined {
  if (!reportTextProblem(body, file, report)) return undefined;
  // The checks after parsing rewrite the tree: a kept tree is copied.
  const tree = reuse<Root>('markdown', body, () => wellNested(body), copyTree);
  if (!tree) report({ file, line: 1, column: 1, rule: 'md/too-deep', params: { kind: 'nesting', limit: limits.nesting } });
  return tree;
}

/** The tree of a page body; undefined when it nests deeper than the walks after parsing can follow. */
function wellNested(body: string): Root | undefined {
  let tree: Root | undefined;
  try {
    tree = parser.parse(body) as Root;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  // The walks after parsing recurse: a tree deeper than the nesting limit (plus inline levels) is refused.
  return tree && treeDepth(tree) <= limits.nesting * 2 + 16 ? tree : undefined;
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
  /** Page files of the course in this language (course-relative), for "did you mean" hints. */
  pages?: readonly string[];
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
  const unsafe = (node: RootContent, url: string, what: Target): boolean => {
    const m = unsafeScheme.exec(url);
    if (m) ctx.report({ ...at(node), rule: 'md/unsafe-link', params: { what, url: url.slice(0, 60), scheme: m[1]!.toLowerCase() } });
    return !!m;
  };

  const asset = (node: RootContent, url: string, what: Target): string | undefined => {
    if (unsafe(node, url, what)) return undefined;
    const path = resolveInCourse(ctx.file, url);
    if (path === null) {
      ctx.report({ ...at(node), rule: 'md/bad-escape', params: { what, url } });
      return undefined;
    }
    if (!path) {
      ctx.report({ ...at(node), rule: 'md/path-escape', params: { what, url } });
      return undefined;
    }
    if (!ctx.files.has(path)) {
      const symlink = !!ctx.links?.has(path);
      const near = symlink ? undefined : nearFile(path, ctx.files);
      const suggestion = near && linkFrom(ctx.file, near, url.startsWith('/'));
      ctx.report({ ...at(node), rule: 'md/missing-file', params: { what, url, looked: path, symlink, ...(suggestion ? { suggestion } : {}) } });
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
            params: {},
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
              params: node.depth === 1 ? { kind: 'h1' } : { kind: 'skip', from: lastDepth, to: node.depth },
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
        params: { url: node.url },
      });
    }
    if (external.test(node.url)) {
      ctx.report({
        ...at(node),
        rule: 'md/external-media',
        params: { url: node.url },
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
        params: { url: node.url },
      });
    }
    if (unsafe(node, node.url, 'link')) return;
    if (external.test(node.url) || node.url.startsWith('#')) return;
    const target = resolveInCourse(ctx.file, node.url);
    if (target && /\.md$/.test(target)) {
      const id = ctx.pageIdOf(target);
      if (!id) {
        const near = ctx.pages && nearFile(target, ctx.pages);
        const suggestion = near && linkFrom(ctx.file, near, node.url.startsWith('/'));
        ctx.report({ ...at(node), rule: 'md/missing-page', params: { url: node.url, lang: ctx.lang, ...(suggestion ? { suggestion } : {}) } });
        return;
      }
      node.url = `#${id}`;
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), dataNavPage: id } };
      return;
    }
    const path = asset(node, node.url, 'link');
    if (path) node.url = path;
  };

  const directive = (node: DirectiveNode) => {
    if (!isDirectiveKind(node.name)) {
      ctx.report({
        ...at(node),
        rule: 'md/unknown-directive',
        params: { name: node.name, known: Object.entries(directives).map(([d, spec]) => `${{ container: ':::', leaf: '::', text: ':' }[spec.form]}${d}`) },
      });
      return;
    }
    const spec = directives[node.name];
    const attrs = node.attributes ?? {};
    for (const name of spec.required) {
      if (!attrs[name]) {
        if (node.name === 'video' && name === 'captions') ctx.report({ ...at(node), rule: 'md/video-captions', params: {} });
        else ctx.report({ ...at(node), rule: 'md/directive-attribute', params: { kind: 'missing', directive: node.name, attribute: name } });
      }
    }
    for (const [name, value] of Object.entries(attrs)) {
      const kind = spec.attributes[name];
      if (!kind) {
        ctx.report({
          ...at(node),
          rule: 'md/directive-attribute',
          params: { kind: 'unknown', directive: node.name, attribute: name, allowed: Object.keys(spec.attributes) },
        });
      } else if (kind === 'lang' && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value ?? '')) {
        ctx.report({
          ...at(node),
          rule: 'md/directive-attribute',
          params: { kind: 'lang-code', value: value ?? '' },
        });
      } else if (kind === 'asset' && value) {
        const path = asset(node as RootContent, value, { directive: node.name, attribute: name });
        if (path) attrs[name] = path;
      }
    }
  };

  visit(tree);
}
