/**
 * Reads an XLIFF 1.2 file back (parsed with libxml2: no entities, no DTD, no network): its languages and
 * every trans-unit's source and target as segments. `<mrk>` marks (segmentation, comments) are looked
 * through; other inline elements (`bpt`, `ept`, `it`, `bx`, `ex`, `sub`) are not codes this tool wrote and
 * are noted as foreign. Problems of the file as a whole are author errors on the file. Pure: no I/O.
 */
import libxml, { type Element, type Node } from 'libxmljs2';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { supportedLanguages } from '../schema/course.ts';
import type { Segment } from './segments.ts';

export interface XliffUnit {
  id: string;
  /** The `original` of its `<file>`. */
  original: string;
  line: number;
  column: number;
  /** Where its `<target>` starts (the unit's place when it has none). */
  targetLine: number;
  targetColumn: number;
  source: Segment[];
  target?: Segment[];
  state?: string;
  /** Inline elements that are not codes of this tool, by name. */
  foreign: string[];
}

export interface Xliff {
  from: string;
  to: string;
  units: XliffUnit[];
  /** Each `<file>`: its `original` and where it starts. */
  files: { original: string; line: number; column: number }[];
}

const elements = (el: Element | null | undefined, name: string): Element[] =>
  (el?.childNodes() ?? []).filter((n): n is Element => n.type() === 'element' && (n as Element).name() === name);

/** The primary language of a tag as the course names it: `nl-BE` → nl. */
const primary = (tag: string | undefined) => tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';

function segments(el: Element, foreign: string[]): Segment[] {
  const out: Segment[] = [];
  for (const n of el.childNodes() as Node[]) {
    const type = n.type() as string;
    if (type === 'text' || type === 'cdata') {
      const last = out[out.length - 1];
      if (last?.kind === 'text') last.text += (n as Element).text();
      else out.push({ kind: 'text', text: (n as Element).text() });
      continue;
    }
    if (type !== 'element') continue;
    const e = n as Element;
    const id = Number(e.attr('id')?.value());
    const ctype = e.attr('ctype')?.value() ?? '';
    const name = e.name();
    if (name === 'mrk') out.push(...segments(e, foreign));
    else if ((name === 'g' || name === 'x' || name === 'ph') && Number.isInteger(id) && id > 0) {
      if (name === 'g') out.push({ kind: 'g', id, ctype, children: segments(e, foreign) });
      else if (name === 'x') out.push({ kind: 'x', id, ctype });
      else out.push({ kind: 'ph', id, ctype, native: e.text() });
    } else foreign.push(name === 'g' || name === 'x' || name === 'ph' ? `${name} id="${e.attr('id')?.value() ?? ''}"` : name);
  }
  return out;
}

export function readXliff(text: string, file: string, courseLanguages: readonly string[], expectedTo: string | undefined, report: Report): Xliff | undefined {
  const lines = text.split('\n');
  const columnOf = (line: number, tag: string) => (lines[line - 1]?.indexOf(`<${tag}`) ?? -1) + 1 || 1;
  let doc;
  try {
    doc = libxml.parseXml(text, { noent: false, dtdload: false, dtdvalid: false, dtdattr: false, nonet: true, xinclude: false, huge: false });
  } catch (e) {
    const err = e as { line?: number; column?: number; message: string };
    report({ rule: 'translation/xliff-format', params: { kind: 'not-xml', why: err.message.trim() }, file, line: err.line ?? 1, column: err.column ?? 1 });
    return undefined;
  }
  const root = doc.root();
  if (!root || root.name() !== 'xliff') {
    report({ rule: 'translation/xliff-format', params: { kind: 'not-xliff', root: root?.name() ?? '' }, file, line: root?.line() ?? 1, column: 1 });
    return undefined;
  }
  const version = root.attr('version')?.value() ?? '';
  if (version !== '1.2') {
    report({ rule: 'translation/xliff-format', params: { kind: 'version', version }, file, line: root.line(), column: columnOf(root.line(), 'xliff') });
    return undefined;
  }
  const files = elements(root, 'file');
  const at = (el: Element, tag: string) => ({ file, line: el.line(), column: columnOf(el.line(), tag) });
  const tos = new Set<string>();
  const froms = new Set<string>();
  let ok = true;
  for (const f of files) {
    const to = f.attr('target-language')?.value();
    const from = f.attr('source-language')?.value();
    if (!to) {
      ok = false;
      report({ rule: 'translation/xliff-language', params: { kind: 'missing' }, ...at(f, 'file') });
      continue;
    }
    tos.add(primary(to));
    froms.add(primary(from));
  }
  const [to] = [...tos];
  const [from] = [...froms];
  const first = files[0] ? at(files[0], 'file') : { file, line: root.line(), column: 1 };
  if (tos.size > 1) report({ rule: 'translation/xliff-language', params: { kind: 'mixed', codes: [...tos].sort() }, ...first });
  else if (to && !(supportedLanguages as readonly string[]).includes(to)) report({ rule: 'translation/xliff-language', params: { kind: 'unknown', code: to, supported: [...supportedLanguages] }, ...first });
  else if (to && to === from) report({ rule: 'translation/xliff-language', params: { kind: 'same', code: to }, ...first });
  else if (to && expectedTo && to !== expectedTo) report({ rule: 'translation/xliff-language', params: { kind: 'not-expected', code: to, expected: expectedTo }, ...first });
  else if (froms.size > 1 || (from !== undefined && !courseLanguages.includes(from))) report({ rule: 'translation/xliff-language', params: { kind: 'source-not-in-course', code: [...froms].join(', '), languages: [...courseLanguages] }, ...first });
  else if (ok && to && from) {
    const units: XliffUnit[] = [];
    for (const f of files)
      for (const body of elements(f, 'body'))
        for (const tu of [...elements(body, 'trans-unit'), ...elements(body, 'group').flatMap((g) => elements(g, 'trans-unit'))]) {
          const foreign: string[] = [];
          const source = elements(tu, 'source')[0];
          const target = elements(tu, 'target')[0];
          units.push({
            id: tu.attr('id')?.value() ?? '',
            original: f.attr('original')?.value() ?? '',
            ...at(tu, 'trans-unit'),
            targetLine: target?.line() ?? tu.line(),
            targetColumn: target ? columnOf(target.line(), 'target') : columnOf(tu.line(), 'trans-unit'),
            source: source ? segments(source, []) : [],
            ...(target ? { target: segments(target, foreign), state: target.attr('state')?.value() } : {}),
            foreign,
          });
        }
    if (!units.length) {
      report({ rule: 'translation/xliff-format', params: { kind: 'no-units' }, ...first });
      return undefined;
    }
    return { from, to, units, files: files.map((f) => ({ original: f.attr('original')?.value() ?? '', ...at(f, 'file') })) };
  }
  if (!files.length) report({ rule: 'translation/xliff-format', params: { kind: 'no-units' }, ...first });
  return undefined;
}
