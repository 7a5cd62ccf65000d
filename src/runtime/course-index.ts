/** Flat views of the player data: the reading order and all questions. */
import type { QuestionModel } from '../contract/course-data.ts';
import type { PlayerData, PlayerModule, PlayerQuiz } from '../contract/player-data.ts';

/** One place the learner can go to, in reading order. */
export type Stop =
  | { kind: 'page'; id: string; title: string; optional: boolean; module: PlayerModule }
  | { kind: 'quiz'; id: string; title: string; module: PlayerModule }
  | { kind: 'certificate'; id: 'certificate'; title: string };

export type QuizInfo = PlayerQuiz;

export interface CourseIndex {
  data: PlayerData;
  stops: Stop[];
  /** All pages in order (the saved state names them by a key made from their id: state-keys.ts). */
  pageIds: string[];
  /** All questions in order (named in the saved state by a key made from their interaction id). */
  questions: QuestionModel[];
  quizzes: QuizInfo[];
  /** Quiz of each question, by interaction id. */
  quizOf: Map<string, QuizInfo>;
}

export function indexCourse(data: PlayerData, certificateTitle = 'Certificate'): CourseIndex {
  const stops: Stop[] = [];
  const pageIds: string[] = [];
  const questions: QuestionModel[] = [];
  const quizzes: QuizInfo[] = [];
  const quizOf = new Map<string, QuizInfo>();
  for (const m of data.modules) {
    for (const p of m.pages) {
      stops.push({ kind: 'page', id: p.id, title: p.title, optional: p.optional, module: m });
      pageIds.push(p.id);
    }
    if (m.quiz && m.quiz.questions.length) {
      const quiz: QuizInfo = { ...m.quiz, id: m.id };
      stops.push({ kind: 'quiz', id: m.id, title: m.quiz.title, module: m });
      quizzes.push(quiz);
      for (const q of m.quiz.questions) {
        questions.push(q);
        quizOf.set(q.interactionId, quiz);
      }
    }
  }
  if (data.certificate) stops.push({ kind: 'certificate', id: 'certificate', title: certificateTitle });
  return { data, stops, pageIds, questions, quizzes, quizOf };
}

/** The bookmark written to the platform for a stop. */
export function locationOf(stop: Stop): string {
  return stop.kind === 'quiz' ? `quiz:${stop.id}` : stop.id;
}

export function stopAt(index: CourseIndex, location: string | null | undefined): number {
  if (!location) return -1;
  return index.stops.findIndex((s) => locationOf(s) === location);
}
