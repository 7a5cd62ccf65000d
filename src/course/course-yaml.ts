/**
 * course.yaml, read and validated; for a variant, the base's course.yaml under the variant's: each file is
 * validated on its own (a problem is reported on the file that has it), then the fields the variant gives
 * replace the base's.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { Course, CourseVariant } from '../schema/course.ts';
import type { CourseSources } from '../sources/read-course.ts';
import { extendsLine, overBase } from './variant.ts';
import { yamlFile } from './yaml-file.ts';
import { isObject, type Located } from './yaml.ts';

/** Languages are checked one by one afterwards, each with its own message. */
const CourseFile = Course.extend({ languages: z.array(z.string()).min(1) });
const VariantFile = CourseVariant.extend({ languages: z.array(z.string()).min(1).optional() });

export interface CourseYaml {
  /** The course's fields when every file read matches its schema. */
  data?: z.infer<typeof CourseFile>;
  located: Located;
}

/**
 * Fields a variant never takes from its base: its activity IRI (xAPI and cmi5 statements of the variant must not
 * count as the base's) and its changelog (the base's entries describe the base's versions).
 */
const ownFields = ['iri', 'changelog'];

export function readCourseYaml(src: CourseSources, report: Report): CourseYaml | undefined {
  if (!src.courseYaml) return undefined;
  const base = src.base?.sources?.courseYaml;
  if (!base) return yamlFile(src.courseYaml, src.dir, CourseFile, report);
  const own = yamlFile(src.courseYaml, src.dir, VariantFile, report);
  const inherited = yamlFile(base, src.base!.dir, CourseFile, report);
  if (!own || !inherited) return undefined;
  const { extends: _, ...given } = isObject(own.located.data) ? own.located.data : {};
  const at = extendsLine(src.courseYaml.text);
  const located: Located = {
    data: overBase(isObject(inherited.located.data) ? inherited.located.data : {}, given, given, ownFields),
    // A field the variant does not give comes from the base: a problem with it in the variant's languages is
    // shown on the variant's `extends:` line.
    locate: (path, key) => (path.length === 0 || (typeof path[0] === 'string' && path[0] in given) ? own.located.locate(path, key) : at),
  };
  if (!own.data || !inherited.data) return { located };
  if (own.data.id === inherited.data.id) {
    report({ rule: 'variant/same-id', params: { id: own.data.id }, file: join(src.dir, 'course.yaml'), ...own.located.locate(['id']) });
    return { located };
  }
  const { extends: __, ...fields } = own.data;
  return { data: overBase(inherited.data, fields, given, ownFields), located };
}
