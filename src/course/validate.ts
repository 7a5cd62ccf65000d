/** Turns zod issues into author messages with position, rule id and hint. */
import type { z } from 'zod';
import type { Report } from '../diagnostics/diagnostic.ts';
import type { Located } from './yaml.ts';

const closest = (word: string, options: readonly string[]): string | undefined => {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) [best, bestD] = [o, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
};

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]++;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

const where = (path: readonly PropertyKey[]) =>
  path.length ? `"${path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[')}"` : 'the file';

/** Known fields of the object schema at `path`, for "did you mean" hints. */
type KeysAt = (path: readonly PropertyKey[]) => readonly string[];

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
    const at = located.locate(path);
    const base = { file, ...at };
    if (path.length && valueAt(located.data, path) === undefined && issue.code !== 'unrecognized_keys') {
      {
        const parent = path.slice(0, -1);
        const expected = 'expected' in issue ? String(issue.expected) : 'suitable';
        report({
          ...base,
          ...located.locate(parent, false),
          rule: 'schema/missing-field',
          message: `Missing field "${String(path[path.length - 1])}"${parent.length ? ` in ${where(parent)}` : ''}.`,
          hint:
            issue.code === 'invalid_value'
              ? `Add "${String(path[path.length - 1])}:" with one of: ${issue.values.map(String).join(', ')}.`
              : `Add "${String(path[path.length - 1])}:" with ${article(expected)} value.`,
        });
      }
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const known = keysAt(path);
          const guess = closest(key, known);
          report({
            ...base,
            ...located.locate([...path, key], true),
            rule: 'schema/unknown-field',
            message: `Unknown field "${key}"${path.length ? ` in ${where(path)}` : ''}.`,
            hint: guess
              ? `Did you mean "${guess}"?`
              : known.length
                ? `Allowed fields here: ${known.join(', ')}.`
                : 'Remove it, or check its spelling.',
          });
        }
        break;
      case 'invalid_type':
        report({
          ...base,
          rule: 'schema/wrong-type',
          message: `${where(path)} should be ${article(issue.expected)}, not ${describe(valueAt(located.data, path))}.`,
          hint: typeHint(issue.expected),
        });
        break;
      case 'invalid_value':
        report({
          ...base,
          rule: 'schema/invalid-value',
          message: `${where(path)} cannot be ${JSON.stringify(valueAt(located.data, path))}.`,
          hint: `Use one of: ${issue.values.map((v) => String(v)).join(', ')}.`,
        });
        break;
      case 'invalid_union': {
        const note = (issue as { note?: string }).note;
        report({
          ...base,
          rule: 'schema/invalid-value',
          message: note?.includes('discriminator') || path[path.length - 1] === 'type'
            ? `Unknown question type at ${where(path)}.`
            : `${where(path)} does not have an accepted shape.`,
          hint: 'Question types: single, multiple, true-false, fill-in, matching, sequencing, numeric.',
        });
        break;
      }
      default:
        report({
          ...base,
          rule: 'schema/invalid-value',
          message: `${where(path)}: ${issue.message}.`,
          hint: 'Check the value against the examples in the README.',
        });
    }
  }
  return undefined;
}

const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
const article = (t: string) => (t === 'array' ? 'a list' : t === 'object' ? 'a block of fields' : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
const describe = (v: unknown) =>
  v === null ? 'empty' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a block of fields' : `${typeof v} ${JSON.stringify(v)}`;
const typeHint = (t: string) =>
  t === 'string'
    ? 'Write text; put it between quotes if it looks like a number, a date or true/false.'
    : t === 'number'
      ? 'Write a number without quotes, such as 80.'
      : t === 'boolean'
        ? 'Write true or false, without quotes.'
        : t === 'array'
          ? 'Write a list: each item on its own line starting with "- ", or [a, b].'
          : 'Write the fields indented under this key.';

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
