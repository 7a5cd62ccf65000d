/**
 * Variants (`extends:`): a local course made of a base course's files and its own. Real courses in temporary
 * folders: the `minimal` fixture as the base, a variant beside it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseAccept, baseDiff, build, check, load, models, newCourse } from '../../src/index.ts';
import { courseWith, editFile } from '../helpers/course-copy.ts';
import { makeTempDir, readZip } from '../helpers/zip.ts';
import { repoRoot } from '../helpers/paths.ts';
import { listCourseDirs } from '../../src/sources/read-course.ts';
import { validatePackage } from '../../src/validate/index.ts';

const M = 'modules/m1-basics';
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n';

/** A variant of `minimal` beside it: one page added, one replaced, one hidden, a module of its own, its own medium and theme. */
const variantFiles: Record<string, string> = {
  'course.yaml': [
    'extends: ../minimal',
    'id: minimal-commune',
    'version: 1.0.0',
    'title: { fr: Cours minimal de la commune, nl: Minimale cursus van de gemeente }',
    'theme: { primary: "#1d4ed8" }',
    'modules: [m1-basics, m2-local]',
    '',
  ].join('\n'),
  [`${M}/module.yaml`]: 'hide: [01-intro]\n',
  [`${M}/015-guichet.fr.md`]: '---\ntitle: Notre guichet\n---\n\nLe guichet est ouvert le matin.\n\n![Le plan du guichet](../../media/plan.svg)\n',
  [`${M}/015-guichet.nl.md`]: '---\ntitle: Ons loket\n---\n\nHet loket is open in de voormiddag.\n\n![Het plan van het loket](../../media/plan.svg)\n',
  [`${M}/02-suite.fr.md`]: '---\ntitle: La suite, chez nous\n---\n\nNotre suite locale.\n\n![Un schéma simple](../../media/schema.svg)\n',
  'media/plan.svg': svg,
  'modules/m2-local/module.yaml': 'title: { fr: Chez nous, nl: Bij ons }\n',
  'modules/m2-local/01-accueil.fr.md': '---\ntitle: Accueil\n---\n\nBienvenue chez nous.\n',
  'modules/m2-local/01-accueil.nl.md': '---\ntitle: Onthaal\n---\n\nWelkom bij ons.\n',
};

/** The base (a copy of `minimal`, with `baseEdits`) and the variant beside it (with `edits` over variantFiles). */
async function variant(edits: Record<string, string | null> = {}, baseEdits: Parameters<typeof courseWith>[1] = {}) {
  const base = await courseWith('minimal', baseEdits);
  const dir = join(dirname(base), 'commune');
  for (const [path, text] of Object.entries({ ...variantFiles, ...edits })) {
    if (text === null) continue;
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return { base, dir };
}

const rules = (r: { diagnostics: { rule: string }[] }) => r.diagnostics.map((d) => d.rule);

describe('a variant', () => {
  it('adds, replaces and hides pages, adds a module, and keeps the ids of base questions', async () => {
    const { base, dir } = await variant();
    const r = await load({ courseDirs: [dir] });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rules(r)).toEqual(['variant/no-lock']);
    const [fr] = models(r.courses[0]!, ['fr']);
    expect(fr!.id).toBe('minimal-commune');
    expect(fr!.title).toBe('Cours minimal de la commune');
    expect(fr!.modules.map((m) => m.id)).toEqual(['m1-basics', 'm2-local']);
    const m1 = fr!.modules[0]!;
    expect(m1.pages.map((p) => p.title)).toEqual(['Notre guichet', 'La suite, chez nous']);
    // The Dutch page the variant does not replace comes from the base.
    const [nl] = models(r.courses[0]!, ['nl']);
    expect(nl!.modules[0]!.pages.map((p) => p.title)).toEqual(['Ons loket', 'Het vervolg']);

    const baseModel = models((await load({ courseDirs: [base] })).courses[0]!, ['fr'])[0]!;
    const ids = (m: typeof fr) => m!.modules.flatMap((mod) => mod.quiz?.questions.map((q) => q.interactionId) ?? []);
    expect(ids(fr)).toEqual(ids(baseModel));
    expect(ids(fr).length).toBeGreaterThan(0);
  });

  it("takes neither the base's activity IRI nor its changelog", async () => {
    const { dir } = await variant({}, { 'course.yaml': (t) => `${t}iri: https://example.org/courses/minimal\nchangelog:\n  - { version: 1.0.0, changes: { fr: Base, nl: Basis } }\n` });
    const r = await load({ courseDirs: [dir] });
    const [fr] = models(r.courses[0]!, ['fr']);
    expect(fr!.iri).not.toContain('example.org/courses/minimal');
    expect(fr!.iri).toContain('minimal-commune');
    expect(fr!.versionNote).toBeUndefined();
  });

  it('builds a package with media from the variant first, then from the base, and without hidden pages', async () => {
    const { dir } = await variant({ 'media/schema.svg': svg.replace('<rect', '<circle r="5"') });
    const out = join(dirname(dir), 'dist');
    const r = await build({ courseDirs: [dir], outDir: out, formats: ['scorm12'], langs: ['fr'] });
    expect(r.ok).toBe(true);
    const zip = await readZip(r.outputs[0]!.file);
    expect(zip.get('media/plan.svg')?.toString()).toBe(svg);
    expect(zip.get('media/schema.svg')?.toString()).toContain('<circle');
    const html = [...zip].filter(([n]) => n.endsWith('.html')).map(([, b]) => b.toString()).join('\n');
    expect(html).toContain('Notre suite locale');
    expect(html).toContain('Le guichet est ouvert le matin');
    expect(html).not.toContain('Bienvenue. Voir la');
  });

  it('reports each problem on the file that has it: the variant or the base', async () => {
    const { base, dir } = await variant(
      { [`${M}/015-guichet.fr.md`]: '---\ntitle: Notre guichet\n---\n\n![](../../media/plan.svg)\n' },
      { [`${M}/02-suite.nl.md`]: (t) => `${t}\n![Een beeld](../../media/ontbreekt.svg)\n` },
    );
    const r = await check({ courseDirs: [dir] });
    const at = r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.file]);
    expect(at).toContainEqual(['md/image-alt', join(dir, `${M}/015-guichet.fr.md`)]);
    expect(at).toContainEqual(['md/missing-file', join(base, `${M}/02-suite.nl.md`)]);
  });

  it.each([
    ['variant/hide-unknown', { [`${M}/module.yaml`]: 'hide: [01-intr]\n' }, `${M}/module.yaml`, /01-intro/],
    ['variant/base-missing', { 'course.yaml': variantFiles['course.yaml']!.replace('../minimal', '../nowhere') }, 'course.yaml', /extends:/],
    ['variant/same-id', { 'course.yaml': variantFiles['course.yaml']!.replace('id: minimal-commune', 'id: minimal') }, 'course.yaml', /id of its own/],
  ])('%s: says where and what to do', async (rule, edits, file, hint) => {
    const { dir } = await variant(edits);
    const r = await check({ courseDirs: [dir] });
    const d = r.diagnostics.find((x) => x.rule === rule);
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d!.file).toBe(join(dir, file));
    expect(d!.line).toBeGreaterThan(0);
    expect(d!.hint).toMatch(hint);
    expect(r.ok).toBe(false);
  });

  it('variant/nested: a base that extends another is refused', async () => {
    const { base, dir } = await variant();
    const third = join(dirname(base), 'local-of-local');
    await mkdir(third);
    await writeFile(join(third, 'course.yaml'), 'extends: ../commune\nid: third\nversion: 1.0.0\n');
    const r = await check({ courseDirs: [third] });
    expect(rules(r)).toEqual(['variant/nested']);
    expect(r.diagnostics[0]!.message).toContain('../minimal');
    expect(dir).toBeTruthy();
  });
});

describe('connectoo new --extends', () => {
  it('starts a local edition that checks clean: the base named, its titles marked local, the lock written', async () => {
    const base = await courseWith('minimal');
    const coursesDir = join(dirname(base), 'local');
    const dir = await newCourse({ id: 'minimal-ville', extends: base, coursesDir });
    expect(await readFile(join(dir, 'course.yaml'), 'utf8')).toContain('extends: "../../minimal"');
    const r = await load({ courseDirs: [dir] });
    expect(r.diagnostics).toEqual([]);
    const [fr, nl] = models(r.courses[0]!);
    expect([fr!.id, fr!.title, nl!.title]).toEqual(['minimal-ville', 'Cours minimal (édition locale)', 'Minimale cursus (lokale editie)']);
    expect(fr!.modules.map((m) => m.id)).toEqual(['m1-basics']);
    await expect(newCourse({ id: 'x', extends: join(base, 'nowhere'), coursesDir })).rejects.toThrow(/no course.yaml there/);
  });
});

describe('the lock of a variant', () => {
  it('follows the base: base-accept records it, check warns about replaced and hidden pages changed upstream, base-diff lists every change', async () => {
    const { base, dir } = await variant();
    const accepted = await baseAccept({ courseDir: dir });
    expect(accepted.ok).toBe(true);
    expect(await readFile(join(dir, 'base.lock.yaml'), 'utf8')).toContain('version: 1.2.3');
    expect((await check({ courseDirs: [dir] })).diagnostics).toEqual([]);
    expect(await baseDiff({ courseDir: dir })).toMatchObject({ changes: [] });

    // Federal corrections: the replaced page, the hidden page, a question and the version.
    await editFile(base, `${M}/02-suite.fr.md`, 'title: La suite', 'title: La suite corrigée');
    await editFile(base, `${M}/01-intro.fr.md`, 'Un bon réflexe.', 'Un très bon réflexe.');
    await editFile(base, `${M}/quiz.nl.yaml`, 'Papier blijft mogelijk.', 'Papier blijft altijd mogelijk.');
    await editFile(base, 'course.yaml', 'version: 1.2.3', 'version: 1.3.0');

    for (const [lang, words] of [['en', /changed since base.lock.yaml: changed at line 1/], ['fr', /a changé depuis base.lock.yaml : modifié à la ligne 1/]] as const) {
      const r = await check({ courseDirs: [dir], langUi: lang });
      expect(r.ok).toBe(true);
      const replaced = r.diagnostics.find((d) => d.rule === 'variant/base-changed' && d.file.endsWith('02-suite.fr.md'));
      expect(replaced?.message).toMatch(words);
      const hidden = r.diagnostics.find((d) => d.rule === 'variant/base-changed' && d.file === join(dir, `${M}/module.yaml`));
      expect(hidden?.message).toContain('01-intro.fr.md');
      expect(rules(r)).toContain('variant/base-updated');
    }

    const diff = await baseDiff({ courseDir: dir });
    if ('problem' in diff) throw new Error(diff.problem);
    expect(diff.locked.version).toBe('1.2.3');
    expect(diff.now.version).toBe('1.3.0');
    expect(diff.changes.map((c) => [c.path, c.change, c.touched])).toEqual([
      ['course.yaml', 'changed', undefined],
      [`${M}/01-intro.fr.md`, 'changed', 'hidden'],
      [`${M}/02-suite.fr.md`, 'changed', 'replaced'],
      [`${M}/quiz.nl.yaml`, 'changed', undefined],
    ]);
    const suite = diff.changes.find((c) => c.path.endsWith('02-suite.fr.md'))!;
    expect(suite.blocks).toEqual([expect.objectContaining({ kind: 'changed', before: expect.stringContaining('title: La suite\n'), after: expect.stringContaining('La suite corrigée') })]);
    expect(diff.changes.find((c) => c.path.endsWith('quiz.nl.yaml'))!.questions).toEqual([{ id: 'q-tf', change: 'changed' }]);

    expect((await baseAccept({ courseDir: dir })).ok).toBe(true);
    expect((await check({ courseDirs: [dir] })).diagnostics).toEqual([]);
  });

  it("the base's translation records are not a change of its content", async () => {
    const { base, dir } = await variant();
    await baseAccept({ courseDir: dir });
    await writeFile(join(base, 'translations.lock.yaml'), '# records\n');
    expect(await baseDiff({ courseDir: dir })).toMatchObject({ changes: [] });
  });

  it('a base page the variant replaces that disappears upstream is reported', async () => {
    const { base, dir } = await variant();
    await baseAccept({ courseDir: dir });
    await editFile(base, `${M}/01-intro.fr.md`, 'Voir la [page suivante](02-suite.fr.md).', 'Voir la suite.');
    const { rm } = await import('node:fs/promises');
    await rm(join(base, `${M}/02-suite.fr.md`));
    await rm(join(base, `${M}/02-suite.nl.md`));
    const r = await check({ courseDirs: [dir] });
    const d = r.diagnostics.find((x) => x.rule === 'variant/base-changed' && x.file.endsWith('02-suite.fr.md'));
    expect(d?.message).toMatch(/no longer exists in the base/);
  });

  it('an unreadable lock is said, and base-accept refuses a variant with errors', async () => {
    const { dir } = await variant({ 'base.lock.yaml': 'hello: [\n' });
    expect(rules(await check({ courseDirs: [dir] }))).toEqual(['variant/lock-unreadable']);
    const broken = await variant({ [`${M}/module.yaml`]: 'hide: [nope]\n' });
    const r = await baseAccept({ courseDir: broken.dir });
    expect(r.ok).toBe(false);
    expect(rules(r)).toContain('variant/hide-unknown');
  });
});

describe('the example variant (courses/examples/connectoo-basique-locale)', () => {
  const example = join(repoRoot, 'courses/examples/connectoo-basique-locale');

  it('checks clean against its lock, builds in every format, and every package validates', async () => {
    const checked = await check({ courseDirs: [example] });
    expect(checked.diagnostics).toEqual([]);
    const out = await makeTempDir('connectoo-example-');
    const r = await build({ courseDirs: [example], outDir: out });
    expect(r.ok).toBe(true);
    expect(new Set(r.outputs.map((o) => `${o.lang}-${o.format}`)).size).toBe(10);
    for (const o of r.outputs) expect((await validatePackage(o.file)).ok, o.file).toBe(true);
  }, 60_000);

  it('is left out when every course of courses/ is built, and built when named', async () => {
    const dirs = await listCourseDirs(join(repoRoot, 'courses'));
    expect(dirs.map((d) => d.slice(d.lastIndexOf('/') + 1))).toEqual(['connectoo-basique', 'connectoo-expert']);
  });
});

describe('the preview of a variant', () => {
  it('rebuilds when a file of the base changes', async () => {
    const { base, dir } = await variant();
    const { preview } = await import('../../src/preview/server.ts');
    const p = await preview({ courseDir: dir, lang: 'nl', port: 0 });
    try {
      const page = () => fetch(new URL('package/index.html', p.url)).then((r) => r.text());
      expect(await page()).toContain('Het vervolg');
      await editFile(base, `${M}/02-suite.nl.md`, 'title: Het vervolg', 'title: Het verbeterde vervolg');
      await expect.poll(page, { timeout: 8_000, interval: 100 }).toContain('Het verbeterde vervolg');
    } finally {
      await p.close();
    }
  }, 20_000);
});
