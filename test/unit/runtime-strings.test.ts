import { describe, expect, it } from 'vitest';
import { format, stringsFor, uiKeys, uiStrings } from '../../src/contract/player-texts.ts';
import { supportedLanguages } from '../../src/schema/course.ts';

describe('UI strings', () => {
  it('exist for every course language, with every key filled', () => {
    expect(Object.keys(uiStrings).sort()).toEqual([...supportedLanguages].sort());
    for (const lang of supportedLanguages) {
      expect(Object.keys(uiStrings[lang]).sort(), lang).toEqual([...uiKeys].sort());
      for (const key of uiKeys) expect(uiStrings[lang][key].trim(), `${lang}.${key}`).not.toBe('');
    }
  });
  it('keep the same placeholders in every language', () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of uiKeys) {
      for (const lang of supportedLanguages) expect(holes(uiStrings[lang][key]), `${lang}.${key}`).toBe(holes(uiStrings.en[key]));
    }
  });
  it('are translated, not copied from English', () => {
    for (const lang of ['fr', 'nl', 'de'] as const) {
      const same = uiKeys.filter((k) => uiStrings[lang][k] === uiStrings.en[k]);
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThan(6);
    }
  });
  it('fall back to English and fill placeholders', () => {
    expect(stringsFor('fr-BE')).toBe(uiStrings.fr);
    expect(stringsFor('xx')).toBe(uiStrings.en);
    expect(format('Page {n} of {m}', { n: 2, m: 9 })).toBe('Page 2 of 9');
    expect(format('{x}', {})).toBe('{x}');
  });
});
