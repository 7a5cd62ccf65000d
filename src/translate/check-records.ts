/**
 * What `check` and `build` say about translations: a translated file whose source changed since it was
 * translated (`translation/stale`, on the translated file, naming the source paragraphs that changed), and a
 * record whose source or translated file is gone (`translation/record`). Files without a record get nothing.
 */
import { join, relative } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { markdownBlocks, yamlBlocks, type BlockChange } from '../course/block-diff.ts';
import { textFiles, type CourseSources, type SourceText } from '../sources/read-course.ts';
import { changesSince, fileAndLang, parseRecords, recordKind, recordsFile, type RecordKind, type TranslationRecord } from './records.ts';
import { langTexts } from './yaml-units.ts';
import { reuse } from '../course/reuse.ts';

const byPath = new WeakMap<CourseSources, Map<string, SourceText>>();
/** A course file's text, from the sources already read. */
export function sourceText(src: CourseSources, path: string): SourceText | undefined {
  let files = byPath.get(src);
  if (!files) byPath.set(src, (files = new Map(textFiles(src).map((t) => [t.path, t]))));
  return files.get(path);
}

export interface Staleness {
  changes: BlockChange[];
  /** Lines in today's source of the blocks changed or added, and of where blocks were removed. */
  changed: number[];
  removed: number[];
  /** Where the first change shows in the translated file. */
  targetLine: number;
}

/** How a translated file stands against its record: undefined when its source did not change since. */
export function staleness(record: TranslationRecord, key: string, source: SourceText, target: SourceText): Staleness | undefined {
  const kind: RecordKind = recordKind(key);
  const { path, lang: from } = fileAndLang(record.from);
  const { changes, blocks } = changesSince(record, kind, source.text, path, from);
  if (!changes.length) return undefined;
  const changed = [...new Set(changes.filter((c) => c.kind !== 'removed').flatMap((c) => [blocks[c.newIndex!]!.line]))].sort((a, b) => a - b);
  const removed = [...new Set(changes.filter((c) => c.kind === 'removed').map((c) => c.line))].sort((a, b) => a - b);
  let targetLine = 1;
  const first = changes.find((c) => c.oldIndex !== undefined) ?? changes[0]!;
  if (kind === 'texts') {
    const to = fileAndLang(key).lang;
    const kindOf = path === 'course.yaml' ? 'course' : 'module';
    const ids = langTexts(source.text, path, kindOf, from, from).units.map((u) => u.id);
    const theirs = langTexts(target.text, path, kindOf, to, to).units;
    targetLine = theirs.find((u) => u.id === ids[first.newIndex ?? -1])?.line ?? theirs[0]?.line ?? 1;
  } else {
    const theirs = kind === 'page' ? markdownBlocks(target.text) : yamlBlocks(target.text);
    if (theirs.length === record.blocks.length && first.oldIndex !== undefined) targetLine = theirs[first.oldIndex]?.line ?? 1;
  }
  return { changes, changed, removed, targetLine };
}

/** The warnings of a course's translation records (none when it has no `translations.lock.yaml`). */
export function checkTranslationRecords(src: CourseSources, report: Report): void {
  const file = src.translations;
  if (!file) return;
  const lockFile = join(src.dir, recordsFile);
  // Kept between runs of a long-lived process (preview): the records and each file's staleness, by their texts.
  const parsed = reuse('translation-records', file.text, () => parseRecords(file.text));
  if (!parsed) {
    report({ severity: 'warning', rule: 'translation/record', params: { kind: 'unreadable' }, file: lockFile, line: 1, column: 1 });
    return;
  }
  const course = relative(process.cwd(), src.dir) || '.';
  for (const [key, record] of parsed.records) {
    const target = fileAndLang(key);
    const from = fileAndLang(record.from);
    const source = sourceText(src, from.path);
    const translated = sourceText(src, target.path);
    const at = { file: lockFile, line: parsed.lines.get(key) ?? 1, column: 1 };
    if (!source || !translated) {
      report({ severity: 'warning', rule: 'translation/record', params: { kind: source ? 'target-gone' : 'source-gone', target: key, source: record.from }, ...at });
      continue;
    }
    const stale = reuse('translation-staleness', () => JSON.stringify([record, key, source.text, translated.text]), () => staleness(record, key, source, translated) ?? null);
    if (!stale) continue;
    report({
      severity: 'warning',
      rule: 'translation/stale',
      params: { source: from.path, changed: stale.changed, removed: stale.removed, command: `connectoo translate mark ${course} --from ${from.lang} --to ${target.lang} ${target.path}` },
      file: join(src.dir, target.path),
      line: stale.targetLine,
      column: 1,
    });
  }
}
