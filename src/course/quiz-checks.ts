/** Checks that involve a whole quiz, or the same quiz across languages. */
import { join } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import { questionModel, type QuestionModel } from '../contract/course-data.ts';
import { checkQuestion, handlerOf } from '../quiz/index.ts';
import type { Lang } from '../schema/course.ts';
import type { Question } from '../schema/quiz.ts';
import type { LoadedModule } from './load-module.ts';

/** What must match across languages (each question type says, see quiz/contract.ts). */
const innerIds = (q: Question): string[] => {
  const model = { ...q, interactionId: '' } as QuestionModel;
  return handlerOf(model).sameInEveryLanguage(model as never);
};

/**
 * Each language's quiz is checked on its own, whatever the others hold; languages are compared only
 * between quizzes that could be read (a quiz file that cannot be read is not "missing").
 */
export function checkQuizzes(modules: LoadedModule[], languages: Lang[], dir: string, report: Report): boolean {
  let ok = true;
  const fail: Report = (d) => {
    if ((d.severity ?? 'error') === 'error') ok = false;
    report(d);
  };
  for (const { spec: m, quizLangs } of modules) {
    const present = languages.filter((l) => m.quiz[l]);
    const withFile = languages.filter((l) => quizLangs.has(l));
    if (withFile.length === 0) continue;
    for (const lang of languages) {
      if (quizLangs.has(lang)) continue;
      const file = m.quiz[present[0]!]?.file ?? `modules/${m.id}/quiz.${withFile[0]}.yaml`;
      fail({ rule: 'quiz/missing-translation', params: { lang, expected: `modules/${m.id}/quiz.${lang}.yaml` }, file: join(dir, file), line: 1, column: 1 });
    }
    for (const lang of present) {
      const { quiz, file, located } = m.quiz[lang]!;
      const abs = join(dir, file);
      const seen = new Set<string>();
      quiz.questions.forEach((q, i) => {
        const at = (path: (string | number)[]) => ({ file: abs, ...located.locate(['questions', i, ...path]) });
        const question = { n: i + 1, id: q.id };
        if (seen.has(q.id)) fail({ ...at(['id']), rule: 'quiz/duplicate-id', params: { kind: 'question', question } });
        seen.add(q.id);
        if ((q.type === 'single' || q.type === 'multiple') && q.correct !== undefined) {
          const ids = Array.isArray(q.correct) ? q.correct : [q.correct];
          ids.forEach((id, k) => {
            if (q.choices.some((c) => c.id === id)) return;
            // The author wrote the choice's text instead of its id.
            const textOf = q.choices.find((c) => c.text.trim().toLowerCase() === String(id).trim().toLowerCase())?.id;
            fail({
              ...at(Array.isArray(q.correct) ? ['correct', k] : ['correct']),
              rule: 'quiz/unknown-correct-choice',
              params: { question, value: String(id), choices: q.choices.map((c) => c.id), ...(textOf ? { textOf } : {}) },
            });
          });
        }
        checkQuestion(questionModel(m.id, q), (path, problem, severity) =>
          fail({ ...at(path), ...problem, params: { ...problem.params, question }, severity } as Parameters<Report>[0]),
        );
      });
    }
    // The same quiz in every language: same questions, types and answer ids.
    const [first, ...others] = present;
    for (const lang of others) {
      const a = m.quiz[first!]!.quiz.questions;
      const { quiz, file, located } = m.quiz[lang]!;
      quiz.questions.forEach((q, i) => {
        const ref = a.find((x) => x.id === q.id);
        const same = ref && ref.type === q.type && innerIds(ref).join() === innerIds(q).join() && ref.points === q.points;
        if (same) return;
        fail({
          file: join(dir, file),
          ...located.locate(['questions', i]),
          rule: 'quiz/translation-mismatch',
          params: { kind: ref ? 'differs' : 'not-in-reference', question: { n: i + 1, id: q.id }, reference: first! },
        });
      });
      for (const ref of a) {
        if (quiz.questions.some((q) => q.id === ref.id)) continue;
        fail({ file: join(dir, file), ...located.locate(['questions']), rule: 'quiz/translation-mismatch', params: { kind: 'missing-here', id: ref.id, reference: first! } });
      }
    }
  }
  return ok;
}
