/** `connectoo validate`: an LMS admin checks a package before import. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { zipToBuffer } from '../../src/package/zip.ts';
import { readPackage } from '../../src/sources/read-package.ts';
import { validatePackage } from '../../src/validate/index.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { makeTempDir } from '../helpers/zip.ts';

let files: Map<string, Uint8Array>;
const outputs: Record<string, string> = {};

beforeAll(async () => {
  const out = await makeTempDir('connectoo-validate-');
  const r = await build({ courseDirs: [await courseWith('minimal')], outDir: out, langs: ['fr'] });
  expect(r.ok).toBe(true);
  for (const o of r.outputs) outputs[o.format] = o.file;
  files = await readPackage(outputs.scorm12);
}, 60_000);

/** A copy of the built SCORM package with one change. */
async function altered(change: (f: Map<string, Uint8Array>) => void): Promise<string> {
  const copy = new Map(files);
  change(copy);
  const file = join(await makeTempDir('connectoo-bad-'), 'bad.zip');
  await writeFile(file, await zipToBuffer([...copy].map(([path, data]) => ({ path, data }))));
  return file;
}
const manifest = (f: Map<string, Uint8Array>, edit: (xml: string) => string) =>
  f.set('imsmanifest.xml', new Uint8Array(Buffer.from(edit(Buffer.from(f.get('imsmanifest.xml')!).toString('utf8')))));
const rules = async (file: string) => (await validatePackage(file)).diagnostics.map((d) => d.rule);
/** The findings as "severity rule", and the verdict. */
const found = async (file: string) => {
  const r = await validatePackage(file);
  return [r.verdict, ...r.diagnostics.map((d) => `${d.severity} ${d.rule}`)];
};

describe('validate', () => {
  it('accepts every package the build writes', async () => {
    expect(Object.keys(outputs).sort()).toEqual(['cmi5', 'scorm12', 'scorm2004', 'web', 'xapi']);
    for (const [format, file] of Object.entries(outputs)) {
      const r = await validatePackage(file);
      expect(r.diagnostics, format).toEqual([]);
      expect(r.format).toBe(format);
      expect(r.ok).toBe(true);
      expect(r.verdict).toBe(format === 'web' ? 'web-only' : 'ready');
    }
  });

  it('reports schema errors with their line in the manifest, as warnings: LMSs import such manifests', async () => {
    const file = await altered((f) => manifest(f, (x) => x.replace(/(<title>[^<]*<\/title>)(\s*<adlcp:masteryscore>80<\/adlcp:masteryscore>)/, '$2$1')));
    const r = await validatePackage(file);
    expect(r).toMatchObject({ ok: true, verdict: 'imports-with-problems' });
    const d = r.diagnostics.find((x) => x.rule === 'scorm12/schema')!;
    expect(d.file).toBe(`${file}!/imsmanifest.xml`);
    expect(d.severity).toBe('warning');
    expect(d.line).toBeGreaterThan(20);
  });

  it('finds what the schemas cannot: errors for what an LMS refuses or breaks on, warnings for what it tolerates', async () => {
    expect(await found(await altered((f) => f.delete('player.css')))).toEqual(['will-not-import', 'error scorm12/file']);
    expect(await found(await altered((f) => f.set('extra.txt', new Uint8Array([1]))))).toEqual(['imports-with-problems', 'warning scorm12/unlisted-file']);
    expect(await found(await altered((f) => manifest(f, (x) => x.replace(/identifierref="[^"]+"/, 'identifierref="RES-nope"'))))).toEqual(['will-not-import', 'error scorm12/identifierref']);
    expect(await found(await altered((f) => manifest(f, (x) => x.replace('<adlcp:masteryscore>80', '<adlcp:masteryscore>180'))))).toEqual(['will-not-import', 'error scorm12/masteryscore']);
    expect(await found(await altered((f) => manifest(f, (x) => x.replace('<schemaversion>1.2', '<schemaversion>1.2.0'))))).toEqual(['imports-with-problems', 'warning scorm12/schema-version']);
    expect(await found(await altered((f) => manifest(f, (x) => x.replace(/organizations default="[^"]+"/, 'organizations default="ORG-X"'))))).toEqual(['will-not-import', 'error scorm12/default-organization']);
    expect(await found(await altered((f) => f.delete('ims_xml.xsd')))).toEqual(['imports-with-problems', 'warning scorm12/control-files']);
    expect(await found(await altered((f) => f.set('adlcp_rootv1p2.xsd', new Uint8Array(Buffer.from('<x/>')))))).toEqual(['imports-with-problems', 'warning scorm12/control-files']);
    expect(await found(await altered((f) => manifest(f, (x) => x.replace('</manifest>', ''))))).toEqual(['will-not-import', 'error scorm12/xml']);
  });

  it('says when a file is not a package', async () => {
    const notZip = join(await makeTempDir('connectoo-bad-'), 'x.zip');
    await writeFile(notZip, 'hello');
    expect(await rules(notZip)).toEqual(['package/unreadable']);
    const nested = await altered((f) => {
      for (const [name, data] of [...f]) {
        f.set(`course/${name}`, data);
        f.delete(name);
      }
    });
    expect(await rules(nested)).toEqual(['package/format']);
  });
});
