/** One module folder: module.yaml, its pages in every language and its quizzes. */
import { join } from 'node:path';
import type { Report } from '../diagnostics/diagnostic.ts';
import { Module, PageFrontMatter, type Lang } from '../schema/course.ts';
import { Quiz } from '../schema/quiz.ts';
import type { CourseSources } from '../sources/read-course.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { ModuleSpec } from './spec.ts';
import { yamlFile } from './yaml-file.ts';
import { parseMarkdown } from './markdown.ts';
import { fieldsAt, validate } from './validate.ts';
import { parseYaml } from './yaml.ts';

const pageName = /^(\d{2,3}-[a-z0-9][a-z0-9-]*)\.([a-z]{2,3})\.md$/;

export function loadModule(folder: CourseSources['moduleDirs'][number], languages: Lang[], dir: string, report: Report): ModuleSpec | undefined {
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
    const mdast = parseMarkdown(split.body, file, report);
    if (!fm || !mdast) {
      ok = false;
      continue;
    }
    if (!pages.has(key)) pages.set(key, { key, byLang: {} });
    pages.get(key)!.byLang[lang as Lang] = { file: page.path, title: fm.title, optional: fm.optional, mdast };
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
