import { join, resolve } from 'node:path';
import { jsonSchemas } from '../schema/json-schema.ts';
import { writeAtomic } from './zip.ts';

/** Writes JSON Schemas (by default the editor ones); returns the files written. */
export async function writeJsonSchemas(dir: string, cwd: string, schemas: Record<string, unknown> = jsonSchemas()): Promise<string[]> {
  const out: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const file = join(resolve(cwd, dir), name);
    await writeAtomic(file, JSON.stringify(schema, null, 2) + '\n');
    out.push(file);
  }
  return out;
}
