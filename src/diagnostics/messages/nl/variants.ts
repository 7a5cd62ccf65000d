/** Nederlandse teksten van de regels over varianten van een basiscursus (`extends:`). */
import type { BlockChange } from '../../rules.ts';
import type { Texts, VariantRule } from '../types.ts';

const changes = (list: BlockChange[]) =>
  list
    .slice(0, 5)
    .map((c) => `${c.kind === 'changed' ? 'gewijzigd' : c.kind === 'added' ? 'toegevoegd' : 'verwijderd'} op regel ${c.line}`)
    .join(', ') + (list.length > 5 ? ` en nog ${list.length - 5}` : '');

export const variants: Texts<VariantRule> = {
  'variant/base-missing': {
    message: (p) => (p.kind === 'inside' ? `De basiscursus ${p.path} en deze variant zijn dezelfde map, of de ene staat in de andere.` : `De basiscursus ${p.path} is geen cursusmap (er staat geen course.yaml in).`),
    hint: () => 'Schrijf bij `extends:` het pad van de map van de basiscursus vanuit deze map, bijvoorbeeld extends: ../../connectoo-basique.',
  },
  'variant/nested': {
    message: (p) => `De basiscursus ${p.path} breidt zelf ${p.further} uit: een variant breidt een cursus uit die geen andere uitbreidt.`,
    hint: () => 'Breid de cursus aan het einde van de keten uit, of kopieer wat u nodig hebt uit de tussenliggende cursus naar deze variant.',
  },
  'variant/same-id': {
    message: (p) => `Deze variant heeft de id van zijn basiscursus, "${p.id}": het leerplatform zou ze voor dezelfde cursus houden.`,
    hint: () => 'Geef de variant een eigen id, bijvoorbeeld de id van de basis gevolgd door de naam van uw bestuur.',
  },
  'variant/hide-unknown': {
    message: (p) => `hide: noemt ${p.name}, maar dat is geen pagina van module ${p.module} in de basiscursus.`,
    hint: (p) => (p.near ? `Bedoelde u ${p.near}?` : 'Schrijf de bestandsnaam van een basispagina, bijvoorbeeld 03-openingsuren of 03-openingsuren.nl.md.'),
  },
  'variant/no-lock': {
    message: (p) => `Er is geen base.lock.yaml: nergens staat tegen welke versie van ${p.base} deze variant gemaakt is, dus wijzigingen in de basis kunnen niet getoond worden.`,
    hint: () => 'Voer connectoo base-accept <map van de variant> uit nadat u de variant hebt nagekeken tegen de basis zoals die nu is.',
  },
  'variant/lock-unreadable': {
    message: (p) => `base.lock.yaml is onbruikbaar: ${p.why}.`,
    hint: () => 'base.lock.yaml wordt geschreven door connectoo base-accept: voer dat opnieuw uit in plaats van het bestand te bewerken.',
  },
  'variant/base-updated': {
    message: (p) => `De basiscursus ${p.base} staat op versie ${p.now}; deze variant werd laatst nagekeken tegen versie ${p.locked}.`,
    hint: () => 'Voer connectoo base-diff <map van de variant> uit om te zien wat er veranderd is, en daarna connectoo base-accept zodra de variant bijgewerkt is.',
  },
  'variant/base-changed': {
    message: (p) =>
      `De basispagina ${p.page}, die deze variant ${p.how === 'replaced' ? 'vervangt' : 'verbergt'}, ${p.changes === 'removed' ? 'bestaat niet meer in de basis' : `is gewijzigd sinds base.lock.yaml: ${changes(p.changes)}`}.`,
    hint: (p) => (p.how === 'replaced' ? 'Vergelijk ze met uw pagina en neem de verbeteringen over die u wilt (connectoo base-diff toont ze), en voer dan connectoo base-accept uit.' : 'Controleer of verbergen nog juist is, en voer dan connectoo base-accept uit.'),
  },
};
