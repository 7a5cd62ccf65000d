/** Textes français des règles sur le thème du cours. */
import type { RuleParams } from '../../rules.ts';
import type { Texts, ThemeRule } from '../types.ts';

type C = RuleParams['theme/contrast'];
const field = (p: C) => `theme.${p.mode === 'dark' ? 'dark.' : ''}${p.colour}`;
const against = (p: C) =>
  p.against === 'button' ? `sous le texte d'un bouton principal (${p.background})` : p.against === 'page' ? `sur la page (${p.background})` : p.against === 'notice' ? `sur l'avis (${p.background})` : `sur les panneaux (${p.background})`;
const needs = (p: C) => (p.pair === 'focus' ? "le contour de focus demande" : p.pair === 'button-text' ? 'le texte des boutons demande' : 'le texte demande');
const mode = (m: C['mode']) => (m === 'light' ? 'en mode clair' : 'en mode sombre');

export const theme: Texts<ThemeRule> = {
  'theme/missing-file': {
    message: (p) => `${p.what === 'logo' ? 'Le logo' : 'La police'} du thème, ${p.path}, n'est pas dans le dossier du cours.`,
    hint: (p) => (p.suggestion ? `Vouliez-vous dire ${p.suggestion} ?` : "Copiez le fichier dans le dossier du cours (dans media/ par exemple) : le paquet l'emporte, rien n'est chargé du web."),
  },
  'theme/contrast': {
    message: (p) => `${field(p)} ${p.value} ${against(p)} atteint ${p.ratio}:1 ${mode(p.mode)} ; ${needs(p)} ${p.needed}:1.`,
    hint: (p) => `Essayez ${p.suggestion} pour ${field(p)}, la couleur de même teinte la plus proche qui convient.`,
  },
};
