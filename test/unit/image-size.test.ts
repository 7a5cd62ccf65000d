/** `![alt](src){width=N}`: another width for one image, moved onto the img; anything else in the braces is an author error. */
import { describe, expect, it } from 'vitest';
import { load, models } from '../../src/index.ts';
import { renderPages } from '../../src/render/index-page.ts';
import { courseWith } from '../helpers/course-copy.ts';

const page = 'modules/m1-basics/02-suite.fr.md';

async function loaded(extra: string) {
  const dir = await courseWith('minimal', { [page]: (t) => `${t}\n${extra}\n` });
  return load({ courseDirs: [dir] });
}

describe('image width', () => {
  it('writes the width on the image and removes the braces from the text', async () => {
    const { courses, diagnostics } = await loaded('Logo : ![Logo du service](../../media/schema.svg){width=120} fin.');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const html = renderPages(models(courses[0], ['fr'])[0]).get('m1-basics/02-suite')!.html;
    expect(html).toMatch(/<img src="media\/schema.svg" alt="Logo du service" width="120">/);
    expect(html).toContain(' fin.');
    expect(html).not.toContain('{width');
  });

  it('an image without braces has no width: it keeps its own size up to the column', async () => {
    const { courses } = await loaded('![Logo du service](../../media/schema.svg)');
    const html = renderPages(models(courses[0], ['fr'])[0]).get('m1-basics/02-suite')!.html;
    expect(html).toMatch(/<img src="media\/schema.svg" alt="Logo du service">/);
  });

  it.each(['{width=abc}', '{widht=120}', '{width=50%}', '{width=4}', '{width=120 height=40}'])('%s is an author error at the braces', async (braces) => {
    const { diagnostics } = await loaded(`Texte.\n\n![Logo du service](../../media/schema.svg)${braces}`);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.rule, d.file.endsWith('02-suite.fr.md')])).toEqual([['md/directive-attribute', true]]);
    // What is wrong (the braces as written) and how to write it.
    const said = JSON.stringify(errors[0]);
    expect(said).toContain(JSON.stringify(braces).slice(1, -1));
    expect(said).toContain('{width=240}');
  });
});
