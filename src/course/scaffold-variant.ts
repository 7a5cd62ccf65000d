/** The course.yaml of a new local edition (`connectoo new <id> --extends <base>`): the base's titles, marked local. */
import { isObject, leniently } from './yaml.ts';

const local: Record<string, string> = { fr: 'édition locale', nl: 'lokale editie', de: 'lokale Ausgabe', en: 'local edition' };

/** `base` is the path of the base course folder from the new one; `baseCourseYaml` the base's course.yaml. */
export function scaffoldVariant(id: string, base: string, baseCourseYaml: string): { path: string; text: string }[] {
  // The base's own problems are reported by check; without a readable title the new edition starts with none.
  const data = leniently(baseCourseYaml);
  const title = isObject(data) && isObject(data.title) ? data.title : {};
  const titles = Object.entries(title).filter((e): e is [string, string] => typeof e[1] === 'string');
  return [
    {
      path: 'course.yaml',
      text: [
        '# yaml-language-server: $schema=../.schema/variant.schema.json',
        '# A local edition: every module, page, quiz and medium comes from the base course, except what this folder gives.',
        '# Add a page: modules/<module-id>/NN-name.<lang>.md. Replace one: a file with the same name as the base\'s.',
        '# Hide one: hide: [NN-name] in modules/<module-id>/module.yaml. Then: connectoo check, connectoo base-accept.',
        `extends: ${JSON.stringify(base)}`,
        `id: ${id}`,
        'version: 1.0.0',
        ...(titles.length ? ['title:', ...titles.map(([l, t]) => `  ${l}: ${JSON.stringify(`${t} (${local[l] ?? local.en})`)}`)] : []),
        '',
      ].join('\n'),
    },
  ];
}
