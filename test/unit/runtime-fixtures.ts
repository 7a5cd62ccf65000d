/** Player data of made-up courses, for the runtime unit tests. */
import type { QuestionModel } from '../../src/course/model.ts';
import type { PlayerData, PlayerModule } from '../../src/contract/player-data.ts';

export interface CourseShape {
  /** Pages per module. */
  pages: number[];
  /** Questions per module (0 = no quiz). */
  questions?: number[];
  completion?: PlayerData['completion'];
  reporting?: PlayerData['reporting'];
  masteryScore?: number;
  passingScore?: number;
  attempts?: number;
  optional?: string[];
  question?: (module: string, i: number) => QuestionModel;
}

export const yesNo = (module: string, i: number, points = 1): QuestionModel => ({
  id: `q${i + 1}`,
  interactionId: `${module}-q${i + 1}`,
  type: 'true-false',
  prompt: `Question ${i + 1}`,
  points,
  answer: true,
});

export function makeData(shape: CourseShape): PlayerData {
  const modules: PlayerModule[] = shape.pages.map((count, m) => {
    const id = `m${m + 1}`;
    const questions = Array.from({ length: shape.questions?.[m] ?? 0 }, (_, i) => (shape.question ?? yesNo)(id, i));
    return {
      id,
      title: `Module ${m + 1}`,
      pages: Array.from({ length: count }, (_, p) => {
        const pid = `${id}/p${p + 1}`;
        return { id: pid, title: `Page ${p + 1}`, optional: shape.optional?.includes(pid) ?? false };
      }),
      quiz: questions.length
        ? { id, title: `Quiz ${m + 1}`, passingScore: shape.passingScore ?? 80, shuffle: false, attempts: shape.attempts ?? 0, questions }
        : undefined,
    };
  });
  return {
    schema: 1,
    format: 'scorm12',
    id: 'demo',
    version: '1.0.0',
    lang: 'fr',
    title: 'Demo',
    masteryScore: shape.masteryScore ?? 80,
    completion: shape.completion ?? 'pages-and-quiz',
    reporting: shape.reporting ?? 'passed-incomplete',
    certificate: true,
    iri: 'https://example.org/demo',
    prerequisites: [],
    modules,
  };
}
