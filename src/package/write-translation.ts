/** Writes what translating a course produces: an XLIFF file, translated course files, the translation records. */
import { join } from 'node:path';
import { writeAtomic } from './zip.ts';

/** Writes each file (course-relative path) atomically; files not listed are left as they are. */
export async function writeCourseFiles(dir: string, files: readonly { path: string; text: string }[]): Promise<void> {
  for (const f of files) await writeAtomic(join(dir, f.path), f.text);
}

export const writeTextFile = (path: string, text: string): Promise<void> => writeAtomic(path, text);
