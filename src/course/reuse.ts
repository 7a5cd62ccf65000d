/**
 * Results kept between runs of one long-lived process (the preview): a page or YAML file whose text did not
 * change is not parsed again, a page whose tree did not change is not rendered again, a check whose inputs did
 * not change is not run again (its reports are given again). Off by default: a build parses and checks each
 * file once anyway. Kept values are never handed out: each use gets its own copy when the caller may change it.
 */
const stores = new Map<string, Map<string, unknown>>();
let enabled = false;
/** Past this many entries per kind, the oldest go: edits keep adding new texts. */
const maxEntries = 4000;

export function keepResults(on = true): void {
  enabled = on;
  if (!on) stores.clear();
}

/** `compute()`, or the value kept for the key of `kind`; undefined results are not kept. */
export function reuse<T>(kind: string, keyOf: string | (() => string), compute: () => T | undefined, copy: (v: T) => T = (v) => v): T | undefined {
  if (!enabled) return compute();
  // A key that costs something to make is made only when results are kept.
  const key = typeof keyOf === 'string' ? keyOf : keyOf();
  let store = stores.get(kind);
  if (!store) stores.set(kind, (store = new Map()));
  if (store.has(key)) {
    const v = store.get(key) as T;
    // Most recently used last, so the oldest go first.
    store.delete(key);
    store.set(key, v);
    return copy(v);
  }
  const v = compute();
  if (v === undefined) return v;
  store.set(key, copy(v));
  if (store.size > maxEntries) store.delete(store.keys().next().value!);
  return v;
}

/**
 * A check whose only effects are its result and what it reports: run once per `key` (which must hold every
 * input), then its reports are given again, in order, with its result.
 */
export function reuseCheck<R extends object, T>(kind: string, keyOf: string | (() => string), report: (r: R) => void, run: (report: (r: R) => void) => T): T {
  if (!enabled) return run(report);
  const kept = reuse(kind, keyOf, () => {
    const reports: R[] = [];
    return { result: run((r) => void reports.push(r)), reports };
  })!;
  for (const r of kept.reports) report({ ...r });
  return kept.result;
}

/** A deep copy of a parsed tree (plain objects, arrays and primitives), several times faster than structuredClone. */
export function copyTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyTree) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = copyTree((value as Record<string, unknown>)[k]);
  return out as T;
}
