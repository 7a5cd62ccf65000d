/**
 * Checks of `theme:` in course.yaml: its files exist in the course folder (they are shipped, never fetched), and
 * each colour the author gives reaches, on every background the player draws it on, 4.5:1 for text (links,
 * outlined buttons, text on a primary button) and 3:1 for the focus ring, in light and dark modes. A failing
 * colour gets the nearest one that passes. Colours the player derives (dark from light, higher contrast) pass by
 * construction (theme-colours.ts).
 */
import { posix } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import type { Theme } from '../schema/course.ts';
import { nearFile } from './near-name.ts';
import { backgrounds, contrast, isDark, nearestPassing, needed, palettes, ratioText, type ThemeMode } from './theme-colours.ts';

type Locate = (path: (string | number)[]) => { line: number; column: number };

/** Course-relative path of a file named in course.yaml. */
export const themePath = (file: string) => posix.normalize(file.replace(/^\.?\//, ''));

/** The files a theme ships: its logo and fonts. */
export const themeFiles = (theme: Theme | undefined): string[] =>
  [theme?.logo?.file, theme?.fonts?.text, theme?.fonts?.headings].filter((f): f is string => !!f).map(themePath);

/** Reports missing files and colours that do not reach their contrast; false when there is any. */
export function checkTheme(theme: Theme | undefined, files: Set<string>, courseFile: string, locate: Locate, report: Report): boolean {
  if (!theme) return true;
  let ok = true;
  const named: [string[], 'logo' | 'font', string | undefined][] = [
    [['theme', 'logo', 'file'], 'logo', theme.logo?.file],
    [['theme', 'fonts', 'text'], 'font', theme.fonts?.text],
    [['theme', 'fonts', 'headings'], 'font', theme.fonts?.headings],
  ];
  for (const [at, what, file] of named) {
    if (!file) continue;
    const path = themePath(file);
    if (files.has(path) && !path.startsWith('../')) continue;
    ok = false;
    const suggestion = nearFile(path, [...files]);
    report({ rule: 'theme/missing-file', params: { what, path, ...(suggestion ? { suggestion } : {}) }, file: courseFile, ...locate(at) });
  }
  const checks: [ThemeMode, 'primary' | 'accent', string | undefined, string[]][] = [
    ['light', 'primary', theme.primary, ['theme', 'primary']],
    ['light', 'accent', theme.accent, ['theme', 'accent']],
    ['dark', 'primary', theme.dark?.primary, ['theme', 'dark', 'primary']],
    ['dark', 'accent', theme.dark?.accent, ['theme', 'dark', 'accent']],
  ];
  const palette = palettes(theme);
  for (const [mode, colour, given, at] of checks) {
    if (!given) continue;
    const value = given.toLowerCase();
    const problem = contrastProblem(mode, colour, value, palette[mode].onPrimary);
    if (!problem) continue;
    ok = false;
    report({ rule: 'theme/contrast', params: { colour, mode: mode as 'light' | 'dark', value, ...problem }, file: courseFile, ...locate(at) });
  }
  return ok;
}

/** The worst pair a colour fails in one mode, with the nearest colour that passes all of its pairs; undefined when it passes. */
export function contrastProblem(mode: ThemeMode, colour: 'primary' | 'accent', value: string, onPrimary: string) {
  const bg = backgrounds[mode];
  const ratio = colour === 'primary' ? needed.text : needed.graphic;
  const pairs: { pair: 'text' | 'focus' | 'button-text'; against: 'page' | 'panel' | 'notice' | 'button'; background: string }[] =
    colour === 'primary'
      ? [{ pair: 'text', against: 'page', background: bg.page }, { pair: 'text', against: 'panel', background: bg.panel }, { pair: 'button-text', against: 'button', background: onPrimary }]
      : [{ pair: 'focus', against: 'page', background: bg.page }, { pair: 'focus', against: 'panel', background: bg.panel }, { pair: 'focus', against: 'notice', background: bg.notice }];
  const worst = pairs.map((p) => ({ ...p, ratio: contrast(value, p.background) })).sort((a, b) => a.ratio - b.ratio)[0]!;
  if (worst.ratio >= ratio) return undefined;
  const suggestion = nearestPassing(value, colour === 'accent' ? [bg.page, bg.panel, bg.notice] : [bg.page, bg.panel], ratio, !isDark(mode));
  return { pair: worst.pair, against: worst.against, background: worst.background, ratio: ratioText(worst.ratio), needed: ratio, suggestion };
}
