/**
 * Every text of a course in one language, file by file, with what is already translated into another:
 * course.yaml and module.yaml texts, pages and quizzes. Source files that cannot be read are reported as
 * the build reports them. Pure: works on the sources `readCourseSources` gives.
 */
import { join, posix } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { splitFrontMatter } from '../course/front-matter.ts';
import { parseMarkdown } from '../course/markdown.ts';
import { pageName } from '../course/page-name.ts';
import { parseYaml } from '../course/yaml.ts';
import type { CourseSources, SourceText } from '../sources/read-course.ts';
import { pageUnits, type PageUnits, type Unit } from './page-units.ts';
import { matchCodes, plain, type Segment } from './segments.ts';
import type { YamlPath } from './yaml-edit.ts';
import { langTexts, quizTexts } from './yaml-units.ts';

export interface TranslatedFile {
  /** `texts`: the `from` texts of course.yaml or a module.yaml, translated into the same file. */
  kind: 'texts' | 'page' | 'quiz';
  /** Course-relative paths. */
  source: string;
  target: string;
  /** Its key in the translation records: the target file, or `course.yaml#nl` for texts. */
  record: string;
  sourceText: string;
  targetText?: string;
  units: Unit[];
  /** Translations already in the target file, by unit id (codes numbered as the source's). */
  existing: Map<string, Segment[]>;
  /** Lines of the existing translations in the target file, by unit id. */
  existingLines: Map<string, number>;
  /** Pages: the source page's units and tree, to write the translation back. */
  page?: PageUnits;
  /** YAML: where each unit's text is (texts: the field without its language). */
  paths?: Map<string, YamlPath>;
}

const silent: Report = () => {};

function readPage(src: SourceText, dir: string, report: Report): PageUnits | undefined {
  const file = join(dir, src.path);
  const split = splitFrontMatter(src.text);
  const fm = split.yaml === undefined ? undefined : parseYaml(file, split.yaml, report, 1);
  const tree = parseMarkdown(split.body, file, report);
  if (!tree || (split.yaml !== undefined && !fm)) return undefined;
  const title = (fm?.data as { title?: unknown } | undefined)?.title;
  return pageUnits(src.text, tree, src.path, typeof title === 'string' ? title : undefined);
}

/** The translations of a target page that line up with the source page, block by block. */
function pageTranslations(source: PageUnits, target: PageUnits): Map<string, Segment[]> {
  const out = new Map<string, Segment[]>();
  const title = (p: PageUnits) => p.units.find((u) => u.kind === 'title');
  if (title(source) && title(target)) out.set(title(source)!.id, title(target)!.segments);
  const blocks = (p: PageUnits) => p.units.filter((u) => u.kind === 'block');
  const [sb, tb] = [blocks(source), blocks(target)];
  if (sb.length !== tb.length || sb.some((u, i) => u.id !== tb[i]!.id || u.context !== tb[i]!.context)) return out;
  const attrs = (p: PageUnits, block: string) => p.units.filter((u) => u.kind === 'attribute' && u.id.startsWith(`${block}/`));
  const kindOf = (id: string) => id.slice(id.lastIndexOf('#')).replace(/\d+(?=\/)/g, '').replace(/^#[\d.]*/, '');
  sb.forEach((s, i) => {
    const matched = matchCodes(s.segments, tb[i]!.segments);
    if (matched) out.set(s.id, matched);
    const [sa, ta] = [attrs(source, s.id), attrs(target, s.id)];
    if (sa.length === ta.length && sa.every((a, k) => kindOf(a.id) === kindOf(ta[k]!.id))) sa.forEach((a, k) => out.set(a.id, ta[k]!.segments));
  });
  return out;
}

export function courseUnits(src: CourseSources, from: string, to: string, report: Report): { files: TranslatedFile[]; ok: boolean } {
  const dir = src.dir;
  const files: TranslatedFile[] = [];
  let ok = true;
  const texts = (source: SourceText, kind: 'course' | 'module') => {
    if (!parseYaml(join(dir, source.path), source.text, report)) return void (ok = false);
    const t = langTexts(source.text, source.path, kind, from, to);
    files.push({
      kind: 'texts', source: source.path, target: source.path, record: `${source.path}#${to}`, sourceText: source.text, targetText: source.text, units: t.units,
      existing: new Map([...t.existing].map(([id, e]) => [id, plain(e.text)])), existingLines: new Map([...t.existing].map(([id, e]) => [id, e.line])),
      paths: new Map(t.units.map((u) => [u.id, u.path])),
    });
  };
  if (src.courseYaml) texts(src.courseYaml, 'course');
  const listed = (parseYaml('', src.courseYaml?.text ?? '', silent)?.data as { modules?: unknown } | undefined)?.modules;
  const order = Array.isArray(listed) ? listed.map(String) : [];
  const modules = [...src.moduleDirs].sort((a, b) => ((order.indexOf(a.id) + 1 || 1e9) - (order.indexOf(b.id) + 1 || 1e9)) || (a.id < b.id ? -1 : 1));
  for (const m of modules) {
    if (m.moduleYaml) texts(m.moduleYaml, 'module');
    for (const page of m.pages) {
      const name = posix.basename(page.path);
      const parts = pageName.exec(name);
      if (parts?.[2] !== from) continue;
      const source = readPage(page, dir, report);
      if (!source) {
        ok = false;
        continue;
      }
      const target = `modules/${m.id}/${parts[1]}.${to}.md`;
      const existingPage = m.pages.find((p) => p.path === target);
      const translated = existingPage && readPage(existingPage, dir, silent);
      const existing = translated ? pageTranslations(source, translated) : new Map<string, Segment[]>();
      const lines = new Map(translated ? translated.units.map((u) => [u.id, u.line] as const) : []);
      files.push({ kind: 'page', source: page.path, target, record: target, sourceText: page.text, targetText: existingPage?.text, units: source.units, existing, existingLines: lines, page: source });
    }
    for (const quiz of m.quizzes) {
      const q = /quiz\.([a-z]{2,3})\.(ya?ml)$/.exec(quiz.path);
      if (q?.[1] !== from) continue;
      if (!parseYaml(join(dir, quiz.path), quiz.text, report)) {
        ok = false;
        continue;
      }
      const target = `modules/${m.id}/quiz.${to}.${q[2]}`;
      const units = quizTexts(quiz.text, quiz.path);
      const existingQuiz = m.quizzes.find((x) => x.path === target);
      const theirs = existingQuiz && parseYaml('', existingQuiz.text, silent) ? quizTexts(existingQuiz.text, target) : [];
      const byId = new Map(theirs.map((u) => [u.id, u]));
      const existing = new Map(units.flatMap((u) => (byId.has(u.id) ? [[u.id, byId.get(u.id)!.segments] as const] : [])));
      files.push({
        kind: 'quiz', source: quiz.path, target, record: target, sourceText: quiz.text, targetText: existingQuiz?.text, units, existing,
        existingLines: new Map(theirs.map((u) => [u.id, u.line])), paths: new Map(units.map((u) => [u.id, u.path])),
      });
    }
  }
  return { files, ok };
}
