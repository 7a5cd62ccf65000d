/**
 * One module folder: module.yaml, its pages in every language and its quizzes. A mistake in one file
 * never hides the others: every page and quiz is checked, and every page file stays known to the links.
 */
import { join, posix } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { Module, PageFrontMatter, type Lang } from '../schema/course.ts';
import { Quiz } from '../schema/quiz.ts';
import type { CourseSources } from '../sources/read-course.ts';
import { splitFrontMatter } from './front-matter.ts';
import { closest } from './near-name.ts';
import { pageName, suggestPageName } from './page-name.ts';
import type { ModuleSpec } from './spec.ts';
import { yamlFile } from './yaml-file.ts';
import { hidePages, moduleOverBase } from './variant-module.ts';
import type { OverlaidModuleDir } from './variant.ts';
import { parseMarkdown } from './markdown.ts';
import { fieldsAt, validate } from './validate.ts';
import { parseYaml } from './yaml.ts';

export interface LoadedModule {
  /** Complete only when `ok`; otherwise what could be read, for the checks that follow. */
  spec: ModuleSpec;
  ok: boolean;
  /** Every page file of the module (course-relative), readable or not, and the page id links to it lead to. */
  pageFiles: Map<string, string>;
  /** Languages that have a quiz file, readable or not. */
  quizLangs: Set<Lang>;
}

/** A file in the module folder that was most likely meant as module.yaml (module.yml, Module.yaml…). */
const nearModuleYaml = (others: string[]) =>
  others.map((o) => posix.basename(o)).find((n) => /^module\.ya?ml$/i.test(n) || closest(n, ['module.yaml']) === 'module.yaml');

export function loadModule(folder: CourseSources['moduleDirs'][number], languages: Lang[], dir: string, report: Report): LoadedModule {
  const moduleFile = join(dir, `modules/${folder.id}/module.yaml`);
  const near = folder.moduleYaml ? undefined : nearModuleYaml(folder.others);
  let ok = true;
  let meta: Module = { title: {} };
  if (!folder.moduleYaml) {
    ok = false;
    report({ rule: 'module/missing-file', params: { module: folder.id, ...(near ? { near } : {}) }, file: moduleFile, line: 0, column: 0 });
  } else {
    const parsed = 'baseModuleYaml' in folder ? moduleOverBase(folder as OverlaidModuleDir, dir, report) : yamlFile(folder.moduleYaml, dir, Module, report);
    const hide = parsed && 'hide' in parsed ? (parsed.hide as string[] | undefined) : undefined;
    if (hide) folder = { ...folder, pages: hidePages(folder as OverlaidModuleDir, hide, parsed!.located, moduleFile, report) };
    if (parsed?.data) {
      meta = parsed.data;
      for (const l of languages) {
        if (meta.title[l]) continue;
        ok = false;
        report({ rule: 'course/missing-translation', params: { kind: 'module-title', lang: l }, file: moduleFile, ...parsed.located.locate(['title']) });
      }
    } else ok = false;
  }

  const pageFiles = new Map<string, string>();
  const pages = new Map<string, ModuleSpec['pages'][number]>();
  /** Languages each page key has a file in, readable or not. */
  const present = new Map<string, Set<string>>();
  const named = folder.pages.map((p) => ({ page: p, name: p.path.split('/').pop()!, m: pageName.exec(p.path.split('/').pop()!) }));
  const wellNamed = named.flatMap((n) => (n.m ? [n.name] : []));
  for (const { page, name, m } of named) {
    const file = join(dir, page.path);
    if (!m) {
      ok = false;
      const suggestion = suggestPageName(name, wellNamed, languages);
      report({ rule: 'page/file-name', params: { name, ...(suggestion ? { suggestion } : {}) }, file, line: 0, column: 0 });
      pageFiles.set(page.path, `${folder.id}/${name}`);
      // The page it is meant to be is there: links to that name, and its translations, do not fail because of its name.
      const meant = suggestion && pageName.exec(suggestion);
      if (meant) {
        pageFiles.set(`modules/${folder.id}/${suggestion}`, `${folder.id}/${meant[1]}`);
        present.set(meant[1]!, (present.get(meant[1]!) ?? new Set()).add(meant[2]!));
      }
      continue;
    }
    const [, key, lang] = m;
    pageFiles.set(page.path, `${folder.id}/${key}`);
    if (!languages.includes(lang as Lang)) {
      ok = false;
      report({ rule: 'page/unknown-language', params: { name, lang: lang!, languages }, file, line: 0, column: 0 });
      continue;
    }
    present.set(key!, (present.get(key!) ?? new Set()).add(lang!));
    const split = splitFrontMatter(page.text);
    let fm: PageFrontMatter | undefined;
    if (split.yaml === undefined) {
      report({ rule: 'page/front-matter', params: {}, file, line: 1, column: 1 });
    } else {
      const located = parseYaml(file, split.yaml, report, 1);
      if (located) fm = validate(PageFrontMatter, file, located, report, (p) => fieldsAt(PageFrontMatter, located.data, p));
    }
    const mdast = parseMarkdown(split.body, file, report);
    if (!fm || !mdast) {
      ok = false;
      continue;
    }
    if (!pages.has(key!)) pages.set(key!, { key: key!, byLang: {} });
    pages.get(key!)!.byLang[lang as Lang] = { file: page.path, title: fm.title, optional: fm.optional, body: split.body, mdast };
  }
  const ordered = [...pages.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const [key, langs] of [...present].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const first = named.find((n) => n.m?.[1] === key && langs.has(n.m[2]!));
    if (!first) continue;
    for (const l of languages) {
      if (langs.has(l)) continue;
      ok = false;
      report({ rule: 'page/missing-translation', params: { lang: l, expected: `modules/${folder.id}/${key}.${l}.md` }, file: join(dir, first.page.path), line: 1, column: 1 });
    }
  }
  if (folder.pages.length === 0 && folder.quizzes.length === 0) {
    ok = false;
    report({ rule: 'module/empty', params: { module: folder.id }, file: moduleFile, line: 0, column: 0 });
  }
  for (const other of folder.others) {
    if (/\.(md|ya?ml)$/.test(other) && !other.includes('/media/') && posix.basename(other) !== near) {
      report({ severity: 'warning', rule: 'module/unused-file', params: { name: posix.basename(other) }, file: join(dir, other), line: 0, column: 0 });
    }
  }
  const spec: ModuleSpec = { id: folder.id, meta, pages: ordered, quiz: {} };
  const quizLangs = new Set<Lang>();
  for (const q of folder.quizzes) {
    const lang = /^.*\/quiz\.([^.]+)\.ya?ml$/.exec(q.path)![1]!;
    const file = join(dir, q.path);
    if (!languages.includes(lang as Lang)) {
      ok = false;
      report({ rule: 'quiz/unknown-language', params: { lang, languages }, file, line: 0, column: 0 });
      continue;
    }
    quizLangs.add(lang as Lang);
    const parsedQuiz = yamlFile(q, dir, Quiz, report);
    if (!parsedQuiz?.data) {
      ok = false;
      continue;
    }
    spec.quiz[lang as Lang] = { file: q.path, quiz: parsedQuiz.data, located: parsedQuiz.located };
  }
  return { spec, ok, pageFiles, quizLangs };
}
