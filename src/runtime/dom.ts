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

/** Marks an element holding a player text as written in `lang` (when it differs from the document's). */
export function markLang<T extends HTMLElement>(el: T, lang: string | undefined): T {
  if (lang) el.lang = lang;
  return el;
}

/**
 * Writes the player's texts in another language than the content's: every `[data-ui="<key>"]` gets
 * the string and a `lang`, and so does the `label` inside every `[data-ui-label="<key>"]` (with
 * `data-ui-n` filling `{n}` and `data-ui-unit` added in brackets); `[data-ui-lang]` elements, filled
 * later with player texts only, get the `lang`.
 */
export function applyUiStrings(doc: Document, strings: Record<string, string>, lang: string): void {
  const write = (el: HTMLElement | null, key: string | undefined, from: HTMLElement) => {
    const text = strings[key ?? ''];
    if (!el || text === undefined) return;
    const unit = from.dataset.uiUnit;
    el.textContent = text.replace(/\{n\}/g, from.dataset.uiN ?? '') + (unit ? ` (${unit})` : '');
    el.lang = lang;
  };
  for (const el of all(doc, '[data-ui]')) write(el, el.dataset.ui, el);
  for (const el of all(doc, '[data-ui-label]')) write(one(el, 'label'), el.dataset.uiLabel, el);
  for (const el of all(doc, '[data-ui-lang]')) el.lang = lang;
}

/** Fired on the document when the layout changed without a window resize (e.g. a larger text size). */
export const LAYOUT_EVENT = 'connectoo:layout';

/** Content that scrolls sideways (wide tables, code) can be reached with the keyboard while it does. */
export function focusScrollers(root: ParentNode): void {
  for (const el of all(root, '.cx-content table, .cx-content pre')) {
    const scrolls = el.scrollWidth > el.clientWidth + 1;
    if (scrolls && !el.hasAttribute('tabindex')) {
      el.tabIndex = 0;
      el.dataset.scroller = '';
    } else if (!scrolls && el.dataset.scroller !== undefined) {
      el.removeAttribute('tabindex');
      delete el.dataset.scroller;
    }
  }
}
