/**
 * From a translated XLIFF file to the target files, or to the reasons it cannot be taken: a unit whose
 * source changed since the export, units missing or unknown, a unit not translated, inline codes missing,
 * doubled, unknown or moved out of the markup they sat in, a page that would not read as the same
 * structure as its source. Any of these and nothing is written. Pure: no I/O.
 */
import type { AuthorReport as Report, Problem } from '../diagnostics/author-report.ts';
import { parseMarkdown } from '../course/markdown.ts';
import { splitFrontMatter } from '../course/front-matter.ts';
import type { TranslatedFile } from './course-units.ts';
import { rebuildPage, shapeDiff } from './page-rebuild.ts';
import type { Unit } from './page-units.ts';
import { codeWhat, codesOf, signature, textOf, type Segment } from './segments.ts';
import type { Xliff, XliffUnit } from './xliff-read.ts';
import { exported } from './xliff-write.ts';
import { setYamlTexts, type TextEdit } from './yaml-edit.ts';

export interface ImportPlan {
  ok: boolean;
  /** Files to write (course-relative) with their new text; unchanged files are left out. */
  writes: { path: string; text: string }[];
  /** Translated files whose record is to be refreshed (none of their units is still marked for translation or review). */
  recorded: TranslatedFile[];
}

const pending = new Set(['new', 'needs-translation', 'needs-review-translation', 'needs-adaptation', 'needs-l10n', 'needs-review-adaptation', 'needs-review-l10n']);

/** Problems of one unit's inline codes, against the source's. */
function checkCodes(source: readonly Segment[], u: XliffUnit, report: Report, at: { file: string; line: number; column: number }): boolean {
  let ok = true;
  for (const element of u.foreign) {
    ok = false;
    report({ rule: 'translation/inline-codes', params: { kind: 'foreign', unit: u.id, element }, ...at });
  }
  const src = codesOf(source);
  const tr = codesOf(u.target ?? []);
  const byId = new Map(src.map((c) => [c.code.id, c]));
  const seen = new Map<number, number>();
  for (const c of tr) {
    const original = byId.get(c.code.id);
    seen.set(c.code.id, (seen.get(c.code.id) ?? 0) + 1);
    const problem = !original || original.code.kind !== c.code.kind || original.code.ctype !== c.code.ctype ? 'unknown' : seen.get(c.code.id) === 2 ? 'duplicate' : original.parent !== c.parent ? 'moved' : undefined;
    if (!problem || (problem === 'duplicate' && seen.get(c.code.id)! > 2)) continue;
    ok = false;
    report({ rule: 'translation/inline-codes', params: { kind: problem, unit: u.id, code: String(c.code.id), what: codeWhat(c.code.ctype) }, ...at });
  }
  for (const c of src) {
    if (seen.has(c.code.id)) continue;
    ok = false;
    report({ rule: 'translation/inline-codes', params: { kind: 'missing', unit: u.id, code: String(c.code.id), what: codeWhat(c.code.ctype) }, ...at });
  }
  return ok;
}

export interface ImportContext {
  from: string;
  to: string;
  /** The XLIFF file (absolute), for messages. */
  xliffFile: string;
  /** Every file of the course (course-relative). */
  files: ReadonlySet<string>;
  /** Languages course.yaml declares (the target language is added when it is not there). */
  languages: readonly string[];
}

export function planImport(current: readonly TranslatedFile[], xliff: Xliff, ctx: ImportContext, report: Report): ImportPlan {
  const units = new Map<string, { unit: Unit; file: TranslatedFile }>();
  for (const file of current) for (const unit of file.units) if (exported(unit)) units.set(unit.id, { unit, file });
  const given = new Map<string, XliffUnit>();
  let ok = true;
  const fail = (u: Pick<XliffUnit, 'line' | 'column'> | undefined, p: Problem) => {
    ok = false;
    report({ ...p, file: ctx.xliffFile, line: u?.line ?? 1, column: u?.column ?? 1 });
  };
  for (const u of xliff.units) {
    const known = units.get(u.id);
    if (given.has(u.id)) fail(u, { rule: 'translation/unit-mismatch', params: { kind: 'duplicate', unit: u.id } });
    else if (!known) fail(u, { rule: 'translation/unit-mismatch', params: { kind: 'unknown', unit: u.id } });
    else if (signature(u.source) !== signature(known.unit.segments)) fail(u, { rule: 'translation/source-changed', params: { unit: u.id, source: known.file.source, line: known.unit.line } });
    else if (!u.target || !textOf(u.target)) fail(u, { rule: 'translation/untranslated', params: { unit: u.id } });
    else if (!checkCodes(known.unit.segments, u, report, { file: ctx.xliffFile, line: u.targetLine, column: u.targetColumn })) ok = false;
    given.set(u.id, u);
  }
  // A unit missing is reported on the <file> of its source file, when there is one.
  for (const [id, { file }] of units) if (!given.has(id)) fail(xliff.files.find((f) => f.original === file.source), { rule: 'translation/unit-mismatch', params: { kind: 'missing', unit: id } });
  if (!ok) return { ok, writes: [], recorded: [] };

  const translation = (u: Unit): Segment[] => given.get(u.id)?.target ?? u.segments;
  const plainText = (u: Unit) => translation(u).map((s) => (s.kind === 'text' ? s.text : '')).join('').trim();
  const writes = new Map<string, string>();
  const textEdits = new Map<string, TextEdit[]>();
  for (const file of current) {
    if (file.kind === 'page' && file.page) {
      const text = rebuildPage(file.page, (id) => translation(file.units.find((u) => u.id === id)!), { from: ctx.from, to: ctx.to, file: file.source, files: ctx.files });
      const tree = parseMarkdown(splitFrontMatter(text).body, file.target, () => {});
      const diff = tree ? shapeDiff(file.page.tree, tree) : '0';
      if (diff !== undefined) {
        const prefix = `${file.page.key}#${diff}`;
        const unit = file.units.find((u) => exported(u) && (u.id === prefix || u.id.startsWith(`${prefix}.`) || u.id.startsWith(`${prefix}/`)));
        fail(unit && given.get(unit.id), { rule: 'translation/target-structure', params: { unit: unit?.id ?? prefix, target: file.target } });
      } else writes.set(file.target, text);
    } else if (file.kind === 'quiz') {
      const edits = file.units.map((u) => {
        const path = file.paths!.get(u.id)!;
        const value = plainText(u);
        return { path, value: path[path.length - 1] === 'answers' ? value.split('|').map((a) => a.trim()).filter(Boolean) : value };
      });
      writes.set(file.target, setYamlTexts(file.sourceText, edits));
    } else {
      const edits = textEdits.get(file.target) ?? [];
      for (const u of file.units) edits.push({ path: [...file.paths!.get(u.id)!, ctx.to], value: plainText(u) });
      textEdits.set(file.target, edits);
    }
  }
  for (const [path, edits] of textEdits) {
    const file = current.find((f) => f.kind === 'texts' && f.target === path)!;
    const add = path === 'course.yaml' && !ctx.languages.includes(ctx.to) ? [{ path: ['languages'], value: ctx.to }] : [];
    writes.set(path, setYamlTexts(file.targetText!, edits, add));
  }
  if (!ok) return { ok, writes: [], recorded: [] };
  const changed = [...writes].filter(([path, text]) => current.find((f) => f.target === path)?.targetText !== text);
  const recorded = current.filter((f) => f.units.every((u) => !exported(u) || !pending.has(given.get(u.id)?.state ?? '')));
  return { ok, writes: changed.map(([path, text]) => ({ path, text })), recorded };
}
