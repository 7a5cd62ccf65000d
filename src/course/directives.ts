/**
 * Markdown directives authors may use. A handler map: adding a kind without
 * its handler fails to compile.
 */
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';

export type DirectiveKind = 'tip' | 'warning' | 'example' | 'note' | 'video' | 'lang';

export interface DirectiveSpec {
  form: 'container' | 'leaf' | 'text';
  /** Attributes the directive accepts; `src`-like ones are asset paths checked at build time. */
  attributes: Record<string, 'asset' | 'text' | 'flag' | 'lang'>;
  required: string[];
}

export const directives: { [K in DirectiveKind]: DirectiveSpec } = {
  tip: { form: 'container', attributes: {}, required: [] },
  warning: { form: 'container', attributes: {}, required: [] },
  example: { form: 'container', attributes: {}, required: [] },
  note: { form: 'container', attributes: {}, required: [] },
  video: {
    form: 'leaf',
    attributes: { src: 'asset', captions: 'asset', poster: 'asset', transcript: 'asset', title: 'text' },
    required: ['src', 'captions'],
  },
  /** A passage in another language: :lang[Goedemorgen]{code=nl}. */
  lang: { form: 'text', attributes: { code: 'lang' }, required: ['code'] },
};

export const isDirectiveKind = (name: string): name is DirectiveKind => Object.hasOwn(directives, name);
export type DirectiveNode = ContainerDirective | LeafDirective | TextDirective;
