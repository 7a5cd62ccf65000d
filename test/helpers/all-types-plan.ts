/**
 * The learner's answers to the `e2e-all-types` fixture (French) used by the SCORM and xAPI journeys:
 * session 1 answers every type in module 1 (one wrong, the fill-in typed without accent or capitals,
 * the numeric with a decimal comma); session 2 answers module 2 right.
 */
import { question, readFixtureCourse } from './fixture-course.ts';
import type { Expected } from './interaction-checks.ts';
import { isCorrect, rightResponse, wrongResponse } from './scorm-oracle.ts';

export const fixture = 'e2e-all-types';
export const course = readFixtureCourse(fixture, 'fr');
export const [m1, m2] = course.modules as [(typeof course.modules)[0], (typeof course.modules)[0]];
const q = (m: string, id: string) => question(course, m, id);

export const session1: Expected[] = [
  { module: m1.id, q: q(m1.id, 'q-service'), r: rightResponse(q(m1.id, 'q-service')) },
  { module: m1.id, q: q(m1.id, 'q-outils'), r: rightResponse(q(m1.id, 'q-outils')) },
  { module: m1.id, q: q(m1.id, 'q-autonomie'), r: wrongResponse(q(m1.id, 'q-autonomie')) },
  { module: m1.id, q: q(m1.id, 'q-region'), r: { type: 'fill-in', text: '  region de BRUXELLES-capitale ' } },
  { module: m1.id, q: q(m1.id, 'q-associer'), r: rightResponse(q(m1.id, 'q-associer')) },
  { module: m1.id, q: q(m1.id, 'q-etapes'), r: rightResponse(q(m1.id, 'q-etapes')) },
  { module: m1.id, q: q(m1.id, 'q-pourcentage'), r: { type: 'numeric', text: '46,5' } },
];
export const session2: Expected[] = m2.quiz!.questions.map((x) => ({ module: m2.id, q: x, r: rightResponse(x) }));

export const all = [...session1, ...session2];
const points = (e: Expected) => e.q.points ?? 1;
export const totalPoints = all.reduce((n, e) => n + points(e), 0);
export const earned = all.filter((e) => isCorrect(e.q, e.r)).reduce((n, e) => n + points(e), 0);
export const expectedScore = (100 * earned) / totalPoints;
