/** Turns zod issues into author problems with position, rule id and what to write instead. */
import type { z } from 'zod';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import type { InvalidValue, Place, ValueKind } from '../diagnostics/rules.ts';
import { questionTypes } from '../schema/quiz.ts';
import { closest } from './near-name.ts';
import type { Located } from './yaml.ts';

/** Known fields of the object schema at `path`, for "did you mean" hints. */
type KeysAt = (path: readonly PropertyKey[]) => readonly string[];

/** A zod path as authors count: `questions[0].correct` → question 1 (its id), field `correct`. */
export function placeOf(data: unknown, path: readonly PropertyKey[]): Place {
  const place: Place = [];
  path.forEach((seg, i) => {
    if (typeof seg === 'number') {
      const prev = place[place.length - 1];
      const list = prev && 'field' in prev ? (place.pop(), prev.field) : 'items';
      const id = (valueAt(data, path.slice(0, i + 1)) as { id?: unknown } | undefined)?.id;
      place.push({ list, n: seg + 1, ...(typeof id === 'string' && id ? { id } : {}) });
    } else place.push({ field: String(seg) });
  });
  return place;
}

const kindOf = (t: string): ValueKind =>
  ({ string: 'text', number: 'number', int: 'whole-number', boolean: 'true-false', array: 'list', object: 'block', record: 'block' })[t] as ValueKind ?? 'value';
const actualKind = (v: unknown): ValueKind | 'empty' =>
  v === null || v === undefined ? 'empty' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'block' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'true-false' : 'text';
const shown = (v: unknown) => (v === null || v === undefined || typeof v === 'object' ? undefined : String(v));
const idPattern = /a-z0-9\]\[a-z0-9-\]/;
const versionPattern = /\\d\+\\\.\\d\+/;

function invalidValue(issue: z.core.$ZodIssue, at: Place, value: unknown): InvalidValue {
  const text = shown(value) ?? '';
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const counts = issue.origin === 'array' || issue.origin === 'set' ? 'items' : issue.origin === 'string' ? 'characters' : 'value';
      return { kind: issue.code === 'too_small' ? 'too-small' : 'too-big', at, value: text, limit, counts };
    }
    case 'invalid_format': {
      const pattern = String((issue as { pattern?: unknown }).pattern ?? '');
      if (idPattern.test(pattern)) return { kind: 'id-format', at, value: text };
      if (versionPattern.test(pattern)) return { kind: 'version-format', at, value: text };
      return { kind: 'other', at, value: text };
    }
    default:
      return { kind: 'other', at, value: text };
  }
}

export function validate<S extends z.ZodType>(
  schema: S,
  file: string,
  located: Located,
  report: Report,
  keysAt: KeysAt = () => [],
): z.infer<S> | undefined {
  const r = schema.safeParse(located.data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const path = issue.path;
    const base = { file, ...located.locate(path) };
    const value = valueAt(located.data, path);
    if (path.length && value === undefined && issue.code !== 'unrecognized_keys') {
      const parent = path.slice(0, -1);
      const expected = 'expected' in issue ? kindOf(String(issue.expected)) : 'value';
      report({
        ...base,
        ...located.locate(parent, false),
        rule: 'schema/missing-field',
        params: { field: String(path[path.length - 1]), at: placeOf(located.data, parent), expected, ...(issue.code === 'invalid_value' ? { allowed: issue.values.map(String) } : {}) },
      });
      continue;
    }
    const at = placeOf(located.data, path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const known = keysAt(path);
          const suggestion = closest(key, known);
          report({
            ...base,
            ...located.locate([...path, key], true),
            rule: 'schema/unknown-field',
            params: { field: key, at, allowed: [...known], ...(suggestion ? { suggestion } : {}) },
          });
        }
        break;
      case 'invalid_type':
        report({ ...base, rule: 'schema/wrong-type', params: { at, expected: kindOf(issue.expected), actual: actualKind(value), ...(shown(value) !== undefined ? { value: shown(value) } : {}) } });
        break;
      case 'invalid_value':
        report({ ...base, rule: 'schema/invalid-value', params: { kind: 'not-allowed', at, value: shown(value) ?? '', allowed: issue.values.map(String) } });
        break;
      case 'invalid_union': {
        const note = (issue as { note?: string }).note;
        const isType = note?.includes('discriminator') || path[path.length - 1] === 'type';
        const type = (value as { type?: unknown } | undefined)?.type;
        report({
          ...base,
          rule: 'schema/invalid-value',
          params: isType || typeof type === 'string'
            ? { kind: 'question-type', at, value: String(isType ? value : type), allowed: questionTypes }
            : { kind: 'shape', at },
        });
        break;
      }
      default: {
        const byText = correctByText(located.data, path, value);
        if (byText) report({ ...base, rule: 'quiz/unknown-correct-choice', params: byText });
        else report({ ...base, rule: 'schema/invalid-value', params: invalidValue(issue, at, value) });
      }
    }
  }
  return undefined;
}

/**
 * `correct:` of a choice question that is not written as an id (`correct: PDF`): said as a correct answer that is
 * not among the choices, with the choice whose text it is.
 */
function correctByText(data: unknown, path: readonly PropertyKey[], value: unknown) {
  const i = path.indexOf('correct');
  if (path[0] !== 'questions' || typeof path[1] !== 'number' || i !== 2 || typeof value !== 'string') return undefined;
  const q = valueAt(data, path.slice(0, 2)) as { id?: unknown; choices?: unknown } | undefined;
  if (!Array.isArray(q?.choices)) return undefined;
  const choices = q.choices.filter((c): c is { id: string; text?: unknown } => typeof c?.id === 'string');
  const textOf = choices.find((c) => typeof c.text === 'string' && c.text.trim().toLowerCase() === value.trim().toLowerCase())?.id;
  return { question: { n: path[1] + 1, id: String(q.id ?? '') }, value, choices: choices.map((c) => c.id), ...(textOf ? { textOf } : {}) };
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

/** Field names the schema allows at `path` of `data` (follows lists, optional values and unions). */
export function fieldsAt(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let s: any = schema;
  let d: any = data;
  const unwrap = () => {
    while (s?.def && ['optional', 'default', 'nullable', 'prefault'].includes(s.def.type)) s = s.def.innerType;
    if (s?.def?.type === 'union') {
      const opts: any[] = s.def.options;
      s = opts.find((o) => o.def?.type === 'object' && o.shape?.type?.def?.values?.includes?.(d?.type)) ?? opts[0];
    }
  };
  unwrap();
  for (const seg of path) {
    if (s?.def?.type === 'object') s = s.shape[seg as string];
    else if (s?.def?.type === 'array') s = s.def.element;
    else if (s?.def?.type === 'record') s = s.def.valueType;
    else return [];
    d = d?.[seg as never];
    unwrap();
  }
  return s?.def?.type === 'object' ? Object.keys(s.shape) : [];
}
