/** A YAML source file parsed with positions and validated against its schema. */
import { join } from 'node:path';
import type { z } from 'zod';
import type { Report } from '../diagnostics/diagnostic.ts';
import type { SourceText } from '../sources/read-course.ts';
import { fieldsAt, validate } from './validate.ts';
import { parseYaml } from './yaml.ts';

export function yamlFile<S extends z.ZodType>(src: SourceText, dir: string, schema: S, report: Report) {
  const file = join(dir, src.path);
  const located = parseYaml(file, src.text, report);
  if (!located) return undefined;
  const data = validate(schema, file, located, report, (p) => fieldsAt(schema, located.data, p));
  return data ? { data, located } : undefined;
}
