/**
 * A variant (`extends: <base course folder>` in course.yaml) seen as one course: the base's files under the
 * variant's, in the same course-relative paths. A variant file with the same path as a base file replaces it
 * (a page, a quiz, a medium: media resolve in the variant first, then in the base); module folders the
 * variant's `modules:` does not list are left out. Pure: works on what sources/ read.
 *
 * Every base file keeps where it lives (`origin`), so a problem in it is reported on the base's file, and the
 * packager reads it from there.
 */
import { join, relative, sep } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import type { CourseSources } from '../sources/read-course.ts';
import { isObject, leniently } from './yaml.ts';

type ModuleDir = CourseSources['moduleDirs'][number];

/** A module folder of a variant: its own files over those of the same folder in the base. */
export interface OverlaidModuleDir extends ModuleDir {
  /** The base's module.yaml, under the variant's (which then only changes some fields, or hides pages). */
  baseModuleYaml?: { text: NonNullable<ModuleDir['moduleYaml']>; dir: string };
  /** Page files of the base module (course-relative), replaced ones included: what `hide:` may name. */
  basePages?: string[];
}

const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The modules a course.yaml lists, read leniently (the loader reports what is wrong with the list). */
function listedModules(courseYaml: string | undefined): string[] | undefined {
  const data = leniently(courseYaml);
  const modules = isObject(data) ? data.modules : undefined;
  return Array.isArray(modules) ? modules.filter((m): m is string => typeof m === 'string') : undefined;
}

/**
 * The variant and its base as one course; undefined (with the problem reported) when the base cannot be
 * used. A course without `extends:` is returned as it is.
 */
export function overlay(src: CourseSources, report: Report): CourseSources | undefined {
  if (!src.base) return src;
  const courseFile = join(src.dir, 'course.yaml');
  const at = extendsLine(src.courseYaml?.text ?? '');
  const base = src.base.sources;
  if (!base?.courseYaml) {
    report({ rule: 'variant/base-missing', params: { path: src.base.path, kind: 'not-found' }, file: courseFile, ...at });
    return undefined;
  }
  if (base.base) {
    report({ rule: 'variant/nested', params: { path: src.base.path, further: base.base.path }, file: courseFile, ...at });
    return undefined;
  }
  if (relative(base.dir, src.dir).split(sep)[0] !== '..' || relative(src.dir, base.dir).split(sep)[0] !== '..') {
    report({ rule: 'variant/base-missing', params: { path: src.base.path, kind: 'inside' }, file: courseFile, ...at });
    return undefined;
  }
  const origin: Record<string, string> = {};
  const own = new Set(src.files);
  for (const f of base.files) if (!own.has(f)) origin[f] = join(base.dir, f);
  const listed = listedModules(src.courseYaml?.text);
  const mine = new Map(src.moduleDirs.map((m) => [m.id, m]));
  const moduleDirs: OverlaidModuleDir[] = [];
  for (const b of base.moduleDirs) {
    const v = mine.get(b.id);
    mine.delete(b.id);
    if (listed && !listed.includes(b.id) && !v) continue;
    if (!v) {
      moduleDirs.push(b);
      continue;
    }
    const replaced = (list: ModuleDir['pages'], over: ModuleDir['pages']) => {
      const names = new Set(over.map((p) => name(p.path)));
      return [...list.filter((p) => !names.has(name(p.path))), ...over].sort((x, y) => (x.path < y.path ? -1 : 1));
    };
    moduleDirs.push({
      id: b.id,
      moduleYaml: v.moduleYaml ?? b.moduleYaml,
      ...(v.moduleYaml && b.moduleYaml ? { baseModuleYaml: { text: b.moduleYaml, dir: base.dir } } : {}),
      pages: replaced(b.pages, v.pages),
      quizzes: replaced(b.quizzes, v.quizzes),
      others: [...new Set([...b.others, ...v.others])].sort(),
      basePages: b.pages.map((p) => p.path),
    });
  }
  moduleDirs.push(...mine.values());
  moduleDirs.sort((x, y) => (x.id < y.id ? -1 : 1));
  return {
    ...src,
    files: [...new Set([...src.files, ...base.files])].sort(),
    links: [...new Set([...src.links, ...base.links])].sort(),
    moduleDirs,
    origin,
  };
}

/**
 * A YAML file of a variant over the same file of its base: the fields the variant's file gives (as written, not
 * the defaults its schema fills in) replace the base's; `own` fields are never taken from the base.
 */
export function overBase<T extends object>(base: T, mine: object, written: unknown, own: readonly string[] = []): T {
  const given = isObject(written) ? written : {};
  const kept = Object.entries(base).filter(([k]) => !own.includes(k));
  return Object.fromEntries([...kept, ...Object.entries(mine).filter(([k]) => k in given)]) as T;
}

/** Where `extends:` is written in a course.yaml (1-based). */
export function extendsLine(text: string): { line: number; column: number } {
  const i = text.split('\n').findIndex((l) => /^extends:/.test(l));
  return i < 0 ? { line: 1, column: 1 } : { line: i + 1, column: 10 };
}

/**
 * A report that names, for a problem found in a file the variant takes from its base, the base's file: line
 * and column already count in that file's own text.
 */
export function reportInBase(src: Pick<CourseSources, 'dir' | 'origin'>, report: Report): Report {
  const origin = src.origin;
  if (!origin) return report;
  const prefix = src.dir + sep;
  return (d) => {
    const rel = d.file.startsWith(prefix) ? d.file.slice(prefix.length).split(sep).join('/') : undefined;
    report(rel && origin[rel] ? { ...d, file: origin[rel] } : d);
  };
}
