/**
 * Zips written byte by byte, for the hostile packages of the validate tests: headers that lie about
 * sizes, the same name twice, gigabytes of zeros in a few kilobytes. Small on disk, large inflated.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** The bytes as they sit in the zip (stored or deflated). */
  body: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** What the headers say the entry inflates to (a lying header says less than the truth). */
  size: number;
  /** Index of an earlier entry whose data this one points at (overlapping entries: one body, many names). */
  sameDataAs?: number;
}

export const stored = (name: string, data: Uint8Array | string): RawEntry => {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name, body: bytes, method: 0, crc: crc32(bytes), size: bytes.length };
};

export const deflated = (name: string, data: Uint8Array | string): RawEntry => {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name, body: deflateRawSync(bytes, { level: 9 }), method: 8, crc: crc32(bytes), size: bytes.length };
};

const MiB = 1 << 20;
const zeroMiB = Buffer.alloc(MiB);
/** One MiB of zeros as a non-final deflate block: blocks repeat, and an empty final block ends the stream. */
const zeroBlock = deflateRawSync(zeroMiB, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
const finalBlock = Buffer.from([0x03, 0x00]);

/** `mib` MiB of zeros, deflated to about 1 KB per MiB (1 GiB ≈ 1 MB in the zip). */
export function zeros(name: string, mib: number): RawEntry {
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(zeroMiB, crc);
  const body = Buffer.concat([...Array.from({ length: mib }, () => zeroBlock), finalBlock]);
  return { name, body, method: 8, crc, size: mib * MiB };
}

/** The zip: local headers and bodies, the central directory, its end record. Sizes as the entries say. */
export function zipBytes(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5021, 12); // 2020-01-01
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.body.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    local.copy(cd, 6, 4, 30); // version needed … name length, extra length: same fields
    cd.writeUInt16LE(0, 32); // comment length
    cd.writeUInt16LE(0, 34); // disk
    cd.writeUInt16LE(0, 36); // internal attributes
    cd.writeUInt32LE(0, 38); // external attributes
    central.push(cd, name);
    if (e.sameDataAs !== undefined) {
      cd.writeUInt32LE(offsets[e.sameDataAs], 42);
      offsets.push(offsets[e.sameDataAs]);
      continue;
    }
    cd.writeUInt32LE(offset, 42);
    offsets.push(offset);
    parts.push(local, name, Buffer.from(e.body));
    offset += local.length + name.length + e.body.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}
