/** Mots français communs aux messages français. */
import { placeIn } from '../place.ts';
import { code, type Words } from '../types.ts';

const series = (last: string) => (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
const num = (n: number) => n.toLocaleString('fr');
const plural = (n: number, one: string, many: string) => `${num(n)} ${n <= 1 ? one : many}`;

export const fr: Words = {
  num,
  or: series('ou'),
  and: series('et'),
  place: (at) =>
    placeIn(
      {
        lists: { questions: 'question', choices: 'choix', pairs: 'paire', items: 'élément', answers: 'réponse acceptée', modules: 'module', languages: 'langue', prerequisites: 'prérequis', changelog: 'entrée du journal' },
        itemOf: (n, list) => `élément ${n} de ${list}`,
        file: 'le fichier',
      },
      at,
    ),
  question: (q) => `Question ${q.n} (${q.id})`,
  target: (t) => (t === 'image' ? "l'image" : t === 'link' ? 'le lien' : `l'attribut ${code(t.attribute)} de ::${t.directive}`),
  kind: (k) =>
    ({ text: 'un texte', number: 'un nombre', 'whole-number': 'un nombre entier', 'true-false': 'true ou false', list: 'une liste', block: 'un bloc de champs', value: 'une valeur', empty: 'vide' })[k],
  summary: (e, w) => `${plural(e, 'erreur', 'erreurs')}, ${plural(w, 'avertissement', 'avertissements')}`,
  hintLabel: 'conseil :',
  previewHeading: 'Le cours ne peut pas être affiché : corrigez ces problèmes',
};
