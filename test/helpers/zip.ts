/** Read SCORM/web packages: a zip into memory, or unpacked into a temporary folder. */
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readPackage } from '../../src/sources/read-package.ts';

/** Files only (no directory entries), keyed by their path inside the zip. */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const [name, data] of await readPackage(file)) files.set(name, Buffer.from(data));
  return files;
}

const tempDirs: string[] = [];
/**
 * Removes the temporary folders made so far: after each test file (helpers/temp-cleanup.ts, a setup file of every
 * test project: test files share this module within a worker), and at exit for scripts.
 */
export function removeTempDirs(): void {
  if (process.env.CONNECTOO_KEEP_TMP) return;
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
process.once('exit', removeTempDirs);

/** A new temporary folder, removed after the test file (or at exit) (set CONNECTOO_KEEP_TMP=1 to keep it). */
export async function makeTempDir(prefix = 'connectoo-e2e-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Unpacks into `dir` (a new temporary folder by default) and returns that folder. */
export async function unzipTo(file: string, dir?: string): Promise<string> {
  const target = dir ?? (await makeTempDir('connectoo-unzip-'));
  for (const [name, data] of await readZip(file)) {
    const dest = path.resolve(target, name);
    if (!dest.startsWith(path.resolve(target) + path.sep)) throw new Error(`${file}: entry escapes the folder: ${name}`);
    await mkdir(path.dirname(dest), { recursive: true });
    await writeFile(dest, data);
  }
  return target;
}
