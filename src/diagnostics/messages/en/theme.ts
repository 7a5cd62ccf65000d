/** English texts of the rules about the course's theme. */
import type { RuleParams } from '../../rules.ts';
import type { Texts, ThemeRule } from '../types.ts';

type C = RuleParams['theme/contrast'];
const field = (p: C) => `theme.${p.mode === 'dark' ? 'dark.' : ''}${p.colour}`;
const against = (p: C) =>
  p.against === 'button' ? `under the labels of filled buttons (${p.background})` : p.against === 'page' ? `on the background (${p.background})` : p.against === 'notice' ? `on the information banner (${p.background})` : `on the panels (${p.background})`;
const needs = (p: C) => (p.pair === 'focus' ? 'the outline of a focused control needs' : p.pair === 'button-text' ? 'labels on filled buttons need' : 'reading needs');
const mode = (m: C['mode']) => (m === 'light' ? 'with the bright scheme' : 'with the dark scheme');

export const theme: Texts<ThemeRule> = {
  'theme/missing-file': {
    message: (p) => `The theme's ${p.what === 'logo' ? 'logo' : 'font'} ${p.path} is not in the course folder.`,
    hint: (p) => (p.suggestion ? `Did you mean ${p.suggestion}?` : 'Copy the file into the course folder (media/ for instance): the package carries it, nothing is fetched from the web.'),
  },
  'theme/contrast': {
    message: (p) => `${field(p)} ${p.value} ${against(p)} reaches ${p.ratio}:1 ${mode(p.mode)}; ${needs(p)} ${p.needed}:1.`,
    hint: (p) => `Try ${p.suggestion} for ${field(p)}, the nearest colour of the same hue that passes.`,
  },
};
