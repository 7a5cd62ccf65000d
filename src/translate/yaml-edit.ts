/**
 * Sets text values in a YAML file by editing only the characters of those values: comments, order,
 * spacing and quoting style of everything else stay as the author wrote them. A value that exists is
 * replaced in place (keeping its quotes when it can); a missing key is added to its map, flow (`{ fr: …,
 * nl: … }`) or block. The result is read back and must hold exactly the values set. Pure: no I/O.
 */
import { isMap, isScalar, isSeq, parse, parseDocument, type Node as YamlNode } from 'yaml';

export type YamlPath = (string | number)[];
export interface TextEdit {
  path: YamlPath;
  /** A text, or a list of texts (which replaces the list there). */
  value: string | string[];
}

interface Splice {
  at: number;
  end: number;
  text: string;
}

/** Plain when the author wrote it plain and YAML reads it back as the same text; else in quotes. */
function scalarText(value: string, type: string | undefined, flow: boolean): string {
  const oneLine = !/[\n\r]/.test(value);
  if (type === 'PLAIN' && oneLine && value === value.trim() && value !== '' && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/(: |\s#|:$)/.test(value) && !(flow && /[,[\]{}]/.test(value))) {
    try {
      if (parse(`k: ${value}`)?.k === value) return value;
    } catch {
      // not plain-safe
    }
  }
  if (type === 'QUOTE_SINGLE' && oneLine) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

const lineEnd = (text: string, at: number) => {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
};
const columnOf = (text: string, at: number) => at - (text.lastIndexOf('\n', at - 1) + 1);

export function setYamlTexts(text: string, edits: readonly TextEdit[], appends: readonly { path: YamlPath; value: string }[] = []): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const splices: Splice[] = [];
  const flowAt = (path: YamlPath) => path.some((_, i) => {
    const n = doc.getIn(path.slice(0, i + 1), true) as YamlNode | undefined;
    return (isMap(n) || isSeq(n)) && n.flow;
  });
  const insertIntoMap = (map: YamlNode, key: string, value: string, flow: boolean) => {
    if (!isMap(map) || !map.range) throw new Error(`cannot add ${key}: not a map`);
    const last = map.items[map.items.length - 1];
    const lastEnd = (last?.value as YamlNode | undefined)?.range?.[1] ?? (last?.key as YamlNode | undefined)?.range?.[1];
    if (map.flow) {
      if (lastEnd === undefined) {
        const close = text.lastIndexOf('}', map.range[1]);
        splices.push({ at: close, end: close, text: ` ${key}: ${scalarText(value, 'PLAIN', true)} ` });
      } else splices.push({ at: lastEnd, end: lastEnd, text: `, ${key}: ${scalarText(value, 'PLAIN', true)}` });
      return;
    }
    const firstKey = map.items[0]?.key as YamlNode | undefined;
    if (lastEnd === undefined || !firstKey?.range) throw new Error(`cannot add ${key}: empty block map`);
    const indent = ' '.repeat(columnOf(text, firstKey.range[0]));
    const at = lineEnd(text, lastEnd);
    splices.push({ at, end: at, text: `\n${indent}${key}: ${scalarText(value, 'PLAIN', flow)}` });
  };

  for (const { path, value } of edits) {
    const node = doc.getIn(path, true) as YamlNode | undefined;
    if (Array.isArray(value)) {
      if (!isSeq(node) || !node.range || !node.items.length) throw new Error(`${path.join('.')} is not a list`);
      const flow = node.flow || flowAt(path.slice(0, -1));
      const first = node.items[0] as YamlNode;
      const last = node.items[node.items.length - 1] as YamlNode;
      // Each text keeps the quoting of the item it replaces (the first item's for the ones added).
      const type = (i: number) => ((node.items[i] ?? first) as { type?: string }).type;
      if (node.flow) splices.push({ at: first.range![0], end: last.range![1], text: value.map((v, i) => scalarText(v, type(i), true)).join(', ') });
      else {
        const indent = ' '.repeat(columnOf(text, text.lastIndexOf('-', first.range![0])));
        splices.push({ at: first.range![0], end: last.range![1], text: value.map((v, i) => scalarText(v, type(i), flow)).join(`\n${indent}- `) });
      }
      continue;
    }
    if (isScalar(node) && node.range) {
      const [start, end] = node.range;
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      // A block scalar's range takes its last line end: the replacement, on one line, keeps it.
      const keep = block && text[end - 1] === '\n' ? '\n' : '';
      splices.push({ at: start, end, text: scalarText(value, node.type, flowAt(path.slice(0, -1))) + keep });
    } else if (node === undefined) {
      const parent = doc.getIn(path.slice(0, -1), true) as YamlNode | undefined;
      insertIntoMap(parent as YamlNode, String(path[path.length - 1]), value, flowAt(path.slice(0, -1)));
    } else throw new Error(`${path.join('.')} is not a text value`);
  }
  for (const { path, value } of appends) {
    const seq = doc.getIn(path, true) as YamlNode | undefined;
    if (!isSeq(seq) || !seq.range || !seq.items.length) throw new Error(`${path.join('.')} is not a list`);
    const last = seq.items[seq.items.length - 1] as YamlNode;
    const lastEnd = last.range![1];
    if (seq.flow) splices.push({ at: lastEnd, end: lastEnd, text: `, ${scalarText(value, 'PLAIN', true)}` });
    else {
      const first = seq.items[0] as YamlNode;
      const dash = text.lastIndexOf('-', first.range![0]);
      const at = lineEnd(text, lastEnd);
      splices.push({ at, end: at, text: `\n${' '.repeat(columnOf(text, dash))}- ${scalarText(value, 'PLAIN', false)}` });
    }
  }
  let out = text;
  for (const s of splices.sort((a, b) => b.at - a.at)) out = out.slice(0, s.at) + s.text + out.slice(s.end);

  const check = parseDocument(out);
  const same = (a: unknown, b: string | string[]) => (Array.isArray(b) ? JSON.stringify((a as { toJSON?: () => unknown })?.toJSON?.() ?? a) === JSON.stringify(b) : a === b);
  const wrong = check.errors.length ? 'the file no longer reads' : edits.find((e) => !same(check.getIn(e.path), e.value))?.path.join('.');
  if (wrong) throw new Error(`Writing translated texts into YAML went wrong (${wrong}).`);
  return out;
}
