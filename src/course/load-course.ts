/**
 * From raw sources to a validated, multi-language course spec (no I/O). Every mistake of a run is reported
 * at once: a field error in course.yaml or a broken module does not stop the checks of the other files.
 */
import { join, posix } from 'node:path';
import { z } from 'zod';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { Course, supportedLanguages, type Lang } from '../schema/course.ts';
import type { CourseSources } from '../sources/read-course.ts';
import { uiStringProblems } from '../contract/player-texts-check.ts';
import { lintPage } from './content-lint.ts';
import { checkCourseSize, checkEncodings, reportLinks } from './source-checks.ts';
import { checkAndRewrite } from './markdown.ts';
import { loadModule, type LoadedModule } from './load-module.ts';
import { closest } from './near-name.ts';
import { checkQuizzes } from './quiz-checks.ts';
import type { CourseSpec } from './spec.ts';
import { readCourseYaml } from './course-yaml.ts';
import { overlay, reportInBase } from './variant.ts';
import { checkLock } from './variant-lock.ts';
import type { Located } from './yaml.ts';
import { checkImageSizes } from './image-size.ts';
import { reuseCheck } from './reuse.ts';
import { checkTheme, themeFiles } from './theme-checks.ts';

export type { CourseSpec, ModuleSpec, PageSpec } from './spec.ts';

const isLang = (l: unknown): l is Lang => (supportedLanguages as readonly unknown[]).includes(l);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

/** Languages and module order from what could be read of course.yaml, else from the files themselves. */
function basics(src: CourseSources, raw: Record<string, unknown>) {
  const fromFiles = [...new Set(src.moduleDirs.flatMap((m) => m.pages.map((p) => /\.([a-z]{2,3})\.md$/.exec(p.path)?.[1])))].filter(isLang);
  const listed = strings(raw.modules);
  return { languages: strings(raw.languages) ?? fromFiles, modules: listed ?? src.moduleDirs.map((m) => m.id), listed: !!listed };
}

export function loadCourse(sources: CourseSources, authorReport: Report): CourseSpec | undefined {
  // A variant is checked as one course: its files over its base's, each problem reported on the file that has it.
  const src = overlay(sources, authorReport);
  if (!src) return undefined;
  const report = reportInBase(src, authorReport);
  checkLock(sources, authorReport);
  const dir = src.dir;
  const abs = (p: string) => join(dir, p);
  const courseFile = abs('course.yaml');
  let ok = true;
  if (!src.courseYaml) {
    ok = false;
    const near = src.files.find((f) => !f.includes('/') && (/^course\.ya?ml$/i.test(f) || closest(f, ['course.yaml']) === 'course.yaml'));
    report({ rule: 'course/missing-file', params: near ? { near } : {}, file: courseFile, line: 0, column: 0 });
  }
  reportLinks(src, report);
  checkEncodings(src, report);
  const parsed = readCourseYaml(src, report);
  if (!parsed?.data) ok = false;
  const raw = (parsed && typeof parsed.located.data === 'object' && parsed.located.data) || {};
  const located: Located = parsed ? parsed.located : { data: {}, locate: () => ({ line: 1, column: 1 }) };
  const declared = basics(src, raw as Record<string, unknown>);

  const languages: Lang[] = [];
  declared.languages.forEach((l, i) => {
    if (isLang(l)) languages.push(l);
    else {
      ok = false;
      report({ rule: 'course/unknown-language', params: { code: l, supported: [...supportedLanguages] }, file: courseFile, ...located.locate(['languages', i]) });
    }
  });
  // The player's own texts must exist in every course language (the types check this too, where a compiler runs).
  for (const problem of uiStringProblems(languages)) {
    ok = false;
    report({ rule: 'course/ui-strings', params: { problem }, file: courseFile, ...located.locate(['languages']) });
  }

  const course = parsed?.data ? ({ ...parsed.data, languages } as Course) : undefined;
  const needLangs = (text: Record<string, string> | undefined, path: string[]) => {
    for (const l of languages) {
      if (text?.[l]) continue;
      ok = false;
      report({ rule: 'course/missing-translation', params: { kind: 'field', field: path.join('.'), lang: l, languages }, file: courseFile, ...located.locate(path) });
    }
  };
  if (course) {
    needLangs(course.title, ['title']);
    needLangs(course.description, ['description']);
    course.prerequisites.forEach((p, i) => needLangs(p.title, ['prerequisites', String(i), 'title']));
    if (course.theme?.logo) needLangs(course.theme.logo.alt, ['theme', 'logo', 'alt']);
  }

  const folders = new Map(src.moduleDirs.map((m) => [m.id, m]));
  const seen = new Set<string>();
  if (declared.listed) {
    declared.modules.forEach((id, i) => {
      const at = { file: courseFile, ...located.locate(['modules', i]) };
      if (seen.has(id)) {
        ok = false;
        report({ rule: 'course/duplicate-id', params: { kind: 'module', id }, ...at });
        return;
      }
      seen.add(id);
      if (!folders.has(id)) {
        ok = false;
        report({ rule: 'course/module-missing', params: { id }, ...at });
      }
    });
    for (const m of src.moduleDirs) {
      if (seen.has(m.id)) continue;
      ok = false;
      report({ rule: 'course/module-not-listed', params: { id: m.id }, file: courseFile, ...located.locate(['modules'], true) });
    }
  }

  const loaded: LoadedModule[] = [];
  for (const id of new Set(declared.modules)) {
    const folder = folders.get(id);
    if (!folder) continue;
    const mod = loadModule(folder, languages, dir, report);
    loaded.push(mod);
    if (!mod.ok) ok = false;
  }
  const modules = loaded.map((m) => m.spec);

  // Links between pages can only be checked once every page is known: every page file of every module
  // folder counts, even one that could not be read, so that one broken file does not break the links to it.
  const pageIds = new Map<string, string>();
  for (const folder of src.moduleDirs) {
    const mod = loaded.find((m) => m.spec.id === folder.id);
    for (const [file, id] of mod?.pageFiles ?? folder.pages.map((p) => [p.path, `${folder.id}/${posix.basename(p.path)}`] as const)) pageIds.set(file, id);
  }
  const assets: CourseSpec['assets'] = {};
  const files = new Set(src.files);
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
          pages: [...pageIds.keys()].filter((f) => f.endsWith(`.${lang}.md`)),
          useAsset: (a) => set.add(a),
          report,
        });
        // Both read the page's text only (not the links rewritten above).
        reuseCheck('page-lint', () => `${lang}\0${abs(page.file)}\0${page.body}`, report, (r) => {
          lintPage(page.mdast, lang, abs(page.file), r);
          checkImageSizes(page.mdast, abs(page.file), r);
        });
      }

  // The theme's logo and fonts are packed like the pages' media (and checked as media are).
  if (!checkTheme(course?.theme, files, courseFile, (at) => located.locate(at), report)) ok = false;
  for (const lang of languages) for (const f of themeFiles(course?.theme)) if (files.has(f)) (assets[lang] ??= new Set()).add(f);
  if (!checkCourseSize(modules, courseFile, located.locate(['modules'], true), report)) ok = false;
  if (!checkQuizzes(loaded, languages, dir, report)) ok = false;
  return ok && course ? { dir, course, languages, modules, assets, files: src.files, ...(src.origin ? { origin: src.origin } : {}) } : undefined;
}
