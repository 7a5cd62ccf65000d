/** Open Badges 3.0 `Achievement` describing what earning the course badge means. Plain JSON, one per course language. */
import type { CourseModel } from '../course/model.ts';
import type { Lang } from '../contract/languages.ts';
import { ruleNeeds } from '../contract/score-rules.ts';

const criteriaText: { [L in Lang]: (m: CourseModel) => string } = {
  fr: (m) =>
    [
      m.prerequisites.length ? `Détenir : ${m.prerequisites.map((p) => p.title).join(', ')}.` : '',
      ruleNeeds(m.completion).pages ? 'Lire toutes les pages de chaque module.' : '',
      ruleNeeds(m.completion).quiz ? `Obtenir au moins ${m.masteryScore} % aux questionnaires des modules.` : '',
    ].filter(Boolean).join(' '),
  nl: (m) =>
    [
      m.prerequisites.length ? `Eerst behaald hebben: ${m.prerequisites.map((p) => p.title).join(', ')}.` : '',
      ruleNeeds(m.completion).pages ? "Alle pagina's van elke module lezen." : '',
      ruleNeeds(m.completion).quiz ? `Minstens ${m.masteryScore}% behalen op de toetsen van de modules.` : '',
    ].filter(Boolean).join(' '),
  de: (m) =>
    [
      m.prerequisites.length ? `Voraussetzung: ${m.prerequisites.map((p) => p.title).join(', ')}.` : '',
      ruleNeeds(m.completion).pages ? 'Alle Seiten jedes Moduls lesen.' : '',
      ruleNeeds(m.completion).quiz ? `Mindestens ${m.masteryScore} % in den Modultests erreichen.` : '',
    ].filter(Boolean).join(' '),
  en: (m) =>
    [
      m.prerequisites.length ? `Hold first: ${m.prerequisites.map((p) => p.title).join(', ')}.` : '',
      ruleNeeds(m.completion).pages ? 'Read every page of every module.' : '',
      ruleNeeds(m.completion).quiz ? `Score at least ${m.masteryScore}% in the module quizzes.` : '',
    ].filter(Boolean).join(' '),
};

export function achievement(m: CourseModel): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `${m.iri}/achievement/${m.version}/${m.lang}`,
    type: ['Achievement'],
    achievementType: 'Badge',
    name: m.title,
    description: m.description,
    criteria: { id: `${m.iri}/criteria/${m.lang}`, narrative: criteriaText[m.lang](m) },
    alignment: m.modules.map((mod) => ({
      type: ['Alignment'],
      targetName: mod.title,
      targetUrl: `${m.iri}/${mod.id}`,
      ...(mod.description ? { targetDescription: mod.description } : {}),
    })),
    inLanguage: m.lang,
    version: m.version,
    ...(m.author ? { creator: { id: `${m.iri}/creator`, type: ['Profile'], name: m.author } } : {}),
  };
}

export const badgeName = (m: CourseModel) => `${m.id}-${m.lang}-${m.version}-badge.json`;
