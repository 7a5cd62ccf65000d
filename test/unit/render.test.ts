/** Page Markdown to HTML: callouts, media, links between pages and passages in another language. */
import { describe, expect, it } from 'vitest';
import { load, models } from '../../src/index.ts';
import { renderPages } from '../../src/render/index-page.ts';
import { courseWith } from '../helpers/course-copy.ts';

const page = 'modules/m1-basics/02-suite.fr.md';

async function html(extra: string): Promise<string> {
  const dir = await courseWith('minimal', { [page]: (t) => `${t}\n${extra}\n` });
  const { courses, diagnostics } = await load({ courseDirs: [dir] });
  expect(diagnostics).toEqual([]);
  const fr = models(courses[0], ['fr'])[0];
  return renderPages(fr).get('m1-basics/02-suite')!.html;
}

describe('rendered pages', () => {
  it('marks a passage in another language with its lang', async () => {
    expect(await html('On dit :lang[Goedemorgen]{code=nl} à Gand.')).toContain('On dit <span lang="nl">Goedemorgen</span> à Gand.');
  });

  it('turns callouts into labelled notes and links between pages into in-course navigation', async () => {
    const out = await html(':::warning\nNe notez jamais les codes.\n:::\n\n[Retour](01-intro.fr.md)');
    expect(out).toMatch(/<aside class="callout callout-warning" role="note"><p class="callout-title"><svg class="callout-icon" [^>]*aria-hidden="true"[^>]*><path [^>]*><\/path><\/svg>Attention<\/p>/);
    expect(out).toContain('<a href="#m1-basics/01-intro" data-nav-page="m1-basics/01-intro">Retour</a>');
  });

  it('keeps no raw HTML', async () => {
    const dir = await courseWith('minimal', { [page]: (t) => `${t}\n<img src=x onerror="alert(1)">\n\n<script>alert(1)</script>\n` });
    const { courses } = await load({ courseDirs: [dir] });
    const out = renderPages(models(courses[0], ['fr'])[0]).get('m1-basics/02-suite')!.html;
    expect(out).not.toMatch(/<script|onerror|<img src="x"/);
  });
});
