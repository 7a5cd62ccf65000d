/** Reads what translating a course needs besides its sources (which hold its translation records): an XLIFF file. */
import { readFile } from 'node:fs/promises';
import { decodeSource, type SourceText } from './read-course.ts';

/** A file given on the command line (an XLIFF file), as text. */
export async function readTextFile(path: string): Promise<SourceText> {
  return decodeSource(path, await readFile(path));
}
