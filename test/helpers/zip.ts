/** Read SCORM/web packages: a zip into memory, or unpacked into a temporary folder. */
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import yauzl from 'yauzl';

export interface ZipEntryInfo {
  name: string;
  data: Buffer;
  /** Raw DOS date/time fields: a reproducible build writes fixed values. */
  lastModDate: number;
  lastModTime: number;
  isDirectory: boolean;
}

/** Every entry, in the order stored in the archive (directories included, flagged). */
export function readZipEntries(file: string): Promise<ZipEntryInfo[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error(`cannot open ${file}`));
      const entries: ZipEntryInfo[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        const base = {
          name: entry.fileName,
          lastModDate: entry.lastModFileDate,
          lastModTime: entry.lastModFileTime,
        };
        if (entry.fileName.endsWith('/')) {
          entries.push({ ...base, data: Buffer.alloc(0), isDirectory: true });
          zip.readEntry();
          return;
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            entries.push({ ...base, data: Buffer.concat(chunks), isDirectory: false });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Files only (no directory entries), keyed by their path inside the zip. */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const e of await readZipEntries(file)) {
    if (e.isDirectory) continue;
    if (files.has(e.name)) throw new Error(`${file}: duplicate entry ${e.name}`);
    files.set(e.name, e.data);
  }
  return files;
}

const tempDirs: string[] = [];
function removeTempDirs(): void {
  if (process.env.CONNECTOO_KEEP_TMP) return;
  for (const d of tempDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
try {
  afterAll(removeTempDirs);
} catch {
  process.once('exit', removeTempDirs);
}

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
