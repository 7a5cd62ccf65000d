/** English words shared by the English messages. */
import { placeIn } from '../place.ts';
import { code, type Words } from '../types.ts';

const series = (last: string) => (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const en: Words = {
  num: (n) => n.toLocaleString('en'),
  or: series('or'),
  and: series('and'),
  place: (at) =>
    placeIn(
      {
        lists: { questions: 'question', choices: 'choice', pairs: 'pair', items: 'item', answers: 'accepted answer', modules: 'module', languages: 'language', prerequisites: 'prerequisite', changelog: 'changelog entry' },
        itemOf: (n, list) => `item ${n} of ${list}`,
        file: 'the file',
      },
      at,
    ),
  question: (q) => `Question ${q.n} (${q.id})`,
  target: (t) => (t === 'image' ? 'image' : t === 'link' ? 'link' : `${code(t.attribute)} of ::${t.directive}`),
  kind: (k) =>
    ({ text: 'a text', number: 'a number', 'whole-number': 'a whole number', 'true-false': 'true or false', list: 'a list', block: 'a block of fields', value: 'a value', empty: 'empty' })[k],
  summary: (e, w) => `${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}`,
  hintLabel: 'hint:',
  previewHeading: 'The course cannot be shown: fix these problems',
};
