/**
 * One bad input per translation rule and case: an XLIFF file that no longer matches the course is refused with
 * file:line:column, the rule id and a hint, and nothing is written; stale translations and broken records
 * are warnings of `check`.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/index.ts';
import { exportTranslation, importTranslation } from '../../src/translate/api.ts';
import { editFile } from '../helpers/course-copy.ts';
import { snapshotDiff, snapshotDir } from '../helpers/dir-snapshot.ts';
import { editTarget, M, richCourse, translate } from '../helpers/translation.ts';

const P = `${M}/03-riche.md`;
const unitTag = (id: string) => `<trans-unit id="${id}"`;

interface Case {
  name: string;
  rule: string;
  /** Changes the translated XLIFF file. */
  xliff?: (x: string) => string;
  /** Changes course files after the export. */
  course?: (dir: string) => Promise<unknown>;
  to?: string;
  /** Text whose first occurrence in the changed XLIFF file is where the error points. */
  at: string | ((x: string) => string);
  hint?: RegExp;
  /** Which of several problems of the rule is meant (by its message). */
  message?: RegExp;
}

const cases: Case[] = [
  { name: 'not XML', rule: 'translation/xliff-format', xliff: (x) => x.slice(0, x.indexOf('</source>', 2000)), at: '' },
  { name: 'not XLIFF', rule: 'translation/xliff-format', xliff: () => '<?xml version="1.0"?>\n<html><body/></html>\n', at: '<html' },
  { name: 'XLIFF 2.0', rule: 'translation/xliff-format', xliff: (x) => x.replace('version="1.2"', 'version="2.0"'), at: '<xliff' },
  { name: 'no units', rule: 'translation/xliff-format', xliff: (x) => x.replace(/<trans-unit[\s\S]*?<\/trans-unit>\n/g, ''), at: '<file' },
  { name: 'unknown target language', rule: 'translation/xliff-language', xliff: (x) => x.replaceAll('target-language="nl"', 'target-language="xx"'), at: '<file' },
  { name: 'target language missing', rule: 'translation/xliff-language', xliff: (x) => x.replace(' target-language="nl"', ''), at: '<file' },
  { name: 'mixed target languages', rule: 'translation/xliff-language', xliff: (x) => x.replace('target-language="nl"', 'target-language="de"'), at: '<file' },
  { name: 'target = source language', rule: 'translation/xliff-language', xliff: (x) => x.replaceAll('target-language="nl"', 'target-language="fr"'), at: '<file' },
  { name: 'not the language asked', rule: 'translation/xliff-language', to: 'de', at: '<file', hint: /--to/ },
  { name: 'source language not in the course', rule: 'translation/xliff-language', xliff: (x) => x.replaceAll('source-language="fr"', 'source-language="en"'), at: '<file' },
  { name: 'source changed since the export', rule: 'translation/source-changed', course: (d) => editFile(d, `${M}/03-riche.fr.md`, 'Une citation', 'Une autre citation'), at: unitTag(`${P}#4.0`), hint: /export/ },
  { name: 'unit missing', rule: 'translation/unit-mismatch', xliff: (x) => x.replace(/<trans-unit id="modules\/m1-basics\/03-riche\.md#4\.0"[\s\S]*?<\/trans-unit>\n/, ''), at: `<file original="${M}/03-riche.fr.md"` },
  { name: 'unit unknown', rule: 'translation/unit-mismatch', xliff: (x) => x.replace(`id="${P}#4.0"`, `id="${P}#4.9"`), at: unitTag(`${P}#4.9`), message: /4\.9/ },
  {
    name: 'unit twice',
    rule: 'translation/unit-mismatch',
    xliff: (x) => x.replace(/(\s*<trans-unit id="modules\/m1-basics\/03-riche\.md#4\.0"[\s\S]*?<\/trans-unit>)/, '$1$1'),
    at: (x) => x.slice(0, x.lastIndexOf(unitTag(`${P}#4.0`))).replace(/[^\n]/g, '') + ' '.repeat(6),
  },
  { name: 'untranslated', rule: 'translation/untranslated', xliff: (x) => editTarget(x, `${P}#4.0`, () => ''), at: unitTag(`${P}#4.0`) },
  { name: 'code missing', rule: 'translation/inline-codes', xliff: (x) => editTarget(x, `${P}#1`, (t) => t.replace('<g id="1" ctype="bold">DU GRAS</g>', 'DU GRAS')), at: (x) => targetOf(x, `${P}#1`) },
  { name: 'code twice', rule: 'translation/inline-codes', xliff: (x) => editTarget(x, `${P}#1`, (t) => t.replace('<x id="7" ctype="lb"/>', '<x id="7" ctype="lb"/><x id="7" ctype="lb"/>')), at: (x) => targetOf(x, `${P}#1`) },
  { name: 'code unknown', rule: 'translation/inline-codes', xliff: (x) => editTarget(x, `${P}#1`, (t) => `${t}<x id="99" ctype="lb"/>`), at: (x) => targetOf(x, `${P}#1`) },
  {
    name: 'code moved out of its pair',
    rule: 'translation/inline-codes',
    xliff: (x) => editTarget(x, `${P}#2.0.0`, () => 'PREMIER POINT AVEC <g id="1" ctype="bold">GRAS</g> <g id="2" ctype="italic">IMBRIQUÉ</g>'),
    at: (x) => targetOf(x, `${P}#2.0.0`),
  },
  { name: 'code of another kind', rule: 'translation/inline-codes', xliff: (x) => editTarget(x, `${P}#1`, (t) => t.replace('<ph id="4" ctype="x-code">`code`</ph>', '<bpt id="4">`</bpt>CODE<ept id="4">`</ept>')), at: (x) => targetOf(x, `${P}#1`) },
  { name: 'text that reads as markup', rule: 'translation/target-structure', xliff: (x) => editTarget(x, `${P}#2.0.0`, () => 'PREMIER POINT AVEC <g id="1" ctype="bold"><g id="2" ctype="italic"></g></g>'), at: unitTag(`${P}#2.0.0`) },
];

/** What `at` gives as a text: the lines before the target of a unit, as many newlines, then its indent. */
function targetOf(x: string, id: string): string {
  const start = x.indexOf('<target', x.indexOf(unitTag(id)));
  return x.slice(0, start).replace(/[^\n]/g, '') + ' '.repeat(8);
}

/** 1-based line and column of `needle` (or of the place a newline-and-spaces prefix ends). */
function position(text: string, needle: string): { line: number; column: number } {
  if (/^\n*\s*$/.test(needle) && needle !== '') {
    const lines = needle.split('\n').length;
    return { line: lines, column: needle.length - needle.lastIndexOf('\n') };
  }
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in the file`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('translation: import refusals', () => {
  let dir: string;
  let translated: string;
  beforeAll(async () => {
    dir = await richCourse();
    const r = await exportTranslation({ courseDir: dir, from: 'fr', to: 'nl', out: join(dir, '..', 'export.xlf') });
    translated = translate(await readFile(r.file!, 'utf8'));
  });

  it('takes the translated file as it is', async () => {
    await writeFile(join(dir, '..', 'ok.xlf'), translated.replaceAll('target-language="nl"', 'target-language="nl-BE"'));
    const before = await snapshotDir(dir);
    const r = await importTranslation({ courseDir: await richCourse(), xliff: join(dir, '..', 'ok.xlf') });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok).toBe(true);
    expect(snapshotDiff(before, await snapshotDir(dir))).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const course = c.course ? await richCourse() : dir;
    const xliff = c.xliff ? c.xliff(translated) : translated;
    const file = join(course, '..', `case-${cases.indexOf(c)}.xlf`);
    await writeFile(file, xliff);
    await c.course?.(course);
    const before = await snapshotDir(course);
    const r = await importTranslation({ courseDir: course, xliff: file, to: c.to });
    const hit = r.diagnostics.find((d) => d.rule === c.rule && (!c.message || c.message.test(d.message)));
    expect(hit, JSON.stringify(r.diagnostics, null, 1)).toBeDefined();
    expect(r.ok).toBe(false);
    expect(hit!.severity).toBe('error');
    expect(hit!.file).toBe(file);
    const at = typeof c.at === 'function' ? c.at(xliff) : c.at;
    if (at) expect({ line: hit!.line, column: hit!.column }).toEqual(position(xliff, at));
    expect(hit!.message.length).toBeGreaterThan(10);
    expect(hit!.hint).toBeTruthy();
    if (c.hint) expect(hit!.hint).toMatch(c.hint);
    expect(snapshotDiff(before, await snapshotDir(course)), 'nothing written').toEqual([]);
  });
});

describe('translation: records', () => {
  it('translation/stale: the translated page, at the counterpart of the changed paragraph', async () => {
    const dir = await richCourse();
    const r = await exportTranslation({ courseDir: dir, from: 'fr', to: 'nl', out: join(dir, '..', 'x.xlf') });
    await writeFile(r.file!, translate(await readFile(r.file!, 'utf8')));
    expect((await importTranslation({ courseDir: dir, xliff: r.file! })).ok).toBe(true);
    await editFile(dir, `${M}/03-riche.fr.md`, 'Un avertissement.', 'Un avertissement plus précis.');
    const { ok, diagnostics } = await check({ courseDirs: [dir] });
    const hit = diagnostics.find((d) => d.rule === 'translation/stale');
    expect(hit, JSON.stringify(diagnostics, null, 1)).toBeDefined();
    expect(ok).toBe(true);
    expect(hit!.severity).toBe('warning');
    expect(hit!.file).toBe(join(dir, `${M}/03-riche.nl.md`));
    const nl = await readFile(join(dir, `${M}/03-riche.nl.md`), 'utf8');
    // The callout is one block (no blank line inside): the warning points at its first line.
    expect({ line: hit!.line, column: hit!.column }).toEqual(position(nl, ':::warning'));
    expect(hit!.message).toContain(`${M}/03-riche.fr.md`);
    expect(hit!.message).toMatch(/line 21\b/); // in the source: its quote is on two lines there, on one in the translation
    expect(hit!.hint).toMatch(/connectoo translate mark .* --from fr --to nl modules\/m1-basics\/03-riche\.nl\.md/);
  });

  it('translation/record: a record of a file that is gone, and records that cannot be read', async () => {
    const dir = await richCourse();
    await writeFile(join(dir, 'translations.lock.yaml'), `# records\n${M}/09-old.nl.md:\n  from: ${M}/09-old.fr.md\n  sha256: "00"\n  blocks: []\n`);
    let { ok, diagnostics } = await check({ courseDirs: [dir] });
    let hit = diagnostics.find((d) => d.rule === 'translation/record');
    expect(hit, JSON.stringify(diagnostics, null, 1)).toMatchObject({ severity: 'warning', file: join(dir, 'translations.lock.yaml'), line: 2, column: 1 });
    expect(hit!.message).toContain('09-old.fr.md');
    expect(ok).toBe(true);
    await appendFile(join(dir, 'translations.lock.yaml'), '  - : [\n');
    ({ ok, diagnostics } = await check({ courseDirs: [dir] }));
    hit = diagnostics.find((d) => d.rule === 'translation/record');
    expect(hit).toMatchObject({ severity: 'warning', line: 1, column: 1 });
    expect(hit!.hint).toMatch(/translate mark/);
    expect(ok).toBe(true);
  });
});
