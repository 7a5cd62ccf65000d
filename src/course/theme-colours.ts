/**
 * Colour arithmetic of themes: WCAG 2 contrast, the colours the player draws in each mode, and the nearest
 * colour that passes (lightness steps in HSL, hue and saturation kept). Pure functions, shared by the
 * build-time checks and the theme stylesheet.
 */
export type Rgb = [number, number, number];
/** The modes the player draws in: the learner's system light or dark scheme, each with or without "higher contrast". */
export type ThemeMode = 'light' | 'dark' | 'contrast-light' | 'contrast-dark';
export const themeModes: ThemeMode[] = ['light', 'dark', 'contrast-light', 'contrast-dark'];

/** The backgrounds the player draws themed colours on (src/runtime/player.css): page, panel, and the notice (focus ring only). */
export const backgrounds: Record<ThemeMode, { page: string; panel: string; notice: string }> = {
  light: { page: '#ffffff', panel: '#f3f4f7', notice: '#fff4ce' },
  dark: { page: '#16171b', panel: '#23252c', notice: '#3d3514' },
  'contrast-light': { page: '#ffffff', panel: '#ffffff', notice: '#ffffff' },
  'contrast-dark': { page: '#000000', panel: '#000000', notice: '#000000' },
};
export const isDark = (mode: ThemeMode) => mode === 'dark' || mode === 'contrast-dark';

/** Contrast a text needs, and a focus ring or a control's edge (WCAG 1.4.3, 1.4.11). */
export const needed = { text: 4.5, graphic: 3 } as const;

export const hexPattern = /^#[0-9a-fA-F]{6}$/;

export function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
export const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
export const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseHex(a)), luminance(parseHex(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
/** Rounded down to one decimal, as authors read it: 4.49 is "4.4", never "4.5". */
export const ratioText = (r: number) => Math.floor(r * 10) / 10;

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [h / 6, s, l];
}
function fromHsl([h, s, l]: [number, number, number]): Rgb {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [hue(h + 1 / 3) * 255, hue(h) * 255, hue(h - 1 / 3) * 255];
}

/**
 * The colour of the same hue and saturation, darker (on light backgrounds) or lighter (on dark ones), nearest
 * to `hex` that reaches `ratio` against every colour of `against`; `hex` itself when it already does.
 * Black or white at worst (they reach 4.5:1 against any background the player uses).
 */
export function nearestPassing(hex: string, against: string[], ratio: number, darker: boolean): string {
  const passes = (c: string) => against.every((b) => contrast(c, b) >= ratio);
  if (passes(hex)) return hex;
  const [h, s, l] = toHsl(parseHex(hex.toLowerCase()));
  for (let step = 1; step <= 200; step++) {
    const lightness = darker ? l - step * 0.005 : l + step * 0.005;
    if (lightness < 0 || lightness > 1) break;
    const candidate = toHex(fromHsl([h, s, lightness]));
    if (passes(candidate)) return candidate;
  }
  return darker ? '#000000' : '#ffffff';
}

/** The player's own colours (src/runtime/player.css), used where a theme names none. */
export const playerColours: Record<ThemeMode, { primary: string; accent: string }> = {
  light: { primary: '#0b57a4', accent: '#b3261e' },
  dark: { primary: '#8cc2ff', accent: '#ffb4ab' },
  'contrast-light': { primary: '#00308f', accent: '#b00000' },
  'contrast-dark': { primary: '#ffe14d', accent: '#7fd4ff' },
};
/** Contrast "higher contrast" asks of themed colours: the enhanced level for text (WCAG 1.4.6). */
export const contrastModeText = 7;

export interface ThemeColours {
  primary?: string;
  accent?: string;
  dark?: { primary?: string; accent?: string };
}
export interface Palette {
  primary: string;
  /** Text on a primary button. */
  onPrimary: string;
  /** Focus ring. */
  accent: string;
}

/**
 * The colours of a theme in every mode. Light uses the author's colours; dark uses the `dark:` ones, else the
 * light ones made lighter until they pass on the dark backgrounds; higher contrast takes those of its scheme
 * nudged to 7:1 for text. Only the author's own colours can fail (theme-checks.ts); derived ones pass by construction.
 */
export function palettes(theme: ThemeColours): Record<ThemeMode, Palette> {
  const out = {} as Record<ThemeMode, Palette>;
  const pick = (mode: ThemeMode, given: string | undefined, derivedFrom: string | undefined, key: 'primary' | 'accent', ratio: number) => {
    const bg = backgrounds[mode];
    if (given) return given.toLowerCase();
    if (!derivedFrom) return playerColours[mode][key];
    return nearestPassing(derivedFrom.toLowerCase(), key === 'accent' ? [bg.page, bg.panel, bg.notice] : [bg.page, bg.panel], ratio, !isDark(mode));
  };
  const light = { primary: pick('light', theme.primary, undefined, 'primary', needed.text), accent: pick('light', theme.accent, undefined, 'accent', needed.graphic) };
  const dark = {
    primary: pick('dark', theme.dark?.primary, theme.primary, 'primary', needed.text),
    accent: pick('dark', theme.dark?.accent, theme.accent, 'accent', needed.graphic),
  };
  for (const mode of themeModes) {
    const base = isDark(mode) ? dark : light;
    const contrastMode = mode.startsWith('contrast');
    const themed = isDark(mode) ? theme.dark?.primary ?? theme.primary : theme.primary;
    const themedAccent = isDark(mode) ? theme.dark?.accent ?? theme.accent : theme.accent;
    const bg = backgrounds[mode];
    const primary = !contrastMode ? base.primary : themed ? nearestPassing(base.primary, [bg.page], contrastModeText, !isDark(mode)) : playerColours[mode].primary;
    const accent = !contrastMode ? base.accent : themedAccent ? nearestPassing(base.accent, [bg.page, bg.notice], needed.text, !isDark(mode)) : playerColours[mode].accent;
    out[mode] = { primary, accent, onPrimary: contrast(primary, '#ffffff') >= contrast(primary, '#000000') ? '#ffffff' : '#000000' };
  }
  return out;
}
