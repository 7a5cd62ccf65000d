/** Copies of fixture courses in temporary folders, to build from another path or to break on purpose. */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fixturesDir } from './paths.ts';
import { makeTempDir } from './zip.ts';

/** Copies `test/fixtures/<name>` to `<tmp>/<name>` (same folder name) and returns the copy's path. */
export async function copyFixture(name: string): Promise<string> {
  const dir = path.join(await makeTempDir('connectoo-src-'), name);
  await cp(path.join(fixturesDir, name), dir, { recursive: true, preserveTimestamps: false });
  return dir;
}

/** Replaces `from` by `to` in one file of a copied course; throws when `from` is absent (the edit would be a no-op). */
export async function editFile(courseDir: string, file: string, from: string, to: string): Promise<string> {
  const p = path.join(courseDir, file);
  const text = await readFile(p, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(p, text.replace(from, to));
  return p;
}
