/** What an output folder already holds, read before a build adds to it: its files and its release manifest. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function readOutputFolder(outDir: string): Promise<{ files: Set<string>; manifest: unknown }> {
  let names: string[] = [];
  try {
    names = await readdir(outDir);
  } catch {
    return { files: new Set(), manifest: undefined };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(join(outDir, 'release-manifest.json'), 'utf8'));
  } catch {
    manifest = undefined;
  }
  return { files: new Set(names), manifest };
}
