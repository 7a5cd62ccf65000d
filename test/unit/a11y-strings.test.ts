import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderQuestion } from '../../src/quiz/index.ts';
import { uiStringProblems } from '../../src/contract/player-texts-check.ts';
import { uiKeys, uiLangOf, uiLanguage, uiStrings, type UiKey } from '../../src/contract/player-texts.ts';
import { supportedLanguages } from '../../src/schema/course.ts';
import { allTypes } from './quiz-fixtures.ts';

const template = readFileSync(new URL('../../templates/player.hbs', import.meta.url), 'utf8');

describe('player texts in every course language', () => {
  it('every key is present and not empty in French, Dutch, German and English', () => {
    expect(uiStringProblems(supportedLanguages)).toEqual([]);
    for (const lang of supportedLanguages) for (const key of uiKeys) expect(uiStrings[lang][key].trim(), `${lang}.${key}`).not.toBe('');
  });

  it('the check names a missing, an empty or a mistranslated text, and a language without texts', () => {
    const de = { ...uiStrings.de } as Partial<Record<UiKey, string>>;
    delete de.readingAid;
    de.next = '  ';
    de.progress = 'Fortschritt';
    expect(uiStringProblems(['fr', 'de', 'es'], { ...uiStrings, de })).toEqual([
      'de: "next" is empty',
      'de: "progress" has no placeholder instead of {n}',
      'de: "readingAid" is missing',
      'es: the player has no texts in this language',
    ]);
  });

  it('the template and the questions only use keys that exist', () => {
    const t = (k: string) => (uiStrings.fr as Record<string, string>)[k] ?? `MISSING:${k}`;
    const html = template + allTypes().map((q) => renderQuestion(q, { lang: 'fr', t })).join('');
    const used = [...html.matchAll(/data-ui(?:-label)?="([^"]+)"|\{\{strings\.(\w+)\}\}/g)].map((m) => m[1] ?? m[2]!);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !(uiKeys as readonly string[]).includes(k))).toEqual([]);
    expect(html).not.toContain('MISSING:');
  });
});

describe('language of the player texts', () => {
  it('follows the platform when it gives one of the four languages, in any usual form', () => {
    expect(uiLanguage('de', 'fr')).toBe('de');
    expect(uiLanguage('en-GB', 'nl')).toBe('en');
    expect(uiLanguage('nl_BE', 'fr')).toBe('nl');
    expect(uiLanguage(' FR ', 'nl')).toBe('fr');
    expect(uiLanguage('deu', 'fr')).toBe('de');
    expect(uiLangOf('fre')).toBe('fr');
  });
  it('keeps the course language otherwise', () => {
    expect(uiLanguage(undefined, 'nl')).toBe('nl');
    expect(uiLanguage('', 'fr')).toBe('fr');
    expect(uiLanguage('es', 'fr')).toBe('fr');
    expect(uiLanguage('German', 'fr')).toBe('fr');
    expect(uiLanguage('x-klingon', 'nl')).toBe('nl');
  });
});
