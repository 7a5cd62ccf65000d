import { join, resolve } from 'node:path';
import { jsonSchemas } from '../schema/json-schema.ts';
import { writeAtomic } from './zip.ts';

/** Writes the editor JSON Schemas; returns the files written. */
export async function writeJsonSchemas(dir: string, cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const file = join(resolve(cwd, dir), name);
    await writeAtomic(file, JSON.stringify(schema, null, 2) + '\n');
    out.push(file);
  }
  return out;
}
