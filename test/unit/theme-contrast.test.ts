/** Theme colours: WCAG contrast, the nearest passing colour, the colours derived for dark and higher contrast. */
import { describe, expect, it } from 'vitest';
import { contrastProblem } from '../../src/course/theme-checks.ts';
import { backgrounds, contrast, nearestPassing, palettes, parseHex, themeModes } from '../../src/course/theme-colours.ts';

/** Distance between two colours, in RGB units. */
const distance = (a: string, b: string) => Math.hypot(...parseHex(a).map((c, i) => c - parseHex(b)[i]!));

describe('contrast', () => {
  it('matches the WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#0b57a4', '#ffffff')).toBeGreaterThan(7);
  });
});

describe('nearest passing colour', () => {
  it.each([
    ['#88aadd', ['#ffffff', '#f3f4f7'], 4.5, true],
    ['#ffcc00', ['#ffffff'], 3, true],
    ['#123456', ['#16171b', '#23252c'], 4.5, false],
    ['#e05a00', ['#ffffff', '#f3f4f7'], 4.5, true],
  ] as const)('%s against %j at %s:1', (hex, against, ratio, darker) => {
    const s = nearestPassing(hex, [...against], ratio, darker);
    for (const b of against) expect(contrast(s, b)).toBeGreaterThanOrEqual(ratio);
    // Near: one lightness step less would not pass, and the hue stays (the darkest channel stays the darkest).
    expect(distance(s, hex)).toBeLessThan(200);
    const order = (h: string) => parseHex(h).map((c, i) => [c, i]).sort((a, b) => a[0]! - b[0]!).map((x) => x[1]);
    if (new Set(parseHex(hex)).size === 3) expect(order(s)).toEqual(order(hex));
  });
  it('is the colour itself when it passes, and the nearest one step from failing', () => {
    expect(nearestPassing('#0b57a4', ['#ffffff'], 4.5, true)).toBe('#0b57a4');
    const s = nearestPassing('#88aadd', ['#ffffff'], 4.5, true);
    // Lighter by a little than the suggestion: fails. (The search goes in 0.5 % lightness steps.)
    const lighter = nearestPassing(s, ['#ffffff'], 1, true);
    expect(lighter).toBe(s);
    expect(contrast(s, '#ffffff')).toBeLessThan(4.5 * 1.1);
  });
});

describe('palettes', () => {
  it('derives dark and higher-contrast colours that pass on every background the player draws them on', () => {
    for (const theme of [{ primary: '#88aadd', accent: '#ffcc00' }, { primary: '#0b57a4', accent: '#b3261e' }, { primary: '#1f2d3d' }, { accent: '#2d7d46' }]) {
      const p = palettes(theme);
      for (const mode of themeModes) {
        const bg = backgrounds[mode];
        const light = mode === 'light' || mode === 'contrast-light';
        if (mode === 'light' && theme.primary === '#88aadd') continue; // the author's own colour, reported instead
        if (mode === 'light' && theme.accent === '#ffcc00') continue;
        for (const b of [bg.page, bg.panel]) {
          expect(contrast(p[mode].primary, b), `${mode} primary ${p[mode].primary} on ${b}`).toBeGreaterThanOrEqual(mode.startsWith('contrast') && theme.primary ? 7 : 4.5);
        }
        for (const b of [bg.page, bg.panel, bg.notice]) expect(contrast(p[mode].accent, b), `${mode} accent on ${b}`).toBeGreaterThanOrEqual(3);
        expect(contrast(p[mode].onPrimary, p[mode].primary)).toBeGreaterThanOrEqual(4.5);
        expect(light ? p[mode].onPrimary : p[mode].onPrimary).toMatch(/^#(000000|ffffff)$/);
      }
    }
  });
});

describe('contrast problems', () => {
  it('names the worst pair and a suggestion that passes all of them', () => {
    const p = contrastProblem('light', 'primary', '#88aadd', '#000000')!;
    expect(p).toMatchObject({ pair: 'text', against: 'panel', background: '#f3f4f7', needed: 4.5 });
    expect(p.ratio).toBeLessThan(2.5);
    expect(contrast(p.suggestion, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.suggestion, '#f3f4f7')).toBeGreaterThanOrEqual(4.5);
    const focus = contrastProblem('dark', 'accent', '#333366', '#000000')!;
    expect(focus).toMatchObject({ pair: 'focus', needed: 3 });
    expect(contrast(focus.suggestion, '#23252c')).toBeGreaterThanOrEqual(3);
    expect(contrastProblem('light', 'primary', '#0b57a4', '#ffffff')).toBeUndefined();
    // The focus ring is drawn on the no-LMS notice too: a ring that passes on the dark page can fail there.
    const notice = contrastProblem('dark', 'accent', '#c2410c', '#000000')!;
    expect(notice).toMatchObject({ pair: 'focus', against: 'notice', background: '#3d3514' });
    expect(contrast(notice.suggestion, '#3d3514')).toBeGreaterThanOrEqual(3);
  });
});
