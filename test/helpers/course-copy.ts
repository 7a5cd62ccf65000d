/** Copies a fixture course to a temporary folder and applies edits, to test one author mistake at a time. */
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const fixturesDir = resolve(import.meta.dirname, '../fixtures');

/** `null` deletes the file; a function edits its text; a string replaces it. */
export type Edit = string | null | ((text: string) => string);

export async function courseWith(fixture: string, edits: Record<string, Edit> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'connectoo-'));
  const dir = join(root, fixture);
  await cp(join(fixturesDir, fixture), dir, { recursive: true });
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
