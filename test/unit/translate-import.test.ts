/**
 * `connectoo translate import`, `mark` and `status`: a translated XLIFF file becomes target files with the
 * structure of their sources, the course builds, each translated file records its source, and `check`
 * warns when a source changes until the translation is marked again.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { build, check } from '../../src/index.ts';
import { exportTranslation, importTranslation, markTranslations, translationStatus } from '../../src/translate/api.ts';
import { parseRecords } from '../../src/translate/records.ts';
import { editFile } from '../helpers/course-copy.ts';
import { M, pageShape, richCourse, translate } from '../helpers/translation.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { makeTempDir } from '../helpers/zip.ts';

const pages = ['01-intro', '02-suite', '03-riche'];
const read = (dir: string, path: string) => readFile(join(dir, path), 'utf8');

async function exportTo(dir: string, from: string, to: string, f?: (s: string) => string) {
  const r = await exportTranslation({ courseDir: dir, from, to, out: join(dir, '..', `${from}-${to}.xlf`) });
  expect(r.ok, JSON.stringify(r.diagnostics)).toBe(true);
  await writeFile(r.file!, translate(await readFile(r.file!, 'utf8'), f));
  return r.file!;
}

const ids = (quiz: string) => JSON.stringify(parse(quiz), (k, v) => (k === '' || typeof v === 'object' || k === 'id' ? v : undefined));

describe('translate import', () => {
  it('round trip into a new language: the course builds, pages have the structure of their sources, quizzes the same ids', async () => {
    // An image in the target language is used where it exists (schema.svg → schema-de.svg).
    const dir = await richCourse({ 'media/schema-de.svg': await readFile(join(fixturesDir, 'minimal/media/schema.svg'), 'utf8') });
    const xliff = await exportTo(dir, 'fr', 'de');
    const r = await importTranslation({ courseDir: dir, xliff });
    expect(r.diagnostics).toEqual([]);
    expect(r.written.sort()).toEqual(['course.yaml', `${M}/01-intro.de.md`, `${M}/02-suite.de.md`, `${M}/03-riche.de.md`, `${M}/module.yaml`, `${M}/quiz.de.yaml`]);
    const course = await read(dir, 'course.yaml');
    expect(course).toContain('languages: [fr, nl, de]');
    expect(course).toContain('title: { fr: Cours minimal, nl: Minimale cursus, de: COURS MINIMAL }');
    // Comments and the other lines of course.yaml stay as they were.
    expect(course.split('\n').filter((l) => !/^(languages|title|description):/.test(l))).toEqual((await read(await richCourse(), 'course.yaml')).split('\n').filter((l) => !/^(languages|title|description):/.test(l)));
    for (const p of pages) expect(pageShape(await read(dir, `${M}/${p}.de.md`)), p).toEqual(pageShape(await read(dir, `${M}/${p}.fr.md`)));
    expect(ids(await read(dir, `${M}/quiz.de.yaml`))).toEqual(ids(await read(dir, `${M}/quiz.fr.yaml`)));

    const de = await read(dir, `${M}/03-riche.de.md`);
    expect(de).toContain('title: UNE PAGE RICHE');
    expect(de).toContain('## LES *BONS* RÉFLEXES');
    expect(de).toContain('UN TEXTE AVEC **DU GRAS**');
    expect(de).toContain('[LIEN](01-intro.de.md "TITRE DU LIEN")'); // links lead to the pages in the same language
    expect(de).toContain('<https://example.org>'); // addresses and code are not translated
    expect(de).toContain('`code`');
    expect(de).toContain(':lang[GOEDEMORGEN]{code=nl}');
    expect(de).toContain('![UN SCHÉMA IMPORTANT](../../media/schema-de.svg "LÉGENDE DU SCHÉMA")');
    expect(await read(dir, `${M}/01-intro.de.md`)).toContain('](../../media/schema-de.svg)');
    expect(de).toContain(':::warning[ATTENTION]');
    expect(de).toContain('| COLONNE | VALEUR |');
    expect(de).toContain('```js\nconst x = 1;\n```');
    expect(await read(dir, `${M}/quiz.de.yaml`)).toContain('answers: [CSAM, "LE CSAM"]');

    const checked = await check({ courseDirs: [dir] });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const built = await build({ courseDirs: [dir], outDir: await makeTempDir('connectoo-translate-'), formats: ['scorm12'], langs: ['de'] });
    expect(built.ok, JSON.stringify(built.diagnostics.filter((d) => d.severity === 'error'))).toBe(true);
    expect(built.outputs.map((o) => o.lang)).toEqual(['de']);
  });

  it('escapes what Markdown would read as markup in the translation, and takes codes the translator moved', async () => {
    const dir = await richCourse();
    let xliff = await readFile(await exportTo(dir, 'fr', 'nl'), 'utf8');
    xliff = xliff.replace(/(id="modules\/m1-basics\/03-riche\.md#0"[\s\S]*?<target state="translated">)[\s\S]*?(<\/target>)/, '$1# 1. *Goede* <g id="1" ctype="italic">reflexen</g> [zie] `x` &lt;b&gt; _y_ a|b$2');
    xliff = xliff.replace(/(id="modules\/m1-basics\/03-riche\.md#2\.1\.0"[\s\S]*?<target state="translated">)[\s\S]*?(<\/target>)/, '$1- 2. Tweede punt$2');
    const file = join(dir, '..', 'escaped.xlf');
    await writeFile(file, xliff);
    const r = await importTranslation({ courseDir: dir, xliff: file });
    expect(r.diagnostics).toEqual([]);
    const nl = await read(dir, `${M}/03-riche.nl.md`);
    expect(nl).toContain('## \\# 1. \\*Goede\\* *reflexen* \\[zie\\] \\`x\\` \\<b> \\_y\\_ a|b');
    expect(nl).toContain('- \\- 2. Tweede punt');
    expect(pageShape(nl)).toEqual(pageShape(await read(dir, `${M}/03-riche.fr.md`)));
  });

  it('records each translated file with the hashes of its source, and check is quiet until a source changes', async () => {
    const dir = await richCourse();
    const r = await importTranslation({ courseDir: dir, xliff: await exportTo(dir, 'fr', 'nl') });
    expect(r.recorded.sort()).toEqual(['course.yaml#nl', `${M}/01-intro.nl.md`, `${M}/02-suite.nl.md`, `${M}/03-riche.nl.md`, `${M}/module.yaml#nl`, `${M}/quiz.nl.yaml`].sort());
    const lock = await read(dir, 'translations.lock.yaml');
    expect(lock).toMatch(/^# .*do not edit by hand/);
    const records = parseRecords(lock)!.records;
    const { createHash } = await import('node:crypto');
    expect(records.get(`${M}/03-riche.nl.md`)).toEqual({
      from: `${M}/03-riche.fr.md`,
      sha256: createHash('sha256').update(await read(dir, `${M}/03-riche.fr.md`)).digest('hex'),
      blocks: expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{12}$/)]),
    });
    expect(records.get('course.yaml#nl')!.from).toBe('course.yaml#fr');
    expect((await check({ courseDirs: [dir] })).diagnostics.filter((d) => d.rule.startsWith('translation/'))).toEqual([]);
    expect((await translationStatus({ courseDir: dir, from: 'fr', to: 'nl' })).files.every((f) => f.state === 'up-to-date')).toBe(true);
  });

  it('warns about a changed source paragraph (in the chosen message language) until the translation is marked', async () => {
    const dir = await richCourse();
    await importTranslation({ courseDir: dir, xliff: await exportTo(dir, 'fr', 'nl') });
    await editFile(dir, `${M}/03-riche.fr.md`, 'Une citation', 'Une autre citation');
    await editFile(dir, 'course.yaml', 'Un petit cours', 'Un tout petit cours');
    const stale = async (langUi: 'en' | 'fr') => (await check({ courseDirs: [dir], langUi })).diagnostics.filter((d) => d.rule === 'translation/stale');
    const en = await stale('en');
    expect(en.map((d) => [d.file.slice(dir.length + 1), d.line])).toEqual([
      ['course.yaml', 6],
      [`${M}/03-riche.nl.md`, 16],
    ]);
    expect(en[1]!.message).toBe(`${M}/03-riche.fr.md changed since this file was translated from it: the text at line 16 changed or was added.`);
    expect(en[0]!.message).toContain('course.yaml changed');
    const fr = await stale('fr');
    expect(fr[1]!.message).toBe(`${M}/03-riche.fr.md a changé depuis que ce fichier en a été traduit : le texte à la ligne 16 a changé ou a été ajouté.`);
    expect(fr[1]!.hint).toContain(`--from fr --to nl ${M}/03-riche.nl.md`);

    // A new export marks the changed texts for review; the others stay translated.
    const exported = await exportTranslation({ courseDir: dir, from: 'fr', to: 'nl', out: join(dir, '..', 'review.xlf') });
    const review = await readFile(exported.file!, 'utf8');
    expect(review.match(/needs-review-translation/g)).toHaveLength(2);
    expect(review).toMatch(/id="modules\/m1-basics\/03-riche\.md#4\.0">\s*<source>Une autre citation sur deux lignes\.<\/source>\s*<target state="needs-review-translation">/);

    const status = await translationStatus({ courseDir: dir, from: 'fr', to: 'nl' });
    expect(status.files.filter((f) => f.state === 'stale').map((f) => f.target)).toEqual(['course.yaml#nl', `${M}/03-riche.nl.md`]);

    const marked = await markTranslations({ courseDir: dir, from: 'fr', to: 'nl', files: [`${M}/03-riche.nl.md`] });
    expect(marked.marked).toEqual([`${M}/03-riche.nl.md`]);
    expect((await stale('en')).map((d) => d.file.slice(dir.length + 1))).toEqual(['course.yaml']);
    await markTranslations({ courseDir: dir, from: 'fr', to: 'nl', files: ['course.yaml'] });
    expect(await stale('en')).toEqual([]);
  });

  it('runs from the command line: export, import, status; a missing --from is a usage error', async () => {
    const dir = await richCourse();
    const run = async (...args: string[]) => {
      let out = '';
      let err = '';
      const code = await main(args, { write: (s: string) => (out += s) } as never, { write: (s: string) => (err += s) } as never);
      return { code, out, err };
    };
    const xlf = join(dir, '..', 'cli.xlf');
    let r = await run('translate', 'export', dir, '--from', 'fr', '--to', 'de', '--out', xlf);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/wrote .*cli\.xlf: 38 texts, 0 already translated/);
    r = await run('translate', 'import', dir, xlf);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/translation\/untranslated/);
    expect(r.err).toMatch(/Nothing was written/);
    await writeFile(xlf, translate(await readFile(xlf, 'utf8')));
    r = await run('translate', 'import', dir, xlf, '--to', 'de');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`wrote ${M}/03-riche.de.md`);
    r = await run('translate', 'status', dir, '--from', 'fr', '--to', 'de');
    expect(r.out.trim().split('\n')).toHaveLength(6);
    expect(r.out).not.toMatch(/STALE|not translated|no record/);
    expect((await run('translate', 'status', dir, '--to', 'de')).code).toBe(2);
    expect((await run('translate', 'nonsense', dir)).code).toBe(2);
    expect((await run('--help')).out).toContain('connectoo translate export <course-dir> --from fr --to nl');
  });

  it('mark records translations made by hand, and drops records of files that are gone', async () => {
    const dir = await richCourse();
    expect((await translationStatus({ courseDir: dir, from: 'fr', to: 'nl' })).files.every((f) => f.state === 'no-record')).toBe(true);
    const r = await markTranslations({ courseDir: dir, from: 'fr', to: 'nl' });
    expect(r.marked).toHaveLength(6);
    const lock = join(dir, 'translations.lock.yaml');
    await writeFile(lock, (await readFile(lock, 'utf8')) + `${M}/09-gone.nl.md:\n  from: ${M}/09-gone.fr.md\n  sha256: "00"\n  blocks: []\n`);
    expect((await markTranslations({ courseDir: dir, from: 'fr', to: 'nl', files: [`${M}/quiz.fr.yaml`] })).dropped).toEqual([`${M}/09-gone.nl.md`]);
    await expect(markTranslations({ courseDir: dir, from: 'fr', to: 'nl', files: ['nothing.md'] })).rejects.toThrow(/nothing\.md/);
    expect((await translationStatus({ courseDir: dir, from: 'fr', to: 'de' })).files.every((f) => f.state === 'missing')).toBe(true);
  });
});
