/** `connectoo validate`: an LMS admin checks a package before import. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { zipToBuffer } from '../../src/package/zip.ts';
import { readPackage } from '../../src/sources/read-package.ts';
import { validatePackage } from '../../src/validate/index.ts';
import { courseWith } from '../helpers/course-copy.ts';

let files: Map<string, Uint8Array>;
const outputs: Record<string, string> = {};

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'connectoo-validate-'));
  const r = await build({ courseDirs: [await courseWith('minimal')], outDir: out, langs: ['fr'] });
  expect(r.ok).toBe(true);
  for (const o of r.outputs) outputs[o.format] = o.file;
  files = await readPackage(outputs.scorm12);
}, 60_000);

/** A copy of the built SCORM package with one change. */
async function altered(change: (f: Map<string, Uint8Array>) => void): Promise<string> {
  const copy = new Map(files);
  change(copy);
  const file = join(await mkdtemp(join(tmpdir(), 'connectoo-bad-')), 'bad.zip');
  await writeFile(file, await zipToBuffer([...copy].map(([path, data]) => ({ path, data }))));
  return file;
}
const manifest = (f: Map<string, Uint8Array>, edit: (xml: string) => string) =>
  f.set('imsmanifest.xml', new Uint8Array(Buffer.from(edit(Buffer.from(f.get('imsmanifest.xml')!).toString('utf8')))));
const rules = async (file: string) => (await validatePackage(file)).diagnostics.map((d) => d.rule);

describe('validate', () => {
  it('accepts every package the build writes', async () => {
    expect(Object.keys(outputs).sort()).toEqual(['cmi5', 'scorm12', 'scorm2004', 'web', 'xapi']);
    for (const [format, file] of Object.entries(outputs)) {
      const r = await validatePackage(file);
      expect(r.diagnostics, format).toEqual([]);
      expect(r.format).toBe(format);
      expect(r.ok).toBe(true);
    }
  });

  it('reports schema errors with their line in the manifest', async () => {
    const file = await altered((f) => manifest(f, (x) => x.replace(/(<title>[^<]*<\/title>)(\s*<adlcp:masteryscore>80<\/adlcp:masteryscore>)/, '$2$1')));
    const r = await validatePackage(file);
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.rule === 'scorm12/schema')!;
    expect(d.file).toBe(`${file}!/imsmanifest.xml`);
    expect(d.line).toBeGreaterThan(20);
  });

  it('finds what the schemas cannot: missing files, bad references, out-of-range mastery, changed control files', async () => {
    expect(await rules(await altered((f) => f.delete('player.css')))).toContain('scorm12/file');
    expect(await rules(await altered((f) => f.set('extra.txt', new Uint8Array([1]))))).toContain('scorm12/unlisted-file');
    expect(await rules(await altered((f) => manifest(f, (x) => x.replace(/identifierref="[^"]+"/, 'identifierref="RES-nope"'))))).toContain('scorm12/identifierref');
    expect(await rules(await altered((f) => manifest(f, (x) => x.replace('<adlcp:masteryscore>80', '<adlcp:masteryscore>180'))))).toContain('scorm12/masteryscore');
    expect(await rules(await altered((f) => manifest(f, (x) => x.replace('<schemaversion>1.2', '<schemaversion>1.2.0'))))).toContain('scorm12/schema-version');
    expect(await rules(await altered((f) => manifest(f, (x) => x.replace(/organizations default="[^"]+"/, 'organizations default="ORG-X"'))))).toContain('scorm12/default-organization');
    expect(await rules(await altered((f) => f.delete('ims_xml.xsd')))).toContain('scorm12/control-files');
    expect(await rules(await altered((f) => f.set('adlcp_rootv1p2.xsd', new Uint8Array(Buffer.from('<x/>')))))).toContain('scorm12/control-files');
    expect(await rules(await altered((f) => manifest(f, (x) => x.replace('</manifest>', ''))))).toEqual(['scorm12/xml']);
  });

  it('says when a file is not a package', async () => {
    const notZip = join(await mkdtemp(join(tmpdir(), 'connectoo-bad-')), 'x.zip');
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
