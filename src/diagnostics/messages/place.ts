/** Puts a place in a YAML file into words, with the names each language gives to lists. */
import type { Place } from '../rules.ts';
import { code } from './types.ts';

export interface PlaceWords {
  /** Singular names of the lists authors write (questions → "question"). */
  lists: Record<string, string>;
  /** An item of a list without a name of its own: "item 3 of `changelog`". */
  itemOf: (n: number, list: string) => string;
  file: string;
}

export function placeIn(words: PlaceWords, at: Place): string {
  const entities: string[] = [];
  let fields: string[] = [];
  for (const part of at) {
    if ('field' in part) {
      fields.push(part.field);
      continue;
    }
    const prefix = fields.length ? `${code(fields.join('.'))} → ` : '';
    fields = [];
    const name = words.lists[part.list];
    const item = name ? `${name} ${part.n}` : words.itemOf(part.n, code(part.list));
    entities.push(prefix + item + (part.id ? ` (${part.id})` : ''));
  }
  const tail = fields.length ? code(fields.join('.')) : '';
  if (!entities.length) return tail || words.file;
  return tail ? `${entities.join(', ')}: ${tail}` : entities.join(', ');
}
