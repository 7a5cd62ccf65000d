/** From raw sources to a validated, multi-language course spec (no I/O). */
import { join } from 'node:path';
import { z } from 'zod';
import type { Report } from '../diagnostics/diagnostic.ts';
import { Course, supportedLanguages, type Lang } from '../schema/course.ts';
import type { CourseSources } from '../sources/read-course.ts';
import { uiStringProblems } from '../contract/player-texts-check.ts';
import { lintPage } from './content-lint.ts';
import { checkCourseSize, checkEncodings, reportLinks } from './source-checks.ts';
import { checkAndRewrite } from './markdown.ts';
import { loadModule } from './load-module.ts';
import { checkQuizzes } from './quiz-checks.ts';
import type { CourseSpec, ModuleSpec } from './spec.ts';
import { yamlFile } from './yaml-file.ts';

export type { CourseSpec, ModuleSpec, PageSpec } from './spec.ts';

export function loadCourse(src: CourseSources, report: Report): CourseSpec | undefined {
  const dir = src.dir;
  const abs = (p: string) => join(dir, p);
  if (!src.courseYaml) {
    report({
      rule: 'course/missing-file',
      file: abs('course.yaml'),
      line: 0,
      column: 0,
      message: 'This course folder has no course.yaml.',
      hint: 'Create course.yaml with id, version, languages, title, description, masteryScore, completion and modules (see README).',
    });
    return undefined;
  }
  reportLinks(src, report);
  checkEncodings(src, report);
  const parsed = yamlFile(src.courseYaml, dir, Course.extend({ languages: z.array(z.string()).min(1) }), report);
  if (!parsed) return undefined;
  const { data: raw, located } = parsed;
  const courseFile = abs('course.yaml');
  let ok = true;

  const languages: Lang[] = [];
  raw.languages.forEach((l, i) => {
    if ((supportedLanguages as readonly string[]).includes(l)) languages.push(l as Lang);
    else {
      ok = false;
      report({
        rule: 'course/unknown-language',
        file: courseFile,
        ...located.locate(['languages', i]),
        message: `Unknown language code "${l}".`,
        hint: `Use a two-letter code the player supports: ${supportedLanguages.join(', ')}.`,
      });
    }
  });
  const course = { ...raw, languages } as Course;
  // The player's own texts must exist in every course language (the types check this too, where a compiler runs).
  for (const problem of uiStringProblems(languages)) {
    ok = false;
    report({
      rule: 'course/ui-strings',
      file: courseFile,
      ...located.locate(['languages']),
      message: `The player's texts are incomplete: ${problem}.`,
      hint: 'Add the missing texts to src/runtime/strings.ts, or remove the language from the course.',
    });
  }

  const needLangs = (text: Record<string, string> | undefined, path: string[], file: string, loc: typeof located) => {
    for (const l of languages) {
      if (!text?.[l]) {
        ok = false;
        report({
          rule: 'course/missing-translation',
          file,
          ...loc.locate(path),
          message: `"${path.join('.')}" has no ${l.toUpperCase()} text.`,
          hint: `Add "${l}: …" under ${path.join('.')}: the course declares languages ${languages.join(', ')}.`,
        });
      }
    }
  };
  needLangs(course.title, ['title'], courseFile, located);
  needLangs(course.description, ['description'], courseFile, located);
  course.prerequisites.forEach((p, i) => needLangs(p.title, ['prerequisites', String(i), 'title'], courseFile, located));

  const folders = new Map(src.moduleDirs.map((m) => [m.id, m]));
  const seen = new Set<string>();
  const modules: ModuleSpec[] = [];
  const assets: CourseSpec['assets'] = {};
  const files = new Set(src.files);

  course.modules.forEach((id, i) => {
    if (seen.has(id)) {
      ok = false;
      report({
        rule: 'course/duplicate-id',
        file: courseFile,
        ...located.locate(['modules', i]),
        message: `Module "${id}" is listed twice.`,
        hint: 'List each module once, in the order learners take them.',
      });
      return;
    }
    seen.add(id);
    const folder = folders.get(id);
    if (!folder) {
      ok = false;
      report({
        rule: 'course/module-missing',
        file: courseFile,
        ...located.locate(['modules', i]),
        message: `Module "${id}" is listed but there is no folder modules/${id}/.`,
        hint: `Create modules/${id}/ with a module.yaml and pages, or remove it from the list.`,
      });
    }
  });
  for (const m of src.moduleDirs) {
    if (!seen.has(m.id)) {
      ok = false;
      report({
        rule: 'course/module-not-listed',
        file: courseFile,
        ...located.locate(['modules'], true),
        message: `The folder modules/${m.id}/ is not listed in "modules".`,
        hint: `Add "${m.id}" to the modules list in course.yaml, or move the folder out of modules/.`,
      });
    }
  }

  for (const id of course.modules) {
    const folder = folders.get(id);
    if (!folder || modules.some((m) => m.id === id)) continue;
    const mod = loadModule(folder, languages, dir, report);
    if (mod) modules.push(mod);
    else ok = false;
  }

  // Links between pages can only be checked once every page is known.
  const pageIds = new Map<string, string>();
  for (const m of modules)
    for (const p of m.pages)
      for (const page of Object.values(p.byLang)) if (page) pageIds.set(page.file, `${m.id}/${p.key}`);
  for (const m of modules)
    for (const p of m.pages)
      for (const lang of languages) {
        const page = p.byLang[lang];
        if (!page) continue;
        const set = (assets[lang] ??= new Set());
        checkAndRewrite(page.mdast, {
          file: page.file,
          absFile: abs(page.file),
          lang,
          files,
          links: new Set(src.links),
          pageIdOf: (path) => pageIds.get(path) ?? (path.endsWith(`.${lang}.md`) ? undefined : pageIds.get(path.replace(/\.md$/, `.${lang}.md`))),
          useAsset: (a) => set.add(a),
          report,
        });
        lintPage(page.mdast, lang, abs(page.file), report);
      }

  if (!checkCourseSize(modules, courseFile, located.locate(['modules'], true), report)) ok = false;
  if (!checkQuizzes(modules, languages, dir, report)) ok = false;
  return ok ? { dir, course, languages, modules, assets } : undefined;
}
