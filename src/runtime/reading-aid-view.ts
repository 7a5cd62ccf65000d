/**
 * The reading aid menu in the header: a button that shows or hides three checkboxes.
 * The choice applies at once (classes on `<html>`), is kept on the device and reported to the player
 * so that it also travels in the learner's state.
 */
import { all, LAYOUT_EVENT, one } from './dom.ts';
import { aidClass, aidOptions, noAid, readStoredAid, storeAid, type AidOption, type ReadingAid } from './reading-aid.ts';

export interface ReadingAidViewOptions {
  doc: Document;
  /** From the learner's state; when absent, what this device remembers. */
  saved: ReadingAid | undefined;
  onChange(aid: ReadingAid): void;
}

export function applyAid(doc: Document, aid: ReadingAid): void {
  for (const option of aidOptions) doc.documentElement.classList.toggle(aidClass(option), aid[option]);
  doc.dispatchEvent(new Event(LAYOUT_EVENT));
}

export function createReadingAid(o: ReadingAidViewOptions): ReadingAid {
  const { doc } = o;
  const win = doc.defaultView;
  const aid: ReadingAid = { ...noAid(), ...(o.saved ?? readStoredAid(win) ?? {}) };
  applyAid(doc, aid);
  const toggle = one<HTMLButtonElement>(doc, '[data-reading-aid-toggle]');
  const panel = one(doc, '[data-reading-aid-panel]');
  const inputs = all<HTMLInputElement>(doc, 'input[data-reading-aid-option]');

  for (const input of inputs) {
    const option = input.dataset.readingAidOption as AidOption;
    if (!aidOptions.includes(option)) continue;
    input.checked = aid[option];
    input.addEventListener('change', () => {
      aid[option] = input.checked;
      applyAid(doc, aid);
      storeAid(win, aid);
      o.onChange({ ...aid });
    });
  }
  if (!toggle || !panel) return aid;

  const show = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  show(false);
  toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || panel.hidden) return;
    e.preventDefault();
    show(false);
    toggle.focus();
  };
  panel.addEventListener('keydown', closeOnEscape);
  toggle.addEventListener('keydown', closeOnEscape);
  return aid;
}
