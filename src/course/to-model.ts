/** The course model for one language, from a validated spec. Pure data in, pure data out. */
import type { Lang } from '../schema/course.ts';
import type { CourseSpec } from './load-course.ts';
import { questionModel } from '../contract/course-data.ts';
import type { CourseModel, ModuleModel, ThemeModel } from './model.ts';
import { palettes } from './theme-colours.ts';
import { themePath } from './theme-checks.ts';

/** Without an `iri` in course.yaml, a course is identified by a URN built from its id (never a made-up web address). */
export const defaultIri = (id: string) => `urn:connectoo:course:${id}`;

export function toModel(spec: CourseSpec, lang: Lang): CourseModel {
  const c = spec.course;
  const modules: ModuleModel[] = spec.modules.map((m) => {
    const quiz = m.quiz[lang];
    return {
      id: m.id,
      title: m.meta.title[lang],
      description: m.meta.description?.[lang],
      durationMinutes: m.meta.duration,
      pages: m.pages.map((p) => {
        const page = p.byLang[lang]!;
        return { id: `${m.id}/${p.key}`, title: page.title, optional: page.optional, file: page.file, mdast: page.mdast };
      }),
      quiz: quiz && {
        id: m.id,
        title: quiz.quiz.title,
        passingScore: quiz.quiz.passingScore ?? c.masteryScore,
        shuffle: quiz.quiz.shuffle,
        attempts: quiz.quiz.attempts,
        file: quiz.file,
        questions: quiz.quiz.questions.map((q) => questionModel(m.id, q)),
      },
    };
  });
  const durations = spec.modules.map((m) => m.meta.duration);
  const cert = typeof c.certificate === 'object' ? c.certificate : undefined;
  const logo = cert?.logo?.replace(/^\.?\//, '');
  const t = c.theme;
  const theme: ThemeModel | undefined = t && {
    ...(t.primary || t.accent || t.dark ? { palettes: palettes(t) } : {}),
    fonts: { ...(t.fonts?.text ? { text: themePath(t.fonts.text) } : {}), ...(t.fonts?.headings ? { headings: themePath(t.fonts.headings) } : {}) },
    ...(t.logo ? { logo: { path: themePath(t.logo.file), alt: t.logo.alt[lang] ?? '' } } : {}),
  };
  const note = c.changelog?.find((e) => e.version === c.version)?.changes[lang];
  return {
    id: c.id,
    version: c.version,
    ...(note ? { versionNote: note } : {}),
    lang,
    languages: spec.languages,
    title: c.title[lang],
    description: c.description[lang],
    masteryScore: c.masteryScore,
    completion: c.completion,
    reporting: c.reporting,
    prerequisites: c.prerequisites.map((p) => ({ id: p.id, title: p.title[lang] ?? p.id })),
    certificate: c.certificate !== false,
    ...(cert?.issuer?.[lang] ? { certificateIssuer: cert.issuer[lang] } : {}),
    ...(logo ? { certificateLogo: logo } : {}),
    ...(theme ? { theme } : {}),
    iri: (c.iri ?? defaultIri(c.id)).replace(/\/+$/, ''),
    author: c.author,
    durationMinutes: durations.every((d) => d !== undefined) ? durations.reduce((a, b) => a! + b!, 0) : undefined,
    modules,
    assets: [...new Set([...(spec.assets[lang] ?? []), ...(logo ? [logo] : [])])].sort().map((p) => ({ path: p, source: p })),
  };
}
