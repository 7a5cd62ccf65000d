/**
 * Results kept between runs of one long-lived process (the preview): a page or YAML file whose text did not
 * change is not parsed again, a page whose tree did not change is not rendered again. Off by default: a build
 * parses each file once anyway. Kept values are never handed out: each use gets its own copy when the caller
 * may change it.
 */
const stores = new Map<string, Map<string, unknown>>();
let enabled = false;
/** Past this many entries per kind, the oldest go: edits keep adding new texts. */
const maxEntries = 4000;

export function keepResults(on = true): void {
  enabled = on;
  if (!on) stores.clear();
}

/** `compute()`, or the value kept for `key` of `kind`; undefined results are not kept. */
export function reuse<T>(kind: string, key: string, compute: () => T | undefined, copy: (v: T) => T = (v) => v): T | undefined {
  if (!enabled) return compute();
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
