/** Deutsche Texte der Regeln zum Thema des Kurses. */
import type { RuleParams } from '../../rules.ts';
import type { Texts, ThemeRule } from '../types.ts';

type C = RuleParams['theme/contrast'];
const field = (p: C) => `theme.${p.mode === 'dark' ? 'dark.' : ''}${p.colour}`;
const against = (p: C) =>
  p.against === 'button' ? `unter dem Text einer Hauptschaltfläche (${p.background})` : p.against === 'page' ? `auf der Seite (${p.background})` : p.against === 'notice' ? `auf dem Hinweis (${p.background})` : `auf den Feldern (${p.background})`;
const needs = (p: C) => (p.pair === 'focus' ? 'der Fokusrahmen braucht' : p.pair === 'button-text' ? 'Text auf Schaltflächen braucht' : 'Text braucht');
const mode = (m: C['mode']) => (m === 'light' ? 'im hellen Modus' : 'im dunklen Modus');

export const theme: Texts<ThemeRule> = {
  'theme/missing-file': {
    message: (p) => `${p.what === 'logo' ? 'Das Logo' : 'Die Schrift'} des Themas, ${p.path}, ist nicht im Kursordner.`,
    hint: (p) => (p.suggestion ? `Meinten Sie ${p.suggestion}?` : 'Kopieren Sie die Datei in den Kursordner (etwa nach media/): das Paket enthält sie, nichts wird aus dem Web geladen.'),
  },
  'theme/contrast': {
    message: (p) => `${field(p)} ${p.value} ${against(p)} erreicht ${p.ratio}:1 ${mode(p.mode)}; ${needs(p)} ${p.needed}:1.`,
    hint: (p) => `Versuchen Sie ${p.suggestion} für ${field(p)}, die nächstliegende Farbe desselben Farbtons, die ausreicht.`,
  },
};
