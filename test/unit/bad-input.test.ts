/** One real bad-input course per rule: the author gets file:line:column, the rule id and a hint. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.ts';
import { courseWith, positionOf, type Edit } from '../helpers/course-copy.ts';

const M = 'modules/m1-basics';
/** Aliases that contain each other: a few lines that would expand to millions of values. */
const aliasBomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)].join('\n');
/** Text as Latin-1 bytes (what an editor set to Windows-1252 saves). */
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
/** A quiz of `n` true/false questions in both languages. */
const manyQuestions = (n: number): Record<string, Edit> => {
  const quiz = `title: Q\nquestions:\n${Array.from({ length: n }, (_, i) => `  - { id: q${i}, type: true-false, prompt: Vrai ?, answer: true }`).join('\n')}\n`;
  return { [`${M}/quiz.fr.yaml`]: quiz, [`${M}/quiz.nl.yaml`]: quiz };
};
const replace = (from: string, to: string) => (t: string) => {
  if (!t.includes(from)) throw new Error(`fixture has no "${from}"`);
  return t.replace(from, to);
};

interface Case {
  rule: string;
  edits: Record<string, Edit>;
  /** File (relative to the course) and a text whose first occurrence is where the error points; omitted = whole file. */
  file: string;
  at?: string;
  severity?: 'error' | 'warning';
  hint?: RegExp;
}

const cases: Case[] = [
  { rule: 'yaml/syntax', edits: { 'course.yaml': replace('masteryScore: 80', 'masteryScore: 80: eighty') }, file: 'course.yaml', at: '80: eighty' },
  { rule: 'schema/unknown-field', edits: { 'course.yaml': replace('completion:', 'complettion: pages\ncompletion:') }, file: 'course.yaml', at: 'complettion', hint: /Did you mean "completion"/ },
  { rule: 'schema/missing-field', edits: { 'course.yaml': replace('completion: pages-and-quiz\n', '') }, file: 'course.yaml', at: 'id:', hint: /completion/ },
  { rule: 'schema/wrong-type', edits: { 'course.yaml': replace('masteryScore: 80', 'masteryScore: eighty') }, file: 'course.yaml', at: 'eighty' },
  { rule: 'schema/invalid-value', edits: { 'course.yaml': replace('pages-and-quiz', 'sometimes') }, file: 'course.yaml', at: 'sometimes', hint: /pages, quiz, pages-and-quiz/ },
  { rule: 'course/unknown-language', edits: { 'course.yaml': replace('[fr, nl]', '[fr, nl, xx]') }, file: 'course.yaml', at: 'xx' },
  { rule: 'course/missing-translation', edits: { 'course.yaml': replace(', nl: Minimale cursus', '') }, file: 'course.yaml', at: '{ fr: Cours' },
  { rule: 'course/duplicate-id', edits: { 'course.yaml': replace('[m1-basics]', '[m1-basics, m1-basics]') }, file: 'course.yaml', at: 'm1-basics]' },
  { rule: 'course/module-missing', edits: { 'course.yaml': replace('[m1-basics]', '[m1-basics, m2-more]') }, file: 'course.yaml', at: 'm2-more' },
  { rule: 'course/module-not-listed', edits: { 'modules/m9-extra/module.yaml': 'title: { fr: X, nl: Y }\n' }, file: 'course.yaml', at: 'modules:' },
  { rule: 'page/missing-translation', edits: { [`${M}/02-suite.nl.md`]: null }, file: `${M}/02-suite.fr.md`, at: '---' },
  { rule: 'page/front-matter', edits: { [`${M}/02-suite.fr.md`]: replace('---\ntitle: La suite\n---\n', '') }, file: `${M}/02-suite.fr.md`, at: '\n' },
  { rule: 'schema/unknown-field', edits: { [`${M}/02-suite.fr.md`]: replace('title: La suite', 'title: La suite\ntitel: X') }, file: `${M}/02-suite.fr.md`, at: 'titel', hint: /Did you mean "title"/ },
  { rule: 'quiz/duplicate-id', edits: { [`${M}/quiz.fr.yaml`]: replace('id: q-tf', 'id: q-csam') }, file: `${M}/quiz.fr.yaml`, at: 'q-csam, type' },
  { rule: 'quiz/unknown-correct-choice', edits: { [`${M}/quiz.fr.yaml`]: replace('type: single', 'type: single\n    correct: c') }, file: `${M}/quiz.fr.yaml`, at: 'c\n' },
  { rule: 'quiz/no-correct-answer', edits: { [`${M}/quiz.fr.yaml`]: replace('correct: true', 'correct: false') }, file: `${M}/quiz.fr.yaml`, at: '- { id: a' },
  { rule: 'quiz/translation-mismatch', edits: { [`${M}/quiz.nl.yaml`]: replace('answer: true', 'answer: false') }, file: `${M}/quiz.nl.yaml`, at: '{ id: q-tf' },
  { rule: 'quiz/missing-translation', edits: { [`${M}/quiz.nl.yaml`]: null }, file: `${M}/quiz.fr.yaml`, at: 'title' },
  { rule: 'md/missing-file', edits: { [`${M}/01-intro.fr.md`]: replace('schema.svg', 'schemaa.svg') }, file: `${M}/01-intro.fr.md`, at: '![' },
  { rule: 'md/image-alt', edits: { [`${M}/01-intro.fr.md`]: replace('![Un schéma simple]', '![]') }, file: `${M}/01-intro.fr.md`, at: '![' },
  { rule: 'md/missing-page', edits: { [`${M}/01-intro.fr.md`]: replace('02-suite.fr.md', '03-absent.fr.md') }, file: `${M}/01-intro.fr.md`, at: '[page suivante]' },
  { rule: 'md/empty-link', edits: { [`${M}/01-intro.fr.md`]: replace('[page suivante]', '[ ]') }, file: `${M}/01-intro.fr.md`, at: '[ ]' },
  { rule: 'md/directive-attribute', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\nOn dit :lang[Goedemorgen]{code=neerlandais}.\n` }, file: `${M}/02-suite.fr.md`, at: ':lang' },
  { rule: 'md/path-escape', edits: { [`${M}/01-intro.fr.md`]: replace('../../media/schema.svg', '../../../../etc/passwd') }, file: `${M}/01-intro.fr.md`, at: '![' },
  { rule: 'md/raw-html', severity: 'warning', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n<div onclick="x()">Hi</div>\n` }, file: `${M}/02-suite.fr.md`, at: '<div' },
  { rule: 'md/unknown-directive', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n:::astuce\nTexte\n:::\n` }, file: `${M}/02-suite.fr.md`, at: ':::astuce', hint: /:::tip/ },
  { rule: 'md/video-captions', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n::video{src="../../media/schema.svg"}\n` }, file: `${M}/02-suite.fr.md`, at: '::video' },
  { rule: 'md/heading-order', severity: 'warning', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n## Partie\n\n#### Détail\n` }, file: `${M}/02-suite.fr.md`, at: '#### Détail' },
  { rule: 'md/heading-order', severity: 'warning', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n# Titre\n` }, file: `${M}/02-suite.fr.md`, at: '# Titre' },
  { rule: 'lint/long-sentence', severity: 'warning', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\nCette phrase est beaucoup trop longue parce qu'elle enchaîne des idées les unes après les autres sans jamais s'arrêter pour laisser respirer la personne qui lit attentivement.\n` }, file: `${M}/02-suite.fr.md`, at: 'Cette phrase' },
  { rule: 'lint/vague-link', severity: 'warning', edits: { [`${M}/01-intro.fr.md`]: replace('[page suivante]', '[cliquez ici]') }, file: `${M}/01-intro.fr.md`, at: '[cliquez ici]' },
  { rule: 'lint/alt-filename', severity: 'warning', edits: { [`${M}/01-intro.fr.md`]: replace('![Un schéma simple]', '![schema.svg]') }, file: `${M}/01-intro.fr.md`, at: '![' },
  { rule: 'lint/readability', severity: 'warning', edits: { [`${M}/02-suite.nl.md`]: (t) => `${t}\n${'De gemeentelijke administratieve dienstverlening digitaliseert overheidsprocedures geleidelijk. Elektronische identificatiemogelijkheden vereisen bijkomende technologische vaardigheden. '.repeat(6)}\n` }, file: `${M}/02-suite.nl.md`, at: '---' },
  { rule: 'page/file-name', edits: { [`${M}/intro.fr.md`]: '---\ntitle: X\n---\n' }, file: `${M}/intro.fr.md` },
  { rule: 'page/file-name', edits: { [`${M}/Intro Page.fr.md`]: '---\ntitle: X\n---\n' }, file: `${M}/Intro Page.fr.md`, hint: /03-intro-page\.fr\.md/ },
  { rule: 'module/missing-file', edits: { [`${M}/module.yaml`]: null, [`${M}/module.yml`]: 'title: { fr: Les bases, nl: De basis }\n' }, file: `${M}/module.yaml`, hint: /Rename module\.yml to module\.yaml/ },
  { rule: 'md/missing-file', edits: { [`${M}/02-suite.nl.md`]: (t) => `${t}\n![Schema](../../media/Schema.svg)\n` }, file: `${M}/02-suite.nl.md`, at: '![Schema]', hint: /Did you mean \.\.\/\.\.\/media\/schema\.svg/ },
  { rule: 'md/missing-page', edits: { [`${M}/01-intro.fr.md`]: replace('02-suite.fr.md', '02-siute.fr.md') }, file: `${M}/01-intro.fr.md`, at: '[page suivante]', hint: /Did you mean 02-suite\.fr\.md/ },
  // Hostile or broken input: limits and unsafe content (README, "Limits").
  { rule: 'yaml/too-large', edits: { 'course.yaml': (t) => `${t}# ${'x'.repeat(1_000_001)}\n` }, file: 'course.yaml', at: '# yaml' },
  { rule: 'yaml/aliases', edits: { [`${M}/quiz.fr.yaml`]: (t) => `${aliasBomb}\n${t}` }, file: `${M}/quiz.fr.yaml`, at: 'a0' },
  { rule: 'md/page-too-large', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n${'Du texte. '.repeat(100_001)}\n` }, file: `${M}/02-suite.fr.md`, at: '---' },
  { rule: 'md/too-deep', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n${'> '.repeat(10_000)}x\n` }, file: `${M}/02-suite.fr.md`, at: '> > >' },
  { rule: 'md/too-deep', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n${'*'.repeat(10_000)}x\n` }, file: `${M}/02-suite.fr.md`, at: '*****' },
  { rule: 'md/too-complex', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\nDébut ${'*a '.repeat(400)}\n` }, file: `${M}/02-suite.fr.md`, at: 'Début' },
  // The page has a 3-row table already: the 2,001st table row of the page is the one reported.
  { rule: 'md/too-complex', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}${'| x | y |\n'.repeat(1_997)}| z | z |\n` }, file: `${M}/02-suite.fr.md`, at: '| z |' },
  { rule: 'md/too-many-links', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\n${'[lien](02-suite.fr.md)\n\n'.repeat(2_000)}[dernier](02-suite.fr.md)\n` }, file: `${M}/02-suite.fr.md`, at: '[dernier]' },
  { rule: 'md/bad-escape', edits: { [`${M}/01-intro.fr.md`]: replace('schema.svg', 'sch%zzema.svg') }, file: `${M}/01-intro.fr.md`, at: '![' },
  { rule: 'md/unsafe-link', edits: { [`${M}/01-intro.fr.md`]: replace('(02-suite.fr.md)', '(javascript:alert(1))') }, file: `${M}/01-intro.fr.md`, at: '[page suivante]' },
  { rule: 'md/unsafe-link', edits: { [`${M}/01-intro.fr.md`]: replace('(02-suite.fr.md)', '(file:///etc/passwd)') }, file: `${M}/01-intro.fr.md`, at: '[page suivante]' },
  { rule: 'source/encoding', edits: { [`${M}/02-suite.fr.md`]: latin1('---\ntitle: La suite\n---\n\nUn caf\u00e9.\n') }, file: `${M}/02-suite.fr.md`, at: '\uFFFD' },
  { rule: 'source/encoding', edits: { [`${M}/02-suite.fr.md`]: (t) => `${t}\nAvant\u0000après\n` }, file: `${M}/02-suite.fr.md`, at: '\u0000' },
  { rule: 'course/too-large', edits: manyQuestions(2_001), file: 'course.yaml', at: 'modules:' },
  // Media the pages use: nothing that runs, nothing empty or other than its name says.
  { rule: 'media/unsafe-svg', edits: { 'media/schema.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect width="4" height="4"/>\n  <script>parent.API</script>\n</svg>\n' }, file: 'media/schema.svg', at: '<script' },
  { rule: 'media/unsafe-svg', edits: { 'media/schema.svg': '<svg xmlns="http://www.w3.org/2000/svg"\n     onload="fetch(1)"><rect/></svg>\n' }, file: 'media/schema.svg', at: 'onload' },
  { rule: 'media/unsafe-svg', edits: { 'media/schema.svg': '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/x.png"/></svg>\n' }, file: 'media/schema.svg', at: 'href' },
  { rule: 'media/broken', edits: { 'media/schema.svg': '' }, file: 'media/schema.svg', hint: /again/ },
  { rule: 'media/broken', edits: { 'media/schema.svg': '<svg xmlns="http://www.w3.org/2000/svg">\n<rect x="1" y=2/>\n</svg>\n' }, file: 'media/schema.svg', at: '2/>' },
  { rule: 'media/broken', edits: { 'media/plan.png': 'GIF89a\x01\x00', [`${M}/02-suite.fr.md`]: (t) => `${t}\n![Un plan](../../media/plan.png)\n` }, file: 'media/plan.png', hint: /extension/ },
  { rule: 'media/html', edits: { 'media/page.html': '<p>Bonjour</p>\n', [`${M}/02-suite.fr.md`]: (t) => `${t}\n[La page](../../media/page.html)\n` }, file: 'media/page.html', hint: /https/ },
  { rule: 'media/unsafe-svg', edits: { 'course.yaml': replace('masteryScore: 80', 'masteryScore: 80\ncertificate: { logo: media/logo.svg }'), 'media/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>top.API</script></svg>\n' }, file: 'media/logo.svg', at: '<script' },
];

describe('author errors', () => {
  it.each(cases)('$rule', async (c) => {
    const dir = await courseWith('minimal', c.edits);
    const { ok, diagnostics } = await check({ courseDirs: [dir] });
    const hit = diagnostics.find((d) => d.rule === c.rule);
    expect(hit, JSON.stringify(diagnostics, null, 1)).toBeDefined();
    expect(hit!.severity).toBe(c.severity ?? 'error');
    expect(ok).toBe((c.severity ?? 'error') === 'warning');
    expect(hit!.file).toBe(join(dir, c.file));
    if (c.at) expect({ line: hit!.line, column: hit!.column }).toEqual(await positionOf(dir, c.file, c.at));
    expect(hit!.message.length).toBeGreaterThan(10);
    expect(hit!.hint).toBeTruthy();
    if (c.hint) expect(hit!.hint).toMatch(c.hint);
  });

  it('reports every error of a run at once, sorted by file and line', async () => {
    const dir = await courseWith('minimal', {
      'course.yaml': replace('masteryScore: 80', 'masteryScore: eighty'),
      [`${M}/01-intro.fr.md`]: replace('![Un schéma simple]', '![]'),
      [`${M}/quiz.fr.yaml`]: replace('correct: true', 'correct: false'),
    });
    const { diagnostics } = await check({ courseDirs: [dir] });
    // A field error in course.yaml does not hide the mistakes in the other files.
    expect(diagnostics.map((d) => d.rule)).toEqual(expect.arrayContaining(['schema/wrong-type', 'md/image-alt', 'quiz/no-correct-answer']));
    expect(diagnostics.map((d) => [d.file, d.line])).toEqual([...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line).map((d) => [d.file, d.line]));
    const dir2 = await courseWith('minimal', {
      [`${M}/01-intro.fr.md`]: replace('![Un schéma simple]', '![]'),
      [`${M}/quiz.fr.yaml`]: replace('correct: true', 'correct: false'),
      [`${M}/02-suite.nl.md`]: (t) => `${t}\n![](../../media/nope.png)\n`,
    });
    const rules = (await check({ courseDirs: [dir2] })).diagnostics.map((d) => d.rule);
    expect(rules).toEqual(expect.arrayContaining(['md/image-alt', 'quiz/no-correct-answer', 'md/missing-file']));
    expect(rules.filter((r) => r === 'md/image-alt')).toHaveLength(2);
  });

  it('accepts the fixture course as it is', async () => {
    const { ok, diagnostics } = await check({ courseDirs: [await courseWith('minimal')] });
    expect(diagnostics).toEqual([]);
    expect(ok).toBe(true);
  });
});
