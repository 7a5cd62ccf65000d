/** Files the build needs from the tool itself or its dependencies (not from a course). */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ControlFileSet, PackageFile } from '../formats/adapter.ts';

const require = createRequire(import.meta.url);
export const toolRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folder of a format's control files inside the npm package that publishes them. */
export const controlFilesDir = (set: ControlFileSet) => join(dirname(require.resolve(`${set.npmPackage}/package.json`)), set.dir);

/** A format's control files, byte for byte as published (sha256 checked). */
export async function readControlFiles(set: ControlFileSet): Promise<PackageFile[]> {
  const dir = controlFilesDir(set);
  const out: PackageFile[] = [];
  for (const [name, sha] of Object.entries(set.sha256)) {
    const data = await readFile(join(dir, name));
    const got = createHash('sha256').update(data).digest('hex');
    if (got !== sha) throw new Error(`${join(dir, name)} is not the published file (sha256 ${got}); reinstall ${set.npmPackage}.`);
    out.push({ path: name, data: new Uint8Array(data) });
  }
  return out;
}

/** A script of an npm dependency (e.g. the LMS-side API a preview runs), by module specifier. */
export const readDependencyScript = (specifier: string) => readFile(require.resolve(specifier));

export const readTemplate = (name: string) => readFile(join(toolRoot, 'templates', name), 'utf8');
export const runtimeDir = join(toolRoot, 'src/runtime');
