/** The plain data the player receives, from the course model. */
import type { CourseModel } from '../course/model.ts';
import type { FormatId, PlayerData } from '../contract/player-data.ts';

export function toPlayerData(m: CourseModel, format: FormatId): PlayerData {
  return {
    schema: 1,
    format,
    id: m.id,
    version: m.version,
    lang: m.lang,
    title: m.title,
    ...(m.description ? { description: m.description } : {}),
    ...(m.durationMinutes !== undefined ? { durationMinutes: m.durationMinutes } : {}),
    masteryScore: m.masteryScore,
    completion: m.completion,
    reporting: m.reporting,
    certificate: m.certificate,
    ...(m.certificateIssuer ? { certificateIssuer: m.certificateIssuer } : {}),
    ...(m.certificateLogo ? { certificateLogo: m.certificateLogo } : {}),
    iri: m.iri,
    prerequisites: m.prerequisites,
    modules: m.modules.map((mod) => ({
      id: mod.id,
      title: mod.title,
      ...(mod.description ? { description: mod.description } : {}),
      ...(mod.durationMinutes !== undefined ? { durationMinutes: mod.durationMinutes } : {}),
      pages: mod.pages.map((p) => ({ id: p.id, title: p.title, optional: p.optional })),
      quiz: mod.quiz && {
        id: mod.quiz.id,
        title: mod.quiz.title,
        passingScore: mod.quiz.passingScore,
        shuffle: mod.quiz.shuffle,
        attempts: mod.quiz.attempts,
        questions: mod.quiz.questions,
      },
    })),
  };
}

/** JSON that is safe inside a `<script type="application/json">` element. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
