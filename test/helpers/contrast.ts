/**
 * Contrast of an element's text against what is behind it, from the colours Chromium computed
 * (WCAG 2 relative luminance). The background is the first opaque background among the element
 * and its ancestors (the player draws no text over images).
 */
import type { Locator } from 'playwright-core';

export type Rgb = [number, number, number];

export function parseColor(css: string): { rgb: Rgb; alpha: number } {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) throw new Error(`unexpected colour ${css}`);
  const parts = m[1]!.split(/[,\s/]+/).filter(Boolean).map(Number);
  return { rgb: [parts[0]!, parts[1]!, parts[2]!], alpha: parts[3] ?? 1 };
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
export const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour (blended over the background when translucent, and dimmed by opacity) and background. */
export async function textContrast(el: Locator): Promise<{ ratio: number; color: string; background: string }> {
  const { color, background, opacity } = await el.evaluate((node) => {
    let bg = 'rgb(255, 255, 255)';
    let opacity = 1;
    for (let e: Element | null = node; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      opacity *= Number(s.opacity);
      const c = s.backgroundColor;
      if (bg === 'rgb(255, 255, 255)' && c && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c)) {
        bg = c;
        // Keep reading opacity up the tree, but the background is found.
        for (let up = e.parentElement; up; up = up.parentElement) opacity *= Number(getComputedStyle(up).opacity);
        break;
      }
    }
    const style = getComputedStyle(node);
    const fill = style.getPropertyValue('-webkit-text-fill-color');
    return { color: fill && fill !== style.color && !fill.includes('0, 0, 0, 0') ? fill : style.color, background: bg, opacity };
  });
  const fg = parseColor(color);
  const bg = parseColor(background).rgb;
  const a = fg.alpha * opacity;
  const blended = fg.rgb.map((c, i) => c * a + bg[i]! * (1 - a)) as Rgb;
  return { ratio: contrastRatio(blended, bg), color, background };
}
