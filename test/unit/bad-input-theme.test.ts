/** Real bad-input courses for the theme rules: file:line:column, the rule, the failing pair and a colour that passes. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.ts';
import { contrast } from '../../src/course/theme-colours.ts';
import { courseWith, positionOf } from '../helpers/course-copy.ts';

const withTheme = (theme: string) => ({ 'course.yaml': (t: string) => `${t}theme:\n${theme}` });
const logo = '  logo: { file: media/schema.svg, alt: { fr: Logo, nl: Logo } }\n';

describe('theme author errors', () => {
  it('a primary colour too pale for text: the pair, the mode, the ratio and the nearest colour that passes', async () => {
    const dir = await courseWith('minimal', withTheme(`${logo}  primary: "#88aadd"\n`));
    const { ok, diagnostics } = await check({ courseDirs: [dir], langUi: 'en' });
    expect(ok).toBe(false);
    const hit = diagnostics.find((d) => d.rule === 'theme/contrast')!;
    expect(hit, JSON.stringify(diagnostics, null, 1)).toBeDefined();
    expect(hit.file).toBe(join(dir, 'course.yaml'));
    expect({ line: hit.line, column: hit.column }).toEqual(await positionOf(dir, 'course.yaml', '"#88aadd"'));
    expect(hit.message).toMatch(/^theme\.primary #88aadd on the panels \(#f3f4f7\) reaches 2\.\d:1 with the bright scheme; reading needs 4\.5:1\.$/);
    const suggestion = /Try (#[0-9a-f]{6})/.exec(hit.hint ?? '')![1]!;
    expect(contrast(suggestion, '#f3f4f7')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(suggestion, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // The suggestion builds.
    const fixed = await courseWith('minimal', withTheme(`${logo}  primary: "${suggestion}"\n`));
    expect((await check({ courseDirs: [fixed] })).ok).toBe(true);
  });

  it('a dark accent too close to the dark background for a focus ring', async () => {
    const dir = await courseWith('minimal', withTheme('  accent: "#b3261e"\n  dark: { accent: "#402020" }\n'));
    const { diagnostics } = await check({ courseDirs: [dir], langUi: 'fr' });
    const hits = diagnostics.filter((d) => d.rule === 'theme/contrast');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toMatch(/^theme\.dark\.accent #402020 .* en mode sombre ; le contour de focus demande 3:1\.$/);
    expect({ line: hits[0]!.line, column: hits[0]!.column }).toEqual(await positionOf(dir, 'course.yaml', '"#402020"'));
  });

  it('a logo or font that is not in the course folder, with the near name', async () => {
    const dir = await courseWith('minimal', withTheme('  logo: { file: media/shema.svg, alt: { fr: Logo, nl: Logo } }\n  fonts: { text: media/texte.woff2 }\n'));
    const { ok, diagnostics } = await check({ courseDirs: [dir], langUi: 'en' });
    expect(ok).toBe(false);
    const hits = diagnostics.filter((d) => d.rule === 'theme/missing-file');
    expect(hits.map((h) => h.message)).toEqual([
      "The theme's logo media/shema.svg is not in the course folder.",
      "The theme's font media/texte.woff2 is not in the course folder.",
    ]);
    expect(hits[0]!.hint).toBe('Did you mean media/schema.svg?');
    expect({ line: hits[1]!.line, column: hits[1]!.column }).toEqual(await positionOf(dir, 'course.yaml', 'media/texte.woff2'));
  });

  it('a font file that is not WOFF2, a colour not written #rrggbb, a logo without its alt text in every language', async () => {
    const dir = await courseWith('minimal', {
      ...withTheme('  logo: { file: media/schema.svg, alt: { fr: Logo } }\n  primary: blue\n  fonts: { text: media/texte.woff2 }\n'),
      'media/texte.woff2': 'not a font',
    });
    const rules = (await check({ courseDirs: [dir] })).diagnostics.map((d) => `${d.rule} ${d.message}`);
    expect(rules).toEqual(expect.arrayContaining([expect.stringMatching(/^schema\/invalid-value .*blue/)]));
    const alt = await courseWith('minimal', withTheme('  logo: { file: media/schema.svg, alt: { fr: Logo } }\n'));
    const altRules = (await check({ courseDirs: [alt] })).diagnostics.map((d) => `${d.rule} ${d.message}`);
    expect(altRules).toEqual(expect.arrayContaining([expect.stringMatching(/^course\/missing-translation .*theme\.logo\.alt/)]));
    const dir2 = await courseWith('minimal', { ...withTheme('  fonts: { text: media/texte.woff2 }\n'), 'media/texte.woff2': 'not a font' });
    const d2 = (await check({ courseDirs: [dir2] })).diagnostics;
    expect(d2.find((d) => d.rule === 'media/broken')?.message).toMatch(/media\/texte\.woff2 is not a WOFF2 file/);
  });
});
