/** Bytes of the media files a course uses, for the checks on them (course/media-checks.ts). */
import { open } from 'node:fs/promises';
import { fileOf, type CourseRoot } from './read-course.ts';

export interface MediaSample {
  /** Course-relative path, forward slashes. */
  path: string;
  /** Size of the whole file in bytes. */
  size: number;
  /** The whole file when `whole`; otherwise its first bytes (enough for any signature the checks read). */
  bytes: Uint8Array;
  whole: boolean;
}

/** How much of a file that is not read whole the checks get. */
export const headBytes = 4096;

/** Files whose whole text is checked (an SVG is parsed); the others are checked by their first bytes. */
const readWhole = (path: string) => /\.svg$/i.test(path);

export async function readMediaSamples(root: string | CourseRoot, paths: Iterable<string>): Promise<MediaSample[]> {
  const out: MediaSample[] = [];
  for (const path of [...new Set(paths)].sort()) {
    const handle = await open(fileOf(root, path), 'r');
    try {
      const { size } = await handle.stat();
      const whole = readWhole(path);
      const bytes = new Uint8Array(whole ? size : Math.min(size, headBytes));
      let at = 0;
      while (at < bytes.length) {
        const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
        if (!bytesRead) break;
        at += bytesRead;
      }
      out.push({ path, size, bytes: bytes.subarray(0, at), whole });
    } finally {
      await handle.close();
    }
  }
  return out;
}
