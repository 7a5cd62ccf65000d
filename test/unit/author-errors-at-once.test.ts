/**
 * Every author mistake of a run at once, without follow-on errors, said as an author thinks, in their language.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.ts';
import { courseWith, type Edit } from '../helpers/course-copy.ts';

const M1 = 'modules/m1-decouverte';
const M2 = 'modules/m2-pratique';
const replace = (from: string, to: string) => (t: string) => {
  if (!t.includes(from)) throw new Error(`fixture has no "${from}"`);
  return t.replace(from, to);
};
const renamed = async (fixture: string, from: string, to: string, edits: Record<string, Edit> = {}) => {
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { fixturesDir } = await import('../helpers/paths.ts');
  return courseWith(fixture, { ...edits, [from]: null, [to]: await readFile(join(fixturesDir, fixture, from), 'utf8') });
};

describe('all mistakes of a run at once', () => {
  it('reports seven mistakes in course.yaml, a module.yaml, a page name, a page, and both quizzes in one run', async () => {
    const dir = await renamed('e2e-all-types', `${M2}/01-situations.fr.md`, `${M2}/situations.fr.md`, {
      'course.yaml': (t) => replace('masteryScore: 80', 'masteryScore: 80%')(replace('completion: pages-and-quiz', 'completion: pages-quiz')(t)),
      [`${M1}/module.yaml`]: replace('duration: 20', '\tduration: 20'),
      [`${M1}/02-services.fr.md`]: replace('schema-acces.svg', 'schema-acess.svg'),
      [`${M1}/quiz.fr.yaml`]: replace('    prompt: Quel service', '    promt: Quel service'),
      [`${M1}/quiz.nl.yaml`]: replace('    type: single\n', '    type: single\n    correct: CSAM\n'),
    });
    const { ok, diagnostics } = await check({ courseDirs: [dir] });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const where = (d: (typeof errors)[number]) => `${d.rule} ${d.file.slice(dir.length + 1)}`;
    expect(ok).toBe(false);
    expect(errors.map(where).sort()).toEqual(
      [
        'schema/wrong-type course.yaml',
        'schema/invalid-value course.yaml',
        `yaml/syntax ${M1}/module.yaml`,
        `page/file-name ${M2}/situations.fr.md`,
        `md/missing-file ${M1}/02-services.fr.md`,
        `schema/unknown-field ${M1}/quiz.fr.yaml`,
        `schema/missing-field ${M1}/quiz.fr.yaml`,
        `quiz/unknown-correct-choice ${M1}/quiz.nl.yaml`,
      ].sort(),
    );
  });

  it('a tab in a module.yaml: one error, and the links into that module still work', async () => {
    const dir = await courseWith('e2e-all-types', { [`${M2}/module.yaml`]: replace('duration: 10', '\tduration: 10') });
    const { diagnostics } = await check({ courseDirs: [dir] });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual(['yaml/syntax']);
    expect(diagnostics[0]!.message).toBe('Line 4 is indented with a tab.');
  });

  it('a page named intro.fr.md: one error with the name to give it, and no missing pages or translations', async () => {
    const dir = await renamed('e2e-all-types', `${M2}/01-situations.fr.md`, `${M2}/situations.fr.md`);
    const { diagnostics } = await check({ courseDirs: [dir] });
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.hint])).toEqual([['page/file-name', 'Rename it to 01-situations.fr.md.']]);
    const loose = await courseWith('minimal', { 'modules/m1-basics/intro.fr.md': '---\ntitle: Intro\n---\n\nBonjour.\n' });
    const found = (await check({ courseDirs: [loose] })).diagnostics.filter((d) => d.severity === 'error');
    // The module has 01- and 02- pages: the first free number.
    expect(found.map((d) => [d.rule, d.hint])).toEqual([['page/file-name', 'Rename it to 03-intro.fr.md.']]);
  });

  it('a quiz that cannot be read does not hide the checks of the same quiz in the other language', async () => {
    const dir = await courseWith('minimal', {
      'modules/m1-basics/quiz.fr.yaml': replace('type: single', 'type: singel'),
      'modules/m1-basics/quiz.nl.yaml': replace('correct: true', 'correct: false'),
    });
    const rules = (await check({ courseDirs: [dir] })).diagnostics.map((d) => d.rule);
    expect(rules.sort()).toEqual(['quiz/no-correct-answer', 'schema/invalid-value']);
  });
});

describe('said as an author thinks, in their language', () => {
  const indented = courseWith('minimal', { 'modules/m1-basics/quiz.fr.yaml': replace('    prompt: Quel service', '      prompt: Quel service') });
  const byText = courseWith('minimal', { 'modules/m1-basics/quiz.nl.yaml': replace('    type: single\n', '    type: single\n    correct: eBox\n') });
  const nearName = courseWith('minimal', { 'modules/m1-basics/01-intro.fr.md': replace('schema.svg', 'shema.svg') });
  const moduleYml = renamed('minimal', 'modules/m1-basics/module.yaml', 'modules/m1-basics/module.yml');
  const one = async (dir: Promise<string>, rule: string, langUi?: 'fr' | 'nl') => {
    const { diagnostics } = await check({ courseDirs: [await dir], langUi });
    const hits = diagnostics.filter((d) => d.rule === rule);
    expect(hits, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
    return hits[0]!;
  };

  it('YAML indentation: the line and the field above it, never the parser', async () => {
    expect(await one(indented, 'yaml/syntax')).toMatchObject({ line: 5, column: 7, message: 'Line 5 is indented more than `type:` above it.' });
    expect((await one(indented, 'yaml/syntax', 'fr')).message).toBe('La ligne 5 est plus décalée que `type:` au-dessus.');
    expect((await one(indented, 'yaml/syntax', 'nl')).message).toBe('Regel 5 springt verder in dan `type:` erboven.');
  });

  it('correct: written as the text of a choice, with the question numbered from 1 and its id', async () => {
    const en = await one(byText, 'quiz/unknown-correct-choice');
    expect(en.message).toBe('Question 1 (q-csam): `correct` must be the id of one of its choices (a, b), not its text.');
    expect(en.hint).toBe('Write correct: b (the id of the choice "eBox").');
    const fr = await one(byText, 'quiz/unknown-correct-choice', 'fr');
    expect(fr.message).toBe("Question 1 (q-csam) : `correct` doit être l'identifiant d'un de ses choix (a, b), pas son texte.");
    expect(fr.hint).toBe("Écrivez correct: b (l'identifiant du choix « eBox »).");
    const nl = await one(byText, 'quiz/unknown-correct-choice', 'nl');
    expect(nl.message).toBe('Vraag 1 (q-csam): `correct` moet de id van een van de keuzes zijn (a, b), niet de tekst ervan.');
    expect(nl.hint).toBe('Schrijf correct: b (de id van de keuze "eBox").');
  });

  it('a missing file with a near name: did you mean', async () => {
    expect((await one(nearName, 'md/missing-file')).hint).toBe('Did you mean ../../media/schema.svg?');
    expect((await one(nearName, 'md/missing-file', 'fr')).hint).toBe('Vouliez-vous dire ../../media/schema.svg ?');
    expect((await one(nearName, 'md/missing-file', 'nl')).hint).toBe('Bedoelt u ../../media/schema.svg?');
  });

  it('module.yml: rename it to module.yaml, and no other error about it', async () => {
    const { diagnostics } = await check({ courseDirs: [await moduleYml], langUi: 'nl' });
    expect(diagnostics.map((d) => [d.rule, d.hint])).toEqual([['module/missing-file', 'Hernoem module.yml naar module.yaml.']]);
    expect((await one(moduleYml, 'module/missing-file', 'fr')).hint).toBe('Renommez module.yml en module.yaml.');
  });

  it('schema places: question numbers from 1 with their ids, fields by name', async () => {
    const dir = courseWith('minimal', { 'modules/m1-basics/quiz.fr.yaml': replace('{ id: b, text: eBox }', '{ id: b, txt: eBox }') });
    expect((await one(dir, 'schema/unknown-field')).message).toBe('`txt` is not a field of question 1 (q-csam), choice 2 (b).');
    expect((await one(dir, 'schema/unknown-field', 'fr')).message).toBe("`txt` n'est pas un champ de question 1 (q-csam), choix 2 (b).");
    expect((await one(dir, 'schema/missing-field', 'nl')).message).toBe('Vraag 1 (q-csam), keuze 2 (b) heeft geen `text`.');
  });
});

describe('the language of the messages', () => {
  it('comes from --lang-ui, else LC_ALL, LC_MESSAGES or LANG, else English', async () => {
    const { langOfLocale, systemLang } = await import('../../src/diagnostics/author-report.ts');
    expect([langOfLocale('fr'), langOfLocale('nl_BE.UTF-8'), langOfLocale('de-DE'), langOfLocale('C.UTF-8'), langOfLocale('it_IT')]).toEqual(['fr', 'nl', 'de', undefined, undefined]);
    expect(systemLang({ LC_ALL: 'nl_BE.UTF-8', LANG: 'fr_BE.UTF-8' })).toBe('nl');
    expect(systemLang({ LC_MESSAGES: 'de_DE', LANG: 'fr_BE.UTF-8' })).toBe('de');
    expect(systemLang({ LANG: 'fr_BE.UTF-8' })).toBe('fr');
    expect(systemLang({ LANG: 'POSIX' })).toBe('en');
    expect(systemLang({})).toBe('en');
  });

  it('connectoo check --lang-ui nl prints Dutch messages, hints and summary with the rule ids unchanged', async () => {
    const { PassThrough } = await import('node:stream');
    const { main } = await import('../../src/cli/main.ts');
    const dir = await courseWith('minimal', { 'modules/m1-basics/quiz.nl.yaml': replace('correct: true', 'correct: false') });
    const out = new PassThrough();
    const err = new PassThrough();
    const chunks: string[] = [];
    err.on('data', (c: Buffer) => chunks.push(c.toString()));
    const code = await main(['check', dir, '--lang-ui', 'nl'], out as never, err as never);
    const text = chunks.join('');
    expect(code).toBe(1);
    expect(text).toContain('error Vraag 1 (q-csam): geen enkele keuze is als juist gemarkeerd');
    expect(text).toContain('[quiz/no-correct-answer]');
    expect(text).toContain('tip: Voeg correct: true toe aan de juiste keuze.');
    expect(text).toMatch(/\d+ fouten?, \d+ waarschuwingen?/);
    const usage = new PassThrough();
    const usageText: string[] = [];
    usage.on('data', (c: Buffer) => usageText.push(c.toString()));
    expect(await main(['check', dir, '--lang-ui', 'xx'], out as never, usage as never)).toBe(2);
    expect(usageText.join('')).toContain('--lang-ui takes fr, nl, de or en');
  });
});
