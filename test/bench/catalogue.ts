/**
 * Synthetic catalogues for the bench: `modules` modules in courses of ten (one language, three pages of
 * ordinary Markdown and a three-question quiz per module), so that the work grows with the module count only.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const modulesPerCourse = 10;

const page = (c: number, m: number, p: number) => `---
title: Page ${p} du module ${m} (cours ${c})
---

## Ce que vous allez faire

Un paragraphe d'introduction avec du **gras**, de l'*italique*, un [lien vers la page suivante](0${p === 3 ? 1 : p + 1}-page.fr.md)
et une adresse https://example.org/services/${c}/${m}/${p} écrite telle quelle.

1. Ouvrir le service en ligne et se connecter avec sa carte d'identité.
2. Choisir la démarche dans la liste, puis vérifier les données affichées.
3. Envoyer la demande et garder la preuve de dépôt.

| Étape | Durée | Aide |
|---|---|---|
| Connexion | 2 min | guichet |
| Demande | 5 min | en ligne |

:::tip
Un bon réflexe : noter le numéro de dossier avant de fermer la page.
:::

${'Une phrase de contenu ordinaire, assez longue pour ressembler à une vraie page de cours. '.repeat(12)}
`;

const quiz = `title: Vérifiez vos acquis
questions:
  - id: q-service
    type: single
    prompt: Quel service permet de se connecter ?
    choices:
      - { id: a, text: CSAM, correct: true }
      - { id: b, text: eBox }
  - { id: q-papier, type: true-false, prompt: Le papier reste possible., answer: true }
  - id: q-etapes
    type: multiple
    prompt: Quelles étapes font partie de la demande ?
    choices:
      - { id: a, text: Se connecter, correct: true }
      - { id: b, text: Vérifier les données, correct: true }
      - { id: c, text: Imprimer le formulaire }
`;

/** Writes the catalogue under `dir/courses/` and returns the number of courses. */
export async function writeCatalogue(dir: string, modules: number): Promise<number> {
  const courses = Math.ceil(modules / modulesPerCourse);
  for (let c = 1; c <= courses; c++) {
    const ids = Array.from({ length: Math.min(modulesPerCourse, modules - (c - 1) * modulesPerCourse) }, (_, i) => `m${i + 1}`);
    const root = join(dir, 'courses', `bench-${c}`);
    await mkdir(root, { recursive: true });
    await writeFile(
      join(root, 'course.yaml'),
      `id: bench-${c}\nversion: 1.0.0\nlanguages: [fr]\ntitle: { fr: Cours ${c} }\ndescription: { fr: Un cours du catalogue de test. }\n` +
        `masteryScore: 80\ncompletion: pages-and-quiz\nmodules: [${ids.join(', ')}]\n`,
    );
    for (const [i, id] of ids.entries()) {
      const m = join(root, 'modules', id);
      await mkdir(m, { recursive: true });
      await writeFile(join(m, 'module.yaml'), `title: { fr: Module ${i + 1} }\nduration: 20\n`);
      for (let p = 1; p <= 3; p++) await writeFile(join(m, `0${p}-page.fr.md`), page(c, i + 1, p));
      await writeFile(join(m, 'quiz.fr.yaml'), quiz);
    }
  }
  return courses;
}
