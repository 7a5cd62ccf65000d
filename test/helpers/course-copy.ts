/** Copies a fixture course to a temporary folder and applies edits, to test one author mistake at a time. */
import { cp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fixturesDir } from './paths.ts';
import { makeTempDir } from './zip.ts';

/** `null` deletes the file; a function edits its text; a string or bytes replace it. */
export type Edit = string | Uint8Array | null | ((text: string) => string);

/** Copies `test/fixtures/<fixture>` to `<tmp>/<fixture>` (same folder name), applies the edits, returns the copy's path. */
export async function courseWith(fixture: string, edits: Record<string, Edit> = {}): Promise<string> {
  const dir = join(await makeTempDir('connectoo-src-'), fixture);
  await cp(join(fixturesDir, fixture), dir, { recursive: true, preserveTimestamps: false });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(dir, path);
    if (edit === null) await rm(file, { recursive: true });
    else {
      await mkdir(dirname(file), { recursive: true });
      const text = typeof edit === 'function' ? edit(await readFile(file, 'utf8')) : edit;
      await writeFile(file, text);
    }
  }
  return dir;
}

/** 1-based line and column of the first occurrence of `needle` in a file of the course. */
export async function positionOf(dir: string, path: string, needle: string): Promise<{ line: number; column: number }> {
  const text = await readFile(join(dir, path), 'utf8');
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not found in ${path}`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Replaces `from` by `to` in one file of a copied course; throws when `from` is absent (the edit would be a no-op). */
export async function editFile(courseDir: string, file: string, from: string, to: string): Promise<string> {
  const p = join(courseDir, file);
  const text = await readFile(p, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(p, text.replace(from, to));
  return p;
}
