/** Reads a built package (zip) into memory, for `connectoo validate`. */
import yauzl from 'yauzl';

export interface PackageEntry {
  name: string;
  data: Uint8Array;
  /** Raw DOS date and time fields of the entry (a reproducible build writes fixed values). */
  lastModDate: number;
  lastModTime: number;
}

/** Every file entry in archive order (directories left out). Rejects on a damaged zip or an unsafe entry name. */
export function readPackageEntries(file: string): Promise<PackageEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('cannot open the zip'));
      const entries: PackageEntry[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error(`cannot read ${entry.fileName}`));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            const data = new Uint8Array(Buffer.concat(chunks));
            entries.push({ name: entry.fileName, data, lastModDate: entry.lastModFileDate, lastModTime: entry.lastModFileTime });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** Files of the zip by path. Rejects when a path is there twice. */
export async function readPackage(file: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const e of await readPackageEntries(file)) {
    if (files.has(e.name)) throw new Error(`the zip holds ${e.name} twice`);
    files.set(e.name, e.data);
  }
  return files;
}
