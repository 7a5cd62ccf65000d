/**
 * Translation units of the YAML files: the texts of course.yaml and module.yaml in one language (`title:
 * { fr: …, nl: … }`), and every text of a quiz (title, prompts, choices, pairs, items, feedback,
 * explanations, accepted answers (one text, separated by `|`), units). Ids name the place, with list items by their `id` when they have
 * one (`modules/m1/quiz.yaml#questions.q-csam.choices.a.text`). Pure: no I/O.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Unit } from './page-units.ts';
import { plain } from './segments.ts';
import type { YamlPath } from './yaml-edit.ts';

export interface YamlUnit extends Unit {
  /** Where the text is: for course and module texts, the field without its language key. */
  path: YamlPath;
}

export interface YamlTexts {
  units: YamlUnit[];
  /** The texts already written in the other language, by unit id, with their line. */
  existing: Map<string, { text: string; line: number }>;
}

function read(text: string) {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const lineOf = (n: YamlNode) => lc.linePos(n.range?.[0] ?? 0).line;
  const endLineOf = (n: YamlNode) => lc.linePos(Math.max(n.range?.[0] ?? 0, (n.range?.[1] ?? 1) - 1)).line;
  return { doc, lineOf, endLineOf };
}

/** The translatable fields of course.yaml (paths of `{ lang: text }` maps), with their readable id. */
function courseFields(data: Record<string, unknown>): { id: string; path: YamlPath; note: string }[] {
  const out: { id: string; path: YamlPath; note: string }[] = [
    { id: 'title', path: ['title'], note: 'Course title' },
    { id: 'description', path: ['description'], note: 'Course description' },
    { id: 'theme.logo.alt', path: ['theme', 'logo', 'alt'], note: 'Logo description (alt text)' },
    { id: 'certificate.issuer', path: ['certificate', 'issuer'], note: 'Certificate issuer' },
  ];
  const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Record<string, unknown>[]) : []);
  list('prerequisites').forEach((p, i) => out.push({ id: `prerequisites.${String(p?.id ?? i + 1)}.title`, path: ['prerequisites', i, 'title'], note: 'Title of a prerequisite course' }));
  list('changelog').forEach((c, i) => out.push({ id: `changelog.${String(c?.version ?? i + 1)}.changes`, path: ['changelog', i, 'changes'], note: 'Release notes of a version' }));
  return out;
}

const moduleFields = [
  { id: 'title', path: ['title'], note: 'Module title' },
  { id: 'description', path: ['description'], note: 'Module description' },
];

/** Texts of course.yaml (`kind: 'course'`) or a module.yaml in `from`; `existing` holds those in `to`. */
export function langTexts(text: string, file: string, kind: 'course' | 'module', from: string, to: string): YamlTexts {
  const { doc, lineOf } = read(text);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const units: YamlUnit[] = [];
  const existing = new Map<string, { text: string; line: number }>();
  for (const f of kind === 'course' ? courseFields(data) : moduleFields) {
    const id = `${file}#${f.id}`;
    const source = doc.getIn([...f.path, from], true) as YamlNode | undefined;
    if (!isScalar(source) || typeof source.value !== 'string' || !source.value) continue;
    units.push({ id, file, line: lineOf(source), note: f.note, segments: plain(source.value), path: f.path });
    const target = doc.getIn([...f.path, to], true) as YamlNode | undefined;
    if (isScalar(target) && typeof target.value === 'string' && target.value) existing.set(id, { text: target.value, line: lineOf(target) });
  }
  return { units, existing };
}

/** Whether a text at this place of a quiz is for learners (not an id, a type or a correct-answer id). */
function quizText(path: YamlPath): string | undefined {
  const [last, before] = [path[path.length - 1], path[path.length - 2]];
  if (path.length === 1) return last === 'title' ? 'Quiz title' : undefined;
  if (last === 'prompt') return 'Question';
  if (last === 'explanation') return 'Explanation shown after answering';
  if (last === 'unit') return 'Unit of a numeric answer';
  if (last === 'text') return before === 'source' || before === 'target' ? `Matching ${before}` : path.includes('items') ? 'Item to put in order' : 'Answer choice';
  if (last === 'feedback') return 'Feedback on this choice';
  if (before === 'feedback' && (last === 'correct' || last === 'incorrect')) return `Feedback when the answer is ${last}`;
  if (last === 'answers') return 'Accepted answers (fill-in question), separated by |: as many as the language needs';
  return undefined;
}

/** Every text of a quiz file, in file order. */
export function quizTexts(text: string, file: string): YamlUnit[] {
  const { doc, lineOf, endLineOf } = read(text);
  const key = file.replace(/\.[a-z]{2,3}\.ya?ml$/, '.yaml');
  const units: YamlUnit[] = [];
  const visit = (node: unknown, path: YamlPath, id: string[]) => {
    if (isMap(node)) for (const pair of node.items) visit(pair.value, [...path, String((pair.key as { value?: unknown })?.value)], [...id, String((pair.key as { value?: unknown })?.value)]);
    else if (isSeq(node) && path[path.length - 1] === 'answers' && node.items.every((a) => isScalar(a) && typeof a.value === 'string')) {
      const text = node.items.map((a) => String((a as { value: unknown }).value)).join(' | ');
      units.push({ id: `${key}#${id.join('.')}`, file, line: lineOf(node as YamlNode), endLine: endLineOf(node as YamlNode), note: quizText(path)!, segments: plain(text), path });
    } else if (isSeq(node))
      node.items.forEach((item, i) => {
        const itemId = isMap(item) ? item.get('id') : undefined;
        visit(item, [...path, i], [...id, typeof itemId === 'string' ? itemId : String(i + 1)]);
      });
    else if (isScalar(node) && typeof node.value === 'string' && node.value) {
      const note = quizText(path);
      if (note) units.push({ id: `${key}#${id.join('.')}`, file, line: lineOf(node as YamlNode), note, segments: plain(node.value), path });
    }
  };
  visit(doc.contents, [], []);
  return units;
}
