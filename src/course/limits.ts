/**
 * Sizes a course source may have. Far above any real course (the Connectoo courses use a few
 * percent of each), they keep time and memory of a build roughly linear in its input and turn
 * hostile or broken input into an author error instead of a hang or a crash. Documented in README.
 */
export const limits = {
  /** Bytes of one YAML file (course.yaml, module.yaml, a quiz). */
  yamlBytes: 1_000_000,
  /** Aliases (`*name`) resolved in one YAML file. */
  yamlAliases: 100,
  /** Bytes of one Markdown page. */
  pageBytes: 1_000_000,
  /** Levels of block nesting in a page (quotes, lists, directives). */
  nesting: 32,
  /** Links and images in one page. */
  linksPerPage: 2_000,
  /** Emphasis markers (`*`, `_`, `~`) in one run. */
  emphasisRun: 64,
  /** Emphasis runs or brackets in one paragraph (their pairing costs the parser more than linear time). */
  inlineMarks: 300,
  /** Emphasis runs or brackets in one page (each costs the parser far more than a letter). */
  pageMarks: 10_000,
  /** Table rows in one page (tables are the costliest thing to parse). */
  tableRows: 2_000,
  /** Pages of a course (all modules), per language. */
  pages: 2_000,
  /** Questions of a course (all quizzes), per language. */
  questions: 2_000,
} as const;
