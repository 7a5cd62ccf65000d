/**
 * Reads in the page how the focused element is outlined and how that outline contrasts with what
 * surrounds it (WCAG 1.4.11 and 2.4.7), and records what live regions say.
 */
import type { Frame, Page } from 'playwright-core';

export interface FocusRing {
  element: string;
  outline: string;
  width: number;
  /** Contrast ratio of the outline colour against the background around the element. */
  contrast: number;
}

const ringScript = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const rgb = (c) => { const m = c.match(/[\\d.]+/g) || []; return m.map(Number); };
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  let bg = null;
  for (let n = el.parentElement; n && !bg; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length >= 3 && (c.length < 4 || c[3] > 0.99)) bg = c;
  }
  bg = bg || [255, 255, 255];
  const s = getComputedStyle(el);
  const fg = rgb(s.outlineColor);
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '') + (el.getAttribute('data-nav') ? '[data-nav=' + el.getAttribute('data-nav') + ']' : '') + ' "' + (el.textContent || el.value || '').trim().slice(0, 30) + '"';
  return { element: name, outline: s.outlineStyle + ' ' + s.outlineColor, width: parseFloat(s.outlineWidth) || 0, contrast: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
})()`;

export const focusRing = (frame: Frame | Page): Promise<FocusRing | null> => frame.evaluate(ringScript);

/** Starts recording every text a live region (role status/alert, aria-live) shows; read with `announcements`. */
export async function recordAnnouncements(frame: Frame | Page): Promise<void> {
  await frame.evaluate(`(() => {
    const said = (window.__said = []);
    const regions = document.querySelectorAll('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])');
    for (const r of regions) {
      new MutationObserver(() => {
        const text = r.textContent.trim();
        if (text) said.push({ region: r.id || r.className || r.tagName, text });
      }).observe(r, { childList: true, subtree: true, characterData: true });
    }
  })()`);
}

export const announcements = (frame: Frame | Page): Promise<{ region: string; text: string }[]> =>
  frame.evaluate('window.__said.splice(0)');
