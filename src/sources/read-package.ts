/** Reads a built package (zip): whole into memory for tests and tools, or streamed under limits for `connectoo validate`. */
import { crc32 } from 'node:zlib';
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

/** What `connectoo validate` sees of a zip: every file name, and the bytes of the few files it reads. */
export interface PackageView {
  /** Every file entry (folders left out). */
  names: ReadonlySet<string>;
  /** The bytes of a file validate reads (control files), undefined for any other name. */
  read(name: string): Uint8Array | undefined;
}

/** A problem of the zip itself; `entry` when it concerns one entry. */
export interface ZipProblem {
  rule: string;
  entry?: string;
  message: string;
  hint: string;
}

export interface ScanLimits {
  entries: number;
  entryBytes: number;
  totalBytes: number;
  ratio: number;
  ratioFrom: number;
  readBytes: number;
  readTotalBytes: number;
}

export interface PackageScan {
  view: PackageView;
  problems: ZipProblem[];
  /** False when the entry list itself is over a limit: `view.names` is then empty and means nothing. */
  listed: boolean;
}

const MB = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;

/** Why an entry name is unsafe to unpack (outside the folder, absolute, Windows separators), or undefined. */
export function unsafeEntryName(name: string): string | undefined {
  if (/^[a-zA-Z]:/.test(name) || name.startsWith('/')) return 'is an absolute path: unpacking it would write outside the package folder';
  if (name.split(/[\\/]/).includes('..')) return 'climbs out of the package folder with "..": unpacking it would write elsewhere on the server (a "zip slip")';
  if (name.includes('\\')) return 'uses backslashes (\\) as folder separators: on the LMS server it becomes one file with a backslash in its name, and links to it break';
  return undefined;
}

/**
 * Streams a zip for `connectoo validate`: limits checked from the central directory before anything
 * is inflated, every entry inflated once and thrown away (only the names `reads` accepts are kept), each
 * stopped as soon as it inflates to more than its header says, damaged data and wrong checksums
 * found, unsafe names reported. Rejects only when the zip cannot be opened or its central directory
 * cannot be read.
 */
export function scanPackage(file: string, reads: ReadonlySet<string> | ((name: string) => boolean), limits: ScanLimits): Promise<PackageScan> {
  const wanted = typeof reads === 'function' ? reads : (name: string) => reads.has(name);
  return new Promise((resolve, reject) => {
    // Names are decoded here, not by yauzl, so that an unsafe one is reported instead of ending the scan.
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('cannot open the zip'));
      const problems: ZipProblem[] = [];
      const finish = (scan: Omit<PackageScan, 'problems'>) => {
        zip.close();
        resolve({ ...scan, problems });
      };
      if (zip.entryCount > limits.entries) {
        problems.push({ rule: 'package/entry-count', message: `The zip holds ${zip.entryCount} entries, over the limit of ${limits.entries}: it was not checked further.`, hint: 'A course package holds a few hundred files: this zip holds far more than a course, or was forged. Do not import it.' });
        return finish({ view: { names: new Set(), read: () => undefined }, listed: false });
      }
      const entries: yauzl.Entry[] = [];
      const names = new Map<yauzl.Entry, string>();
      zip.on('error', (e: Error) => {
        zip.close();
        reject(e);
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push(entry);
        names.set(entry, yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true));
        zip.readEntry();
      });
      zip.on('end', () => {
        inflateAll(zip, entries, names, wanted, limits, problems).then(
          (view) => finish({ view, listed: true }),
          (e: Error) => {
            zip.close();
            reject(e);
          },
        );
      });
      zip.readEntry();
    });
  });
}

async function inflateAll(
  zip: yauzl.ZipFile,
  entries: yauzl.Entry[],
  nameOf: Map<yauzl.Entry, string>,
  reads: (name: string) => boolean,
  limits: ScanLimits,
  problems: ZipProblem[],
): Promise<PackageView> {
  const names = new Set<string>();
  const kept = new Map<string, Uint8Array>();
  const skip = new Set<yauzl.Entry>();
  let total = 0;
  let keptTotal = 0;
  for (const e of entries) {
    const name = nameOf.get(e)!;
    total += e.uncompressedSize;
    const unsafe = unsafeEntryName(name);
    if (unsafe) {
      problems.push({ rule: 'package/unsafe-path', entry: name, message: `The zip entry ${JSON.stringify(name)} ${unsafe}.`, hint: 'Do not import this package: ask its author for a zip made with relative paths inside one folder.' });
      skip.add(e);
      continue;
    }
    if (name.endsWith('/')) continue;
    if (names.has(name)) {
      problems.push({ rule: 'package/duplicate-entry', entry: name, message: `${name} is in the zip twice: the LMS keeps one of the two copies, which one depends on its unzip tool.`, hint: 'Ask the package\'s author for a zip with each file once (or rebuild it).' });
      skip.add(e);
      continue;
    }
    names.add(name);
    if (e.uncompressedSize > limits.entryBytes) {
      problems.push({ rule: 'package/entry-size', entry: name, message: `${name} unpacks to ${MB(e.uncompressedSize)}, over the limit of ${MB(limits.entryBytes)} per file: LMSs refuse or time out on such uploads.`, hint: 'Course media stay far below this: compress the video or split it. A file this large in a small zip is a zip bomb: do not import it.' });
      skip.add(e);
    } else if (e.uncompressedSize > limits.ratioFrom && e.uncompressedSize > limits.ratio * Math.max(e.compressedSize, 1)) {
      const ratio = Math.round(e.uncompressedSize / Math.max(e.compressedSize, 1));
      problems.push({ rule: 'package/compression-ratio', entry: name, message: `${name} unpacks to ${ratio} times its size in the zip (${MB(e.uncompressedSize)}), over the limit of ${limits.ratio}:1.`, hint: 'Real files do not compress that much: this looks like a zip bomb. Do not import it.' });
      skip.add(e);
    } else if (reads(name)) {
      if (e.uncompressedSize > limits.readBytes) {
        problems.push({ rule: 'package/control-file-size', entry: name, message: `${name} is ${MB(e.uncompressedSize)}, over the limit of ${MB(limits.readBytes)} for a control file: it was not read.`, hint: 'A course manifest is well under 1 MB: it lists each file once. Ask the package\'s author why it is so large.' });
        skip.add(e);
      } else if ((keptTotal += e.uncompressedSize) > limits.readTotalBytes) {
        problems.push({ rule: 'package/control-file-size', entry: name, message: `The control files reach ${MB(keptTotal)} with ${name}, over the limit of ${MB(limits.readTotalBytes)} together: ${name} was not read.`, hint: 'Control files (manifest, schemas) are small text files. Ask the package\'s author why they are so large.' });
        skip.add(e);
      }
    }
  }
  const overTotal = total > limits.totalBytes;
  if (overTotal)
    problems.push({ rule: 'package/total-size', message: `The zip unpacks to ${MB(total)}, over the limit of ${MB(limits.totalBytes)}: most LMSs refuse uploads that large.`, hint: 'Split the course into module packages, or compress its media.' });
  // Over a size limit, only the files validate reads are inflated; otherwise every entry is, to find damaged data.
  const sizeProblem = overTotal || problems.some((p) => !['package/duplicate-entry', 'package/control-file-size', 'package/unsafe-path'].includes(p.rule));
  for (const e of entries) {
    const name = nameOf.get(e)!;
    if (skip.has(e) || name.endsWith('/')) continue;
    const keep = reads(name);
    if (sizeProblem && !keep) continue;
    const chunks: Buffer[] | undefined = keep ? [] : undefined;
    const r = await inflateEntry(zip, e, name, chunks);
    if (r) problems.push({ entry: name, ...r });
    else if (chunks) kept.set(name, new Uint8Array(Buffer.concat(chunks)));
  }
  return { names, read: (name) => kept.get(name) };
}

/** Inflates one entry, counting bytes and checksum as they come; a problem, or undefined when the entry is sound. */
function inflateEntry(zip: yauzl.ZipFile, e: yauzl.Entry, name: string, keep: Buffer[] | undefined): Promise<Omit<ZipProblem, 'entry'> | undefined> {
  const damaged = (why: string) => ({ rule: 'package/damaged-entry', message: `${name} cannot be unpacked: ${why}.`, hint: 'The zip is damaged: the LMS cannot unpack this file. Download the package again, or ask its author for a new copy.' });
  return new Promise((done) => {
    let settled = false;
    const settle = (p: Omit<ZipProblem, 'entry'> | undefined) => {
      if (!settled) done(p);
      settled = true;
    };
    zip.openReadStream(e, (err, stream) => {
      if (err || !stream) return settle(damaged(err?.message ?? 'no data'));
      let bytes = 0;
      let crc = 0;
      stream.on('data', (c: Buffer) => {
        if (settled) return;
        bytes += c.length;
        if (bytes > e.uncompressedSize) {
          stream.destroy();
          return settle({ rule: 'package/entry-size', message: `${name} inflates to more than the ${e.uncompressedSize} bytes its header says (stopped at ${bytes}).`, hint: 'The zip headers lie about this file: a zip bomb or a forged archive. Do not import it.' });
        }
        crc = crc32(c, crc);
        keep?.push(c);
      });
      stream.on('error', (x: Error) => settle(damaged(x.message)));
      stream.on('end', () => {
        if (bytes !== e.uncompressedSize) settle(damaged(`${bytes} bytes instead of the ${e.uncompressedSize} its header says`));
        else if (crc >>> 0 !== e.crc32 >>> 0) settle(damaged('its checksum (CRC-32) does not match'));
        else settle(undefined);
      });
    });
  });
}
