/** Checks that involve a whole quiz, or the same quiz across languages. */
import { join } from 'node:path';
import type { Report } from '../diagnostics/diagnostic.ts';
import { questionModel } from '../contract/course-data.ts';
import { correctIds } from '../quiz/choice-common.ts';
import { checkQuestion } from '../quiz/index.ts';
import type { Lang } from '../schema/course.ts';
import type { Question } from '../schema/quiz.ts';
import type { ModuleSpec } from './spec.ts';

/** What must match across languages: answer ids and correct answers (fill-in answers are words, so they may differ). */
function innerIds(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const correct = correctIds({ ...q, interactionId: '' });
      return q.choices.map((c) => `${c.id}${correct.includes(c.id) ? '*' : ''}`);
    }
    case 'matching':
      return q.pairs.map((p) => `${p.source.id}.${p.target.id}`);
    case 'sequencing':
      return q.items.map((i) => i.id);
    case 'true-false':
      return [String(q.answer)];
    case 'numeric':
      return [q.answer, q.tolerance, q.min, q.max].map(String);
    case 'fill-in':
      return [];
  }
}

export function checkQuizzes(modules: ModuleSpec[], languages: Lang[], dir: string, report: Report): boolean {
  let ok = true;
  const fail: Report = (d) => {
    if ((d.severity ?? 'error') === 'error') ok = false;
    report(d);
  };
  for (const m of modules) {
    const present = languages.filter((l) => m.quiz[l]);
    if (present.length === 0) continue;
    for (const lang of languages) {
      if (!m.quiz[lang]) {
        fail({
          rule: 'quiz/missing-translation',
          file: join(dir, m.quiz[present[0]]!.file),
          line: 1,
          column: 1,
          message: `This quiz has no ${lang.toUpperCase()} version.`,
          hint: `Create modules/${m.id}/quiz.${lang}.yaml with the same question ids.`,
        });
      }
    }
    for (const lang of present) {
      const { quiz, file, located } = m.quiz[lang]!;
      const abs = join(dir, file);
      const seen = new Map<string, number>();
      quiz.questions.forEach((q, i) => {
        const at = (path: (string | number)[]) => ({ file: abs, ...located.locate(['questions', i, ...path]) });
        if (seen.has(q.id)) {
          fail({
            ...at(['id']),
            rule: 'quiz/duplicate-id',
            message: `Question id "${q.id}" is used twice in this quiz.`,
            hint: 'Give each question its own id: LMS reports use it to tell answers apart.',
          });
        }
        seen.set(q.id, i);
        if ((q.type === 'single' || q.type === 'multiple') && q.correct !== undefined) {
          const ids = Array.isArray(q.correct) ? q.correct : [q.correct];
          ids.forEach((id, k) => {
            if (!q.choices.some((c) => c.id === id)) {
              fail({
                ...at(Array.isArray(q.correct) ? ['correct', k] : ['correct']),
                rule: 'quiz/unknown-correct-choice',
                message: `The correct answer "${id}" is not among the choices (${q.choices.map((c) => c.id).join(', ')}).`,
                hint: 'Use the id of one of the choices, or mark the right choice with correct: true.',
              });
            }
          });
        }
        checkQuestion(questionModel(m.id, q), (path, rule, message, hint, severity) =>
          fail({ ...at(path), rule, message, hint, severity }),
        );
      });
    }
    // The same quiz in every language: same questions, types and answer ids.
    const [first, ...others] = present;
    for (const lang of others) {
      const a = m.quiz[first]!.quiz.questions;
      const { quiz, file, located } = m.quiz[lang]!;
      quiz.questions.forEach((q, i) => {
        const ref = a.find((x) => x.id === q.id);
        const same = ref && ref.type === q.type && innerIds(ref).join() === innerIds(q).join() && ref.points === q.points;
        if (!same) {
          fail({
            file: join(dir, file),
            ...located.locate(['questions', i]),
            rule: 'quiz/translation-mismatch',
            message: ref
              ? `Question "${q.id}" differs from the ${first.toUpperCase()} quiz (type, points, answer ids or correct answers).`
              : `Question "${q.id}" does not exist in the ${first.toUpperCase()} quiz.`,
            hint: 'Every language has the same questions with the same ids, types, points and correct answers; only the texts change.',
          });
        }
      });
      for (const ref of a) {
        if (!quiz.questions.some((q) => q.id === ref.id)) {
          fail({
            file: join(dir, file),
            ...located.locate(['questions']),
            rule: 'quiz/translation-mismatch',
            message: `Question "${ref.id}" of the ${first.toUpperCase()} quiz is missing here.`,
            hint: 'Every language has the same questions with the same ids.',
          });
        }
      }
    }
  }
  return ok;
}
