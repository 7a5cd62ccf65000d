/** From raw sources to a validated, multi-language course spec (no I/O). */
import { join } from 'node:path';
import type { Root } from 'mdast';
import { z } from 'zod';
import type { Report } from '../diagnostics/diagnostic.ts';
import { Course, Module, PageFrontMatter, supportedLanguages, type Lang } from '../schema/course.ts';
import { Quiz } from '../schema/quiz.ts';
import type { CourseSources, SourceText } from '../sources/read-course.ts';
import { splitFrontMatter } from './front-matter.ts';
import { lintPage } from './content-lint.ts';
import { checkAndRewrite, parseMarkdown } from './markdown.ts';
import { checkQuizzes } from './quiz-checks.ts';
import { fieldsAt, validate } from './validate.ts';
import { parseYaml, type Located } from './yaml.ts';

export interface PageSpec {
  file: string;
  title: string;
  optional: boolean;
  mdast: Root;
}
export interface ModuleSpec {
  id: string;
  meta: Module;
  /** Page keys (file name without language), in order. */
  pages: { key: string; byLang: Partial<Record<Lang, PageSpec>> }[];
  quiz: Partial<Record<Lang, { file: string; quiz: Quiz; located: Located }>>;
}
export interface CourseSpec {
  dir: string;
  course: Course;
  languages: Lang[];
  modules: ModuleSpec[];
  /** Course-relative files used by pages, per language. */
  assets: Partial<Record<Lang, Set<string>>>;
}

const pageName = /^(\d{2,3}-[a-z0-9][a-z0-9-]*)\.([a-z]{2,3})\.md$/;

function yamlFile<S extends z.ZodType>(src: SourceText, dir: string, schema: S, report: Report) {
  const file = join(dir, src.path);
  const located = parseYaml(file, src.text, report);
  if (!located) return undefined;
  const data = validate(schema, file, located, report, (p) => fieldsAt(schema, located.data, p));
  return data ? { data, located } : undefined;
}

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
          pageIdOf: (path) => pageIds.get(path) ?? (path.endsWith(`.${lang}.md`) ? undefined : pageIds.get(path.replace(/\.md$/, `.${lang}.md`))),
          useAsset: (a) => set.add(a),
          report,
        });
        lintPage(page.mdast, lang, abs(page.file), report);
      }

  if (!checkQuizzes(modules, languages, dir, report)) ok = false;
  return ok ? { dir, course, languages, modules, assets } : undefined;
}

function loadModule(folder: CourseSources['moduleDirs'][number], languages: Lang[], dir: string, report: Report): ModuleSpec | undefined {
  const moduleFile = join(dir, `modules/${folder.id}/module.yaml`);
  if (!folder.moduleYaml) {
    report({
      rule: 'module/missing-file',
      file: moduleFile,
      line: 0,
      column: 0,
      message: `Module "${folder.id}" has no module.yaml.`,
      hint: 'Create module.yaml with a title per language, e.g. title: { fr: …, nl: … }.',
    });
    return undefined;
  }
  const parsed = yamlFile(folder.moduleYaml, dir, Module, report);
  if (!parsed) return undefined;
  let ok = true;
  for (const l of languages) {
    if (!parsed.data.title[l]) {
      ok = false;
      report({
        rule: 'course/missing-translation',
        file: moduleFile,
        ...parsed.located.locate(['title']),
        message: `The module title has no ${l.toUpperCase()} text.`,
        hint: `Add "${l}: …" under title.`,
      });
    }
  }

  const pages = new Map<string, ModuleSpec['pages'][number]>();
  for (const page of folder.pages) {
    const name = page.path.split('/').pop()!;
    const m = pageName.exec(name);
    const file = join(dir, page.path);
    if (!m) {
      ok = false;
      report({
        rule: 'page/file-name',
        file,
        line: 0,
        column: 0,
        message: `"${name}" is not a page file name.`,
        hint: 'Name pages NN-name.<lang>.md, e.g. 01-introduction.fr.md (two digits, lower-case words with dashes, the language code).',
      });
      continue;
    }
    const [, key, lang] = m;
    if (!languages.includes(lang as Lang)) {
      ok = false;
      report({
        rule: 'page/unknown-language',
        file,
        line: 0,
        column: 0,
        message: `"${name}" is in language "${lang}", which the course does not declare.`,
        hint: `The course languages are ${languages.join(', ')}: rename the file or add the language to course.yaml.`,
      });
      continue;
    }
    const split = splitFrontMatter(page.text);
    let fm: PageFrontMatter | undefined;
    if (split.yaml === undefined) {
      report({
        rule: 'page/front-matter',
        file,
        line: 1,
        column: 1,
        message: 'The page has no front matter with its title.',
        hint: 'Start the file with three lines: ---, title: The page title, ---.',
      });
    } else {
      const located = parseYaml(file, split.yaml, report, 1);
      if (located) fm = validate(PageFrontMatter, file, located, report, (p) => fieldsAt(PageFrontMatter, located.data, p));
    }
    if (!fm) {
      ok = false;
      continue;
    }
    if (!pages.has(key)) pages.set(key, { key, byLang: {} });
    pages.get(key)!.byLang[lang as Lang] = { file: page.path, title: fm.title, optional: fm.optional, mdast: parseMarkdown(split.body) };
  }
  const ordered = [...pages.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const p of ordered) {
    const present = languages.filter((l) => p.byLang[l]);
    for (const l of languages) {
      if (p.byLang[l]) continue;
      ok = false;
      const other = p.byLang[present[0]]!;
      report({
        rule: 'page/missing-translation',
        file: join(dir, other.file),
        line: 1,
        column: 1,
        message: `This page has no ${l.toUpperCase()} version.`,
        hint: `Create modules/${folder.id}/${p.key}.${l}.md: every page exists in every course language.`,
      });
    }
  }
  if (ordered.length === 0 && folder.quizzes.length === 0) {
    ok = false;
    report({
      rule: 'module/empty',
      file: moduleFile,
      line: 0,
      column: 0,
      message: `Module "${folder.id}" has no pages.`,
      hint: 'Add at least one page file such as 01-introduction.fr.md next to module.yaml.',
    });
  }
  for (const other of folder.others) {
    if (/\.(md|ya?ml)$/.test(other) && !other.includes('/media/')) {
      report({
        severity: 'warning',
        rule: 'module/unused-file',
        file: join(dir, other),
        line: 0,
        column: 0,
        message: 'This file is not used: it is neither a page, a quiz nor module.yaml.',
        hint: 'Pages are named NN-name.<lang>.md and quizzes quiz.<lang>.yaml, directly in the module folder.',
      });
    }
  }
  const spec: ModuleSpec = { id: folder.id, meta: parsed.data, pages: ordered, quiz: {} };
  for (const q of folder.quizzes) {
    const lang = /^.*\/quiz\.([^.]+)\.ya?ml$/.exec(q.path)![1];
    const file = join(dir, q.path);
    if (!languages.includes(lang as Lang)) {
      ok = false;
      report({
        rule: 'quiz/unknown-language',
        file,
        line: 0,
        column: 0,
        message: `This quiz is in language "${lang}", which the course does not declare.`,
        hint: `Name it quiz.<lang>.yaml with one of: ${languages.join(', ')}.`,
      });
      continue;
    }
    const parsedQuiz = yamlFile(q, dir, Quiz, report);
    if (!parsedQuiz) {
      ok = false;
      continue;
    }
    spec.quiz[lang as Lang] = { file: q.path, quiz: parsedQuiz.data, located: parsedQuiz.located };
  }
  return ok ? spec : undefined;
}
