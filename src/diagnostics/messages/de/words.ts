/** Deutsche Wörter, die die deutschen Meldungen teilen. */
import { placeIn } from '../place.ts';
import { code, type Words } from '../types.ts';

const series = (last: string) => (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
const num = (n: number) => n.toLocaleString('de');
const plural = (n: number, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;

export const de: Words = {
  num,
  or: series('oder'),
  and: series('und'),
  place: (at) =>
    placeIn(
      {
        lists: { questions: 'Frage', choices: 'Auswahl', pairs: 'Paar', items: 'Element', answers: 'akzeptierte Antwort', modules: 'Modul', languages: 'Sprache', prerequisites: 'Voraussetzung', changelog: 'Änderungseintrag' },
        itemOf: (n, list) => `Element ${n} von ${list}`,
        file: 'die Datei',
      },
      at,
    ),
  question: (q) => `Frage ${q.n} (${q.id})`,
  target: (t) => (t === 'image' ? 'das Bild' : t === 'link' ? 'der Link' : `das Attribut ${code(t.attribute)} von ::${t.directive}`),
  kind: (k) =>
    ({ text: 'ein Text', number: 'eine Zahl', 'whole-number': 'eine ganze Zahl', 'true-false': 'true oder false', list: 'eine Liste', block: 'ein Block von Feldern', value: 'ein Wert', empty: 'leer' })[k],
  summary: (e, w) => `${plural(e, 'Fehler', 'Fehler')}, ${plural(w, 'Warnung', 'Warnungen')}`,
  hintLabel: 'Tipp:',
  previewHeading: 'Der Kurs kann nicht angezeigt werden: Beheben Sie diese Probleme',
};
