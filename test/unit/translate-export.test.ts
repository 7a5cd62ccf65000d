/** `connectoo translate export`: every text of a course as XLIFF 1.2, inline Markdown as codes, stable ids. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import libxml, { type Element } from 'libxmljs2';
import { describe, expect, it } from 'vitest';
import { exportTranslation } from '../../src/translate/api.ts';
import { editFile } from '../helpers/course-copy.ts';
import { M, richCourse } from '../helpers/translation.ts';

const NS = 'urn:oasis:names:tc:xliff:document:1.2';

async function exported(dir: string, from = 'fr', to = 'nl') {
  const r = await exportTranslation({ courseDir: dir, from, to, out: join(dir, '..', `out-${to}.xlf`) });
  expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
  const text = await readFile(r.file!, 'utf8');
  const doc = libxml.parseXml(text, { nonet: true });
  const units = new Map<string, Element>();
  for (const u of doc.find('//x:trans-unit', { x: NS }) as Element[]) {
    expect(units.has(u.attr('id')!.value()), 'unique ids').toBe(false);
    units.set(u.attr('id')!.value(), u);
  }
  const inner = (id: string, part: 'source' | 'target') => {
    const el = units.get(id)?.get(`x:${part}`, { x: NS }) as Element | null;
    return el ? el.toString().replace(/^<[^>]+>|<\/[^>]+>$/g, '').replace(/ xmlns="[^"]*"/g, '') : undefined;
  };
  return { r, text, doc, units, inner };
}

describe('translate export', () => {
  it('writes well-formed XLIFF 1.2: one <file> per source file with its languages, units with a source and a note', async () => {
    const { doc, units, r } = await exported(await richCourse());
    const root = doc.root()!;
    expect(root.name()).toBe('xliff');
    expect(root.namespace()?.href()).toBe(NS);
    expect(root.attr('version')?.value()).toBe('1.2');
    const files = doc.find('/x:xliff/x:file', { x: NS }) as Element[];
    expect(files.map((f) => f.attr('original')!.value())).toEqual([
      'course.yaml',
      `${M}/module.yaml`,
      `${M}/01-intro.fr.md`,
      `${M}/02-suite.fr.md`,
      `${M}/03-riche.fr.md`,
      `${M}/quiz.fr.yaml`,
    ]);
    for (const f of files) {
      expect(f.attr('source-language')?.value()).toBe('fr');
      expect(f.attr('target-language')?.value()).toBe('nl');
      expect(f.attr('datatype')?.value()).toMatch(/^(x-markdown|x-yaml)$/);
      // XLIFF 1.2 order: <header> then <body>; in a unit <source>, <target>, then notes.
      expect((f.childNodes().filter((n) => n.type() === 'element') as Element[]).map((e) => e.name())).toEqual(['header', 'body']);
    }
    for (const u of units.values()) {
      const names = (u.childNodes().filter((n) => n.type() === 'element') as Element[]).map((e) => e.name());
      expect(names[0]).toBe('source');
      expect(names.filter((n) => n !== 'note')).toEqual(names.slice(0, names.indexOf('note')));
    }
    expect(r.units).toBe(units.size);
  });

  it('has every text: course and module texts, page titles and blocks, alt texts and titles, quiz texts and accepted answers', async () => {
    const { units } = await exported(await richCourse());
    const ids = [...units.keys()];
    expect(ids).toEqual(
      expect.arrayContaining([
        'course.yaml#title',
        'course.yaml#description',
        `${M}/module.yaml#title`,
        `${M}/03-riche.md#title`,
        `${M}/01-intro.md#1/image1/alt`,
        `${M}/03-riche.md#5/image1/alt`,
        `${M}/03-riche.md#5/image1/title`,
        `${M}/03-riche.md#1/link5/title`,
        `${M}/03-riche.md#6.0`,
        `${M}/03-riche.md#7.1.0`,
        `${M}/quiz.yaml#title`,
        `${M}/quiz.yaml#questions.q-csam.choices.b.text`,
        `${M}/quiz.yaml#questions.q-fill.answers`,
        `${M}/quiz.yaml#questions.q-fill.feedback.incorrect`,
      ]),
    );
    // Code and ids are not texts.
    expect(ids.some((id) => /#8\b/.test(id) && id.includes('03-riche'))).toBe(false);
    expect(ids.some((id) => id.endsWith('.id') || id.endsWith('.type'))).toBe(false);
  });

  it('keeps inline Markdown as codes: addresses and code out of the text, the translatable text inside', async () => {
    const { inner } = await exported(await richCourse());
    expect(inner(`${M}/03-riche.md#0`, 'source')).toBe('Les <g id="1" ctype="italic">bons</g> réflexes');
    const p = inner(`${M}/03-riche.md#1`, 'source')!;
    expect(p).toBe(
      'Un texte avec <g id="1" ctype="bold">du gras</g>, de l\'<g id="2" ctype="italic">italique</g>, <g id="3" ctype="x-strike">barré</g>, du ' +
        '<ph id="4" ctype="x-code">`code`</ph>, un <g id="5" ctype="link">lien</g> et l\'adresse <ph id="6" ctype="x-link">&lt;https://example.org&gt;</ph>.' +
        '<x id="7" ctype="lb"/>Une seconde ligne, et <g id="8" ctype="x-directive-lang">Goedemorgen</g> en néerlandais.',
    );
    expect(p).not.toContain('01-intro.fr.md');
    expect(inner(`${M}/03-riche.md#2.0.0`, 'source')).toBe('Premier point avec <g id="1" ctype="bold">gras <g id="2" ctype="italic">imbriqué</g></g>');
    expect(inner(`${M}/03-riche.md#5`, 'source')).toBeUndefined(); // an image alone: nothing to translate but its texts
    expect(inner(`${M}/03-riche.md#5/image1/alt`, 'source')).toBe('Un schéma important');
    expect(inner(`${M}/03-riche.md#5/image1/title`, 'source')).toBe('Légende du schéma');
    expect(inner(`${M}/03-riche.md#6.0`, 'source')).toBe('Attention');
    expect(inner(`${M}/quiz.yaml#questions.q-fill.answers`, 'source')).toBe('CSAM | le CSAM');
  });

  it('gives the translations already there as translated targets, codes numbered as the source, and none where there is none', async () => {
    const dir = await richCourse();
    const nl = await exported(dir);
    expect(nl.inner(`${M}/01-intro.md#0`, 'target')).toBe('Welkom. Zie de <g id="1" ctype="link">volgende pagina</g>.');
    expect((nl.units.get(`${M}/01-intro.md#0`)!.get('x:target', { x: NS }) as Element).attr('state')!.value()).toBe('translated');
    expect(nl.inner(`${M}/quiz.yaml#questions.q-fill.answers`, 'target')).toBe('CSAM');
    expect(nl.r.translated).toBe(nl.r.units);
    const de = await exported(dir, 'fr', 'de');
    expect(de.doc.find('//x:target', { x: NS })).toHaveLength(0);
    expect(de.r.translated).toBe(0);
  });

  it('keeps unit ids when texts change (ids come from the place, not the text)', async () => {
    const dir = await richCourse();
    const before = [...(await exported(dir)).units.keys()];
    await editFile(dir, `${M}/03-riche.fr.md`, 'Une citation', 'Une tout autre citation');
    await editFile(dir, `${M}/quiz.fr.yaml`, 'Quel service ?', 'Quel service en ligne ?');
    expect([...(await exported(dir)).units.keys()]).toEqual(before);
  });
});
