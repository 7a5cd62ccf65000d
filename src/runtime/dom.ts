/** Tiny DOM helpers for the player. */

export function all<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector as string) as unknown as ArrayLike<T>);
}

export function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  return root.querySelector(selector) as T | null;
}

/** Elements of `root` by the value of a data attribute (no CSS escaping needed). */
export function byData(root: ParentNode, attribute: string, selector = `[data-${attribute}]`): Map<string, HTMLElement> {
  const key = attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const map = new Map<string, HTMLElement>();
  for (const el of all(root, selector)) {
    const v = el.dataset[key];
    if (v !== undefined && !map.has(v)) map.set(v, el);
  }
  return map;
}

export function element(doc: Document, tag: string, className?: string, text?: string): HTMLElement {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}
