/** The packages the validate tests start from: the minimal fixture course, built in every format. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from '../../src/index.ts';
import { readPackage } from '../../src/sources/read-package.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { deflated, zipBytes, type RawEntry } from './validate-zip-bytes.ts';
import { makeTempDir } from '../helpers/zip.ts';

/** Zip path by format (scorm12, xapi, cmi5, web…). */
export async function builtPackages(): Promise<Record<string, string>> {
  const out = await makeTempDir('connectoo-validate-');
  const r = await build({ courseDirs: [await courseWith('minimal')], outDir: out, langs: ['fr'] });
  if (!r.ok) throw new Error('the minimal course does not build');
  return Object.fromEntries(r.outputs.map((o) => [o.format, o.file]));
}

/** A package's files as deflated entries, the manifest (or any file) edited on the way. */
export async function entriesOf(zip: string, edit: Record<string, (text: string) => string> = {}): Promise<RawEntry[]> {
  return [...(await readPackage(zip))].map(([name, data]) =>
    deflated(name, edit[name] ? edit[name](Buffer.from(data).toString('utf8')) : data),
  );
}

/** Writes the zip to a new temporary file. */
export async function zipFile(entries: RawEntry[] | Buffer, name = 'hostile.zip'): Promise<string> {
  const file = join(await makeTempDir('connectoo-hostile-'), name);
  await writeFile(file, Buffer.isBuffer(entries) ? entries : zipBytes(entries));
  return file;
}
