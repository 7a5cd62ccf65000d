/**
 * A module a variant changes: the base's module.yaml under the variant's (the fields the variant gives
 * replace the base's) and the base pages the variant hides (`hide:`).
 */
import { posix } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { Module, ModuleVariant } from '../schema/course.ts';
import { closest } from './near-name.ts';
import { overBase, type OverlaidModuleDir } from './variant.ts';
import { yamlFile } from './yaml-file.ts';
import type { Located } from './yaml.ts';

export function moduleOverBase(folder: OverlaidModuleDir, dir: string, report: Report): { data?: Module; located: Located; hide?: string[] } | undefined {
  const own = yamlFile(folder.moduleYaml!, dir, ModuleVariant, report);
  const base = yamlFile(folder.baseModuleYaml!.text, folder.baseModuleYaml!.dir, Module, report);
  if (!own) return undefined;
  if (!own.data || !base?.data) return { located: own.located, hide: own.data?.hide };
  const { hide, ...fields } = own.data;
  return { data: overBase(base.data, fields, own.located.data), located: own.located, hide };
}

/** A name in `hide:` names the page file `file`: `03-horaires` (every language), `03-horaires.fr` or `03-horaires.fr.md`. */
export const hides = (name: string, file: string): boolean =>
  file === name || file === `${name}.md` || file.replace(/\.[^.]+\.md$/, '') === name.replace(/\.md$/, '');

/** The module's pages without those `hide:` names; a name that is no base page is reported. */
export function hidePages(folder: OverlaidModuleDir, hide: string[], located: Located, file: string, report: Report): OverlaidModuleDir['pages'] {
  const base = (folder.basePages ?? []).map((p) => posix.basename(p));
  const keys = [...new Set(base.map((n) => n.replace(/\.[^.]+\.md$/, '')))];
  const hidden = new Set<string>();
  hide.forEach((name, i) => {
    const matches = base.filter((n) => hides(name, n));
    if (matches.length) for (const m of matches) hidden.add(m);
    else {
      const near = closest(name, [...keys, ...base]);
      report({ rule: 'variant/hide-unknown', params: { name, module: folder.id, ...(near ? { near } : {}) }, file, ...located.locate(['hide', i]) });
    }
  });
  return folder.pages.filter((p) => !hidden.has(posix.basename(p.path)));
}

