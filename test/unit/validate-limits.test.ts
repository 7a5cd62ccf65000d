/**
 * `connectoo validate` on hostile zips: one per limit and rule. Each is a few MB on disk at most,
 * however much it claims to inflate to; every one is refused with a placed diagnostic.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipLimits } from '../../src/validate/limits.ts';
import { validatePackage } from '../../src/validate/index.ts';
import { builtPackages, entriesOf, zipFile } from './validate-built.ts';
import { deflated, stored, zeros, zipBytes, type RawEntry } from './validate-zip-bytes.ts';

let packages: Record<string, string>;
let scorm: RawEntry[];
beforeAll(async () => {
  packages = await builtPackages();
  scorm = await entriesOf(packages.scorm12);
}, 60_000);

const validate = async (entries: RawEntry[] | Buffer) => {
  const file = await zipFile(entries);
  const r = await validatePackage(file);
  for (const d of r.diagnostics) expect(d.file.startsWith(file), d.rule).toBe(true);
  return { ...r, zip: file, rules: [...new Set(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule))] };
};
const manifest = (edit: (xml: string) => string) => entriesOf(packages.scorm12, { 'imsmanifest.xml': edit });

describe('validate: limits checked before inflating', () => {
  it('refuses 1 GiB of zeros in a 1 MB zip, from its header, without inflating it', async () => {
    const r = await validate([...scorm, zeros('media/zeros.bin', 1024)]);
    expect(r.ok).toBe(false);
    expect(r.rules.sort()).toEqual(['package/entry-size', 'package/total-size']);
    expect(r.diagnostics.find((d) => d.rule === 'package/entry-size')!.file).toBe(`${r.zip}!/media/zeros.bin`);
  });

  it('refuses an entry that inflates more than 200 times its size', async () => {
    const r = await validate([...scorm, zeros('media/video.mp4', 20)]);
    expect(r.rules).toEqual(['package/compression-ratio']);
    expect(r.diagnostics.find((d) => d.rule === 'package/compression-ratio')!.message).toMatch(/over the limit of 200:1/);
  });

  it('refuses a zip whose entries together inflate over the total limit (overlapping entries, each honest)', async () => {
    const mib = deflated('media/noise.bin', randomBytes(1 << 20));
    const copies = Math.ceil(zipLimits.totalBytes / (1 << 20)) + 1;
    const shared = Array.from({ length: copies }, (_, i): RawEntry => ({ ...mib, name: `media/n${i}.bin`, sameDataAs: scorm.length }));
    const r = await validate([...scorm, mib, ...shared]);
    expect(r.rules).toContain('package/total-size');
    expect(r.diagnostics.find((d) => d.rule === 'package/total-size')!.file).toBe(r.zip);
  });

  it('refuses more entries than the limit, without listing them', async () => {
    const many = Array.from({ length: zipLimits.entries + 1 - scorm.length }, (_, i) => stored(`media/${i}.txt`, ''));
    const r = await validate([...scorm, ...many]);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['package/entry-count']);
    expect(r.format).toBe('unknown');
  });
});

describe('validate: limits enforced while inflating', () => {
  it('stops an entry whose header lies about its size (1 GiB of zeros said to be 1,000 bytes)', async () => {
    const liar = { ...zeros('media/liar.bin', 1024), size: 1000 };
    const start = Date.now();
    const r = await validate([...scorm, liar]);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(r.rules).toEqual(['package/entry-size']);
    expect(r.diagnostics.find((d) => d.rule === 'package/entry-size')!.message).toMatch(/more than the 1000 bytes its header says/);
  });

  it('finds damaged data and wrong checksums', async () => {
    const css = scorm.find((e) => e.name === 'player.css')!;
    const flipped = { ...css, body: Buffer.from(css.body).fill(0xff, 10, 40) };
    expect((await validate(scorm.map((e) => (e === css ? flipped : e)))).rules).toEqual(['package/damaged-entry']);
    const badCrc = { ...css, crc: css.crc ^ 1 };
    const r = await validate(scorm.map((e) => (e === css ? badCrc : e)));
    expect(r.rules).toEqual(['package/damaged-entry']);
    expect(r.diagnostics[0].message).toMatch(/checksum/);
  });

  it('reports a name that is in the zip twice', async () => {
    const r = await validate([...scorm, stored('player.js', 'alert(1)')]);
    expect(r.rules).toEqual(['package/duplicate-entry']);
    expect(r.diagnostics[0].file).toBe(`${r.zip}!/player.js`);
  });
});

describe('validate: control files', () => {
  it('refuses a manifest over the size limit (40 MB, 1.3 M <file>) without parsing it', async () => {
    const files = Array.from({ length: 1_300_000 }, (_, i) => `<file href="media/f${i}.png"/>`).join('\n');
    const entries = await manifest((x) => x.replace('</resource>', `${files}</resource>`));
    const start = Date.now();
    const r = await validate(entries);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(r.rules).toEqual(['package/control-file-size']);
  }, 20_000);

  it('refuses a manifest with more elements than the limit', async () => {
    const files = Array.from({ length: 40_000 }, (_, i) => `<file href="${(Math.imul(i + 1, 2654435761) >>> 0).toString(36)}"/>`).join('');
    const r = await validate(await manifest((x) => x.replace('</resource>', `${files}</resource>`)));
    expect(r.rules).toEqual(['package/control-file-size']);
    expect(r.diagnostics[0].message).toMatch(/40\d{3} elements, over the limit of 30000/);
  });

  it('refuses a DOCTYPE with an external entity, and neither expands its entities nor reads the files they name', async () => {
    const secret = await zipFile(Buffer.from('TOP-SECRET-1.2'), 'secret.txt');
    const r = await validate(
      await manifest((x) =>
        x
          .replace('?>', `?>\n<!DOCTYPE manifest [<!ENTITY version "1.2"><!ENTITY xxe SYSTEM "file://${secret}">]>`)
          .replace('<schemaversion>1.2</schemaversion>', '<schemaversion>&version;</schemaversion>')
          .replace(/<langstring[^>]*>/, '$&&xxe;'),
      ),
    );
    expect(r.diagnostics.find((d) => d.rule === 'xml/doctype')).toMatchObject({ severity: 'error', line: 2 });
    expect(r.rules).toEqual(['xml/doctype']);
    expect(r.verdict).toBe('will-not-import');
    expect(JSON.stringify(r.diagnostics)).not.toContain('TOP-SECRET');
  });

  it('warns of a DOCTYPE without external entities: an LMS\'s parser might still expand it', async () => {
    const r = await validate(await manifest((x) => x.replace('?>', '?>\n<!DOCTYPE manifest [<!ENTITY version "1.2">]>')));
    expect(r.diagnostics.find((d) => d.rule === 'xml/doctype')).toMatchObject({ severity: 'warning', line: 2 });
    expect(r.verdict).toBe('imports-with-problems');
  });

  it('reports a malformed % escape in an href instead of crashing', async () => {
    const r = await validate(await manifest((x) => x.replace(/href="index.html"/g, 'href="index%zz.html"')));
    expect(r.rules).toContain('xml/href');
    expect(r.diagnostics.filter((d) => d.rule === 'xml/href').every((d) => d.line > 1)).toBe(true);
    const cmi5 = await entriesOf(packages.cmi5, { 'cmi5.xml': (x) => x.replace(/<url>[^<]*<\/url>/, '<url>index%E0%A4%A.html</url>') });
    expect((await validate(cmi5)).rules).toEqual(['xml/href']);
  });

  it('reads the schema version of a manifest in linear time (a long blank one does not hang detection)', async () => {
    const start = Date.now();
    const r = await validate(await manifest((x) => x.replace('<schemaversion>1.2</schemaversion>', `<schemaversion>${' '.repeat(900_000)}x`)));
    expect(Date.now() - start).toBeLessThan(5000);
    expect(r.rules).toEqual(['scorm12/xml']);
  });

  it('groups the findings of one kind into one diagnostic that counts them and names the first five', async () => {
    const files = Array.from({ length: 80 }, (_, i) => `<file href="media/missing-${i}.png"/>`).join('');
    const r = await validate(await manifest((x) => x.replace('</resource>', `${files}</resource>`)));
    const missing = r.diagnostics.filter((d) => d.rule === 'scorm12/file');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ count: 80, message: '80 files listed in the manifest are not in the package, first 5: media/missing-0.png, media/missing-1.png, media/missing-2.png, media/missing-3.png, media/missing-4.png (and 75 more).' });
    expect(r.counts.errors).toBe(80);
  });
});

it('the zip writer of these tests writes zips the validator accepts', async () => {
  const r = await validatePackage(await zipFile(zipBytes(scorm)));
  expect(r.diagnostics).toEqual([]);
});
