/**
 * Checks the player's own texts for the languages a course declares: every key present and not
 * empty, with the same `{placeholders}` as the English text. The types already refuse a missing
 * key at compile time; this check also runs where no compiler does (a build, a test).
 */
import { uiKeys, uiStrings } from './player-texts.ts';

type Table = Record<string, Partial<Record<string, string>> | undefined>;

const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(' ');

/** One readable line per problem; empty when every declared language is complete. */
export function uiStringProblems(langs: readonly string[], table: Table = uiStrings): string[] {
  const problems: string[] = [];
  const reference = table.en ?? {};
  for (const lang of langs) {
    const strings = table[lang];
    if (!strings) {
      problems.push(`${lang}: the player has no texts in this language`);
      continue;
    }
    for (const key of uiKeys) {
      const text = strings[key];
      if (text === undefined) problems.push(`${lang}: "${key}" is missing`);
      else if (!text.trim()) problems.push(`${lang}: "${key}" is empty`);
      else if (reference[key] !== undefined && holes(text) !== holes(reference[key]!))
        problems.push(`${lang}: "${key}" has ${holes(text) || 'no placeholder'} instead of ${holes(reference[key]!) || 'none'}`);
    }
  }
  return problems;
}
