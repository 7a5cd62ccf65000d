/** Snapshot of a folder tree: relative path → bytes and modification time. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FileSnap {
  data: Buffer;
  mtimeMs: number;
}

export async function snapshotDir(dir: string): Promise<Map<string, FileSnap>> {
  const out = new Map<string, FileSnap>();
  let entries: string[];
  try {
    entries = (await readdir(dir, { recursive: true })) as string[];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw e;
  }
  for (const rel of entries.sort()) {
    const p = path.join(dir, rel);
    const s = await stat(p);
    if (s.isFile()) out.set(rel.split(path.sep).join('/'), { data: await readFile(p), mtimeMs: s.mtimeMs });
  }
  return out;
}

/** Readable differences between two snapshots (content only, or content and times). */
export function snapshotDiff(a: Map<string, FileSnap>, b: Map<string, FileSnap>, withTimes = false): string[] {
  const diff: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    if (!x) diff.push(`only in second: ${k}`);
    else if (!y) diff.push(`only in first: ${k}`);
    else if (!x.data.equals(y.data)) diff.push(`content differs: ${k}`);
    else if (withTimes && x.mtimeMs !== y.mtimeMs) diff.push(`rewritten: ${k}`);
  }
  return diff;
}
