/** Nederlandse woorden die de Nederlandse meldingen delen. */
import { placeIn } from '../place.ts';
import { code, type Words } from '../types.ts';

const series = (last: string) => (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
const num = (n: number) => n.toLocaleString('nl');
const plural = (n: number, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;

export const nl: Words = {
  num,
  or: series('of'),
  and: series('en'),
  place: (at) =>
    placeIn(
      {
        lists: { questions: 'vraag', choices: 'keuze', pairs: 'paar', items: 'element', answers: 'aanvaard antwoord', modules: 'module', languages: 'taal', prerequisites: 'voorkennis', changelog: 'logboekregel' },
        itemOf: (n, list) => `element ${n} van ${list}`,
        file: 'het bestand',
      },
      at,
    ),
  question: (q) => `Vraag ${q.n} (${q.id})`,
  target: (t) => (t === 'image' ? 'de afbeelding' : t === 'link' ? 'de link' : `het attribuut ${code(t.attribute)} van ::${t.directive}`),
  kind: (k) =>
    ({ text: 'een tekst', number: 'een getal', 'whole-number': 'een geheel getal', 'true-false': 'true of false', list: 'een lijst', block: 'een blok velden', value: 'een waarde', empty: 'leeg' })[k],
  summary: (e, w) => `${plural(e, 'fout', 'fouten')}, ${plural(w, 'waarschuwing', 'waarschuwingen')}`,
  hintLabel: 'tip:',
  previewHeading: 'De cursus kan niet getoond worden: verbeter deze problemen',
};
