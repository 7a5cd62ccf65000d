import { z } from 'zod';
import { supportedLanguages } from '../contract/languages.ts';
import { reportingPolicies } from '../contract/reporting.ts';

export { supportedLanguages };
export const Lang = z.enum(supportedLanguages);
export type Lang = z.infer<typeof Lang>;

/** Text given once per course language: { fr: ..., nl: ... }. */
export const LangText = z.record(z.string(), z.string().min(1));

/** A colour as CSS writes it: #rrggbb. */
const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'write the colour as # and six hexadecimal digits, such as #0b57a4');
const FontFile = z.string().regex(/\.woff2$/i, 'use a .woff2 font file of the course folder, such as media/font.woff2');

/**
 * The look of the course: a logo in the header, the colour of links and buttons (`primary`), of the focus ring
 * (`accent`), their `dark:` variants (else derived from the light ones), and fonts shipped in the package (.woff2).
 * Without a theme, the player's neutral colours and the system font.
 */
export const Theme = z
  .object({
    logo: z.object({ file: z.string().regex(/\.(svg|png|jpe?g|webp|gif|avif)$/i, 'use an SVG, PNG, JPEG, WebP, GIF or AVIF image'), alt: LangText }).strict().optional(),
    primary: Colour.optional(),
    accent: Colour.optional(),
    dark: z.object({ primary: Colour.optional(), accent: Colour.optional() }).strict().optional(),
    fonts: z.object({ text: FontFile.optional(), headings: FontFile.optional() }).strict().optional(),
  })
  .strict();
export type Theme = z.infer<typeof Theme>;

export const Course = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'use a semantic version such as 1.0.0'),
    languages: z.array(Lang).min(1),
    title: LangText,
    description: LangText,
    masteryScore: z.number().min(0).max(100),
    completion: z.enum(['pages', 'quiz', 'pages-and-quiz']),
    /**
     * What the LMS is told, as `<success>-<otherwise>`: passed-incomplete (default), passed-failed,
     * completed-incomplete, completed-failed. See the README for which LMS settings each suits.
     */
    reporting: z.enum(reportingPolicies).default('passed-incomplete'),
    modules: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).min(1),
    /** Ids of courses a learner must hold first (shown to the learner and written in metadata). */
    prerequisites: z.array(z.object({ id: z.string(), title: LangText }).strict()).default([]),
    /**
     * Show a printable certificate once the course is passed: `true`, or `{ issuer: { fr: …, nl: … }, logo: media/logo.svg }`
     * (issuer named on the certificate; logo: a file of the course folder, shipped in the package).
     */
    certificate: z
      .union([z.boolean(), z.object({ issuer: LangText.optional(), logo: z.string().min(1).optional() }).strict()])
      .default(false),
    theme: Theme.optional(),
    /** Publisher IRI base for xAPI/cmi5 activity ids. */
    iri: z.string().url().optional(),
    author: z.string().optional(),
    /** What each released version changed, per language: the release notes of `<id>@<version>`. */
    changelog: z
      .array(z.object({ version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'use a semantic version such as 1.0.0'), changes: LangText }).strict())
      .optional(),
  })
  .strict();
export type Course = z.infer<typeof Course>;

export const Module = z
  .object({
    title: LangText,
    /** Expected learning time in minutes. */
    duration: z.number().int().positive().optional(),
    description: LangText.optional(),
  })
  .strict();
export type Module = z.infer<typeof Module>;

/**
 * course.yaml of a variant: `extends:` names the base course folder; the variant has its own id and version,
 * and any other field it gives (titles, theme, modules…) replaces the base's.
 */
export const CourseVariant = Course.partial()
  .required({ id: true, version: true })
  .extend({ extends: z.string().min(1) })
  .strict();
export type CourseVariant = z.infer<typeof CourseVariant>;

/**
 * module.yaml of a variant module that the base also has: fields it gives replace the base's; `hide:` lists
 * base pages the variant leaves out (file names, with or without the language: 03-horaires or 03-horaires.fr.md).
 */
export const ModuleVariant = Module.partial()
  .extend({ hide: z.array(z.string().min(1)).optional() })
  .strict();
export type ModuleVariant = z.infer<typeof ModuleVariant>;

export const PageFrontMatter = z
  .object({
    title: z.string().min(1),
    /** Do not count this page for completion (e.g. an optional appendix). */
    optional: z.boolean().default(false),
  })
  .strict();
export type PageFrontMatter = z.infer<typeof PageFrontMatter>;
