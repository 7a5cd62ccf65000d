/** The answer key beside a SCORM 1.2 zip turns the letters an LMS report shows back into the course's texts. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { makeTempDir } from '../helpers/zip.ts';

/** Minimal RFC 4180 reader for the test (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('SCORM 1.2 answer key', () => {
  it('is written beside each SCORM 1.2 zip, listed in the release manifest, one row per letter', async () => {
    const dir = await courseWith('e2e-all-types');
    const out = await makeTempDir('connectoo-key-');
    const r = await build({ courseDirs: [dir], outDir: out, formats: ['scorm12'], langs: ['fr'] });
    expect(r.ok).toBe(true);
    const text = await readFile(`${out}/e2e-all-types-fr-1.2.3-scorm12-answer-key.csv`, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = parseCsv(text.slice(1));
    expect(head).toEqual(['interaction', 'question', 'type', 'list', 'letter', 'text']);
    const of = (id: string) => rows.filter((x) => x[0] === id).map((x) => `${x[3]} ${x[4]} ${x[5]}`);
    expect(of('m1-decouverte-q-service')).toEqual(['choice a eBox', 'choice b CSAM', 'choice c MyMinfin']);
    expect(of('m1-decouverte-q-associer').some((x) => x.startsWith('source a '))).toBe(true);
    expect(of('m1-decouverte-q-associer').some((x) => x.startsWith('target a '))).toBe(true);
    expect(of('m1-decouverte-q-autonomie')).toEqual(['value t Vrai', 'value f Faux']);
    expect(of('m1-decouverte-q-region')).toEqual([]);
    const manifest = JSON.parse(await readFile(`${out}/release-manifest.json`, 'utf8'));
    expect(manifest.answerKeys.map((k: { file: string }) => k.file)).toEqual(['e2e-all-types-fr-1.2.3-scorm12-answer-key.csv']);
  });

  it('is not written for builds without SCORM 1.2', async () => {
    const out = await makeTempDir('connectoo-key-');
    const r = await build({ courseDirs: [await courseWith('minimal')], outDir: out, formats: ['web'], langs: ['fr'] });
    expect(r.outputs.map((o) => o.format)).toEqual(['web']);
    expect(JSON.parse(await readFile(`${out}/release-manifest.json`, 'utf8')).answerKeys).toEqual([]);
  });
});
