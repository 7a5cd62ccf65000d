/** Nederlandse teksten van de regels over het thema van de cursus. */
import type { RuleParams } from '../../rules.ts';
import type { Texts, ThemeRule } from '../types.ts';

type C = RuleParams['theme/contrast'];
const field = (p: C) => `theme.${p.mode === 'dark' ? 'dark.' : ''}${p.colour}`;
const against = (p: C) =>
  p.against === 'button' ? `onder de tekst van een hoofdknop (${p.background})` : p.against === 'page' ? `op de pagina (${p.background})` : p.against === 'notice' ? `op de melding (${p.background})` : `op de panelen (${p.background})`;
const needs = (p: C) => (p.pair === 'focus' ? 'de focusrand vraagt' : p.pair === 'button-text' ? 'de tekst van knoppen vraagt' : 'tekst vraagt');
const mode = (m: C['mode']) => (m === 'light' ? 'in lichte modus' : 'in donkere modus');

export const theme: Texts<ThemeRule> = {
  'theme/missing-file': {
    message: (p) => `${p.what === 'logo' ? 'Het logo' : 'Het lettertype'} van het thema, ${p.path}, staat niet in de cursusmap.`,
    hint: (p) => (p.suggestion ? `Bedoelde u ${p.suggestion}?` : 'Kopieer het bestand naar de cursusmap (bijvoorbeeld naar media/): het pakket neemt het mee, niets wordt van het web geladen.'),
  },
  'theme/contrast': {
    message: (p) => `${field(p)} ${p.value} ${against(p)} haalt ${p.ratio}:1 ${mode(p.mode)}; ${needs(p)} ${p.needed}:1.`,
    hint: (p) => `Probeer ${p.suggestion} voor ${field(p)}, de dichtstbijzijnde kleur van dezelfde tint die volstaat.`,
  },
};
