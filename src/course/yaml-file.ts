/** A YAML source file parsed with positions and validated against its schema. */
import { join } from 'node:path';
import type { z } from 'zod';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import type { SourceText } from '../sources/read-course.ts';
import { fieldsAt, validate } from './validate.ts';
import { parseYaml, type Located } from './yaml.ts';

/**
 * The file's data when it matches the schema; `located` alone when it can be read but does not match
 * (the problems are reported, and the checks that do not need it go on); undefined when it cannot be read.
 */
export function yamlFile<S extends z.ZodType>(src: SourceText, dir: string, schema: S, report: Report): { data?: z.infer<S>; located: Located } | undefined {
  const file = join(dir, src.path);
  const located = parseYaml(file, src.text, report);
  if (!located) return undefined;
  const data = validate(schema, file, located, report, (p) => fieldsAt(schema, located.data, p));
  return data === undefined ? { located } : { data, located };
}
