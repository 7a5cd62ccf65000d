/**
 * theme.css, the stylesheet of a themed package: the theme's colours as the player's custom properties in each
 * mode (light, dark, higher contrast of each), its fonts declared from files inside the package, and nothing
 * else. Linked after player.css; a package without a theme has none and keeps the player's neutral look.
 */
import type { ThemeModel } from '../course/model.ts';
import type { Palette } from '../course/theme-colours.ts';

const vars = (p: Palette) => `--cx-accent: ${p.primary}; --cx-accent-fg: ${p.onPrimary}; --cx-focus: ${p.accent};`;
const fallback = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export function themeCss(theme: ThemeModel): string {
  const out: string[] = ['/* Course theme (course.yaml theme:). */'];
  const font = (family: string, path: string) =>
    `@font-face { font-family: '${family}'; src: url('${path}') format('woff2'); font-display: swap; }`;
  if (theme.fonts.text) out.push(font('cx-theme-text', theme.fonts.text), `:root { font-family: 'cx-theme-text', ${fallback}; }`);
  if (theme.fonts.headings) out.push(font('cx-theme-headings', theme.fonts.headings), `h1, h2, h3, .cx-course-title { font-family: 'cx-theme-headings', ${fallback}; }`);
  const p = theme.palettes;
  if (p) {
    out.push(
      `:root { ${vars(p.light)} }`,
      `@media (prefers-color-scheme: dark) { :root { ${vars(p.dark)} } }`,
      `html.cx-aid-contrast { ${vars(p['contrast-light'])} }`,
      `@media (prefers-color-scheme: dark) { html.cx-aid-contrast { ${vars(p['contrast-dark'])} } }`,
    );
  }
  return `${out.join('\n')}\n`;
}
