/** Deterministic zips (sorted entries, fixed dates and modes), written atomically. */
import { ZipArchive } from 'archiver';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import type { PackageFile } from '../formats/adapter.ts';

/** 1980-01-01 would be the DOS epoch; a fixed recent date imports better in LMSs that show it. */
const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

export function zipToBuffer(files: PackageFile[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const archive = new ZipArchive({ zlib: { level: 9 } });
    const chunks: Buffer[] = [];
    archive.on('data', (c: Buffer) => chunks.push(c));
    archive.on('end', () => resolve(Buffer.concat(chunks)));
    archive.on('error', reject);
    archive.on('warning', reject);
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const f of sorted) {
      const data = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
      archive.append(data, { name: f.path, date: FIXED_DATE, mode: 0o644 });
    }
    void archive.finalize();
  });
}

/** Writes next to the target then renames, so a reader never sees a partial file. */
export async function writeAtomic(path: string, data: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(tmp);
      out.on('error', reject);
      out.on('finish', resolve);
      out.end(data);
    });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
