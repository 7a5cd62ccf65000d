/**
 * The message catalogue: every author rule has a message and a hint in every language, with the same values
 * in it as the English text; and every rule the sources report is in the catalogue.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../src/contract/languages.ts';
import { render } from '../../src/diagnostics/author-report.ts';
import { catalogues } from '../../src/diagnostics/messages/index.ts';
import type { Problem, RuleId } from '../../src/diagnostics/rules.ts';
import { toolRoot } from '../../src/sources/read-tool-files.ts';
import { ruleExamples } from './rule-examples.ts';

/** Parameters that choose a wording rather than appear in it. */
const wordingKeys = new Set(['kind', 'what', 'cause', 'counts', 'symlink', 'accents']);
const valueKinds = new Set(['text', 'number', 'whole-number', 'true-false', 'list', 'block', 'value', 'empty']);

/** Every value of a problem's parameters that a text can show. */
function shown(params: unknown, key = ''): string[] {
  if (wordingKeys.has(key) || typeof params === 'boolean' || params === undefined) return [];
  if (Array.isArray(params)) return params.flatMap((v) => shown(v));
  if (params && typeof params === 'object') return Object.entries(params).flatMap(([k, v]) => shown(v, k));
  const s = String(params);
  return (key === 'expected' || key === 'actual') && valueKinds.has(s) ? [] : [s];
}

/** `v` as a whole word (not inside another word), capitals ignored. */
const word = (v: string) => new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');
const examples = Object.entries(ruleExamples).flatMap(([rule, list]) => (list as unknown[]).map((params) => ({ rule, params }) as Problem));
/** Rules reported by LMS package validation (`connectoo validate`), outside the author catalogue. */
const packageChecks = /^src\/(validate\/|sources\/read-package|formats\/)/;

describe.each(supportedLanguages)('author messages in %s', (lang) => {
  it('every rule has a message and a hint, showing the same values as the English text', () => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual(Object.keys(ruleExamples).sort());
    let differ = 0;
    for (const p of examples) {
      const en = render(p, 'en');
      const text = render(p, lang);
      const label = `${p.rule} ${JSON.stringify(p.params)}`;
      expect(text.message.trim().length, label).toBeGreaterThan(5);
      expect(text.hint.trim().length, label).toBeGreaterThan(5);
      for (const v of shown(p.params)) {
        for (const part of ['message', 'hint'] as const) {
          if (word(v).test(en[part])) expect(text[part], `${label} ${part} shows ${v}`).toMatch(word(v));
        }
      }
      if (text.message !== en.message) differ++;
    }
    // Written in the language, not copied from English (a few messages are only values).
    if (lang !== 'en') expect(differ / examples.length).toBeGreaterThan(0.95);
  });
});

describe('rule ids', () => {
  it('every rule the course checks report is in the catalogue, and every rule of the catalogue is reported somewhere', async () => {
    const files = (await readdir(join(toolRoot, 'src'), { recursive: true }))
      .map((f) => relative(toolRoot, join(toolRoot, 'src', String(f))).split('\\').join('/'))
      .filter((f) => f.endsWith('.ts') && !packageChecks.test(f));
    const reported = new Set<string>();
    for (const f of files)
      for (const m of (await readFile(join(toolRoot, f), 'utf8')).matchAll(/\brule: '([a-z0-9-]+\/[a-z0-9-]+)'/g)) reported.add(m[1]!);
    expect(reported.size).toBeGreaterThan(50);
    const known = Object.keys(catalogues.en) as RuleId[];
    expect([...reported].filter((r) => !known.includes(r as RuleId)).sort(), 'reported without text').toEqual([]);
    expect(known.filter((r) => !reported.has(r)).sort(), 'in the catalogue but never reported').toEqual([]);
  });
});
