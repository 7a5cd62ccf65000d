import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Writes the files of a new course folder; refuses to touch an existing folder. */
export async function writeNewCourse(dir: string, files: { path: string; text: string }[]): Promise<void> {
  await mkdir(dirname(dir), { recursive: true });
  await mkdir(dir); // fails with EEXIST rather than mixing with an existing course
  for (const f of files) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), f.text, { flag: 'wx' });
  }
}
