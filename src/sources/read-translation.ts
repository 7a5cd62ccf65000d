/** Reads what translating a course needs besides its sources: the translation records and an XLIFF file. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeSource, type SourceText } from './read-course.ts';

/** `translations.lock.yaml` of a course folder, or undefined when there is none. */
export async function readTranslationRecords(dir: string): Promise<SourceText | undefined> {
  try {
    return decodeSource('translations.lock.yaml', await readFile(join(dir, 'translations.lock.yaml')));
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** A file given on the command line (an XLIFF file), as text. */
export async function readTextFile(path: string): Promise<SourceText> {
  return decodeSource(path, await readFile(path));
}
