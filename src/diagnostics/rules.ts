/**
 * Every author rule and what its text is made from. Report sites give `{ rule, params }`; the message
 * catalogue (messages/) writes the text in the chosen language. A rule added here without its text in
 * every language fails to compile.
 */

/** One step of a place in a YAML file: an item of a list (1-based, with its id when it has one) or a field. */
export type PathPart = { list: string; n: number; id?: string } | { field: string };
/** Where in a YAML file; empty = the file itself. */
export type Place = PathPart[];
/** What kind of value a field takes (or holds). */
export type ValueKind = 'text' | 'number' | 'whole-number' | 'true-false' | 'list' | 'block' | 'value';
/** A question of a quiz, as authors count them: 1-based, with its id. */
export interface QuestionRef {
  n: number;
  id: string;
}
/** What a link, image or directive attribute is. */
export type Target = 'image' | 'link' | { directive: string; attribute: string };

export type YamlSyntax =
  | { kind: 'tab'; line: number }
  | { kind: 'indent-more' | 'indent-less'; line: number; above: string }
  | { kind: 'colon-in-value'; line: number; key: string }
  | { kind: 'duplicate-key'; key: string }
  | { kind: 'unclosed-quote'; line: number }
  | { kind: 'unclosed-bracket'; line: number; bracket: string }
  | { kind: 'reserved-start'; line: number; char: string }
  | { kind: 'after-quote'; line: number }
  | { kind: 'unreadable'; line: number };

export type InvalidValue =
  | { kind: 'not-allowed'; at: Place; value: string; allowed: string[] }
  | { kind: 'question-type'; at: Place; value: string; allowed: string[] }
  | { kind: 'shape'; at: Place }
  | { kind: 'too-small' | 'too-big'; at: Place; value: string; limit: number; counts: 'value' | 'items' | 'characters' }
  | { kind: 'id-format' | 'version-format'; at: Place; value: string }
  | { kind: 'other'; at: Place; value: string };

/** Something in an SVG drawing that could run code or load a file from elsewhere. */
export type SvgFinding =
  | { what: 'doctype' | 'stylesheet-instruction' }
  | { what: 'element' | 'html-element'; name: string }
  | { what: 'event'; attribute: string }
  | { what: 'script-address' | 'outside-reference' | 'animation-link'; attribute: string; value: string }
  | { what: 'stylesheet-load'; value: string };

/** What an inline code of a translation (XLIFF) stands for in the page. */
export type CodeWhat = 'emphasis' | 'strong' | 'strikethrough' | 'link' | 'image' | 'code' | 'line-break' | 'passage' | 'markup';

export interface RuleParams {
  'yaml/syntax': YamlSyntax;
  'yaml/too-large': { chars: number; limit: number };
  'yaml/aliases': { limit: number };
  'schema/unknown-field': { field: string; at: Place; suggestion?: string; allowed: string[] };
  'schema/missing-field': { field: string; at: Place; expected: ValueKind; allowed?: string[] };
  'schema/wrong-type': { at: Place; expected: ValueKind; actual: ValueKind | 'empty'; value?: string };
  'schema/invalid-value': InvalidValue;
  'source/encoding': { kind: 'nul' | 'invalid-utf8' };
  'course/missing-file': { near?: string };
  'course/unknown-language': { code: string; supported: string[] };
  'course/ui-strings': { problem: string };
  'course/missing-translation': { kind: 'field'; field: string; lang: string; languages: string[] } | { kind: 'module-title'; lang: string };
  'course/duplicate-id': { kind: 'module'; id: string } | { kind: 'course'; id: string; other: string };
  'course/module-missing': { id: string };
  'course/module-not-listed': { id: string };
  'course/symlink': Record<string, never>;
  'course/too-large': { what: 'pages' | 'questions'; count: number; limit: number };
  'course/state-too-large': { pages: number; questions: number; length: number; limit: number; format: string };
  'module/missing-file': { module: string; near?: string };
  'module/empty': { module: string };
  'module/unused-file': { name: string };
  'page/file-name': { name: string; suggestion?: string };
  'page/unknown-language': { name: string; lang: string; languages: string[] };
  'page/front-matter': Record<string, never>;
  'page/missing-translation': { lang: string; expected: string };
  'md/page-too-large': { chars: number; limit: number };
  'md/too-deep': { kind: 'nesting' | 'line'; limit: number } | { kind: 'emphasis-run'; count: number };
  'md/too-complex': { kind: 'table-rows' | 'page-marks' | 'paragraph-marks'; limit: number };
  'md/too-many-links': { limit: number };
  'md/unsafe-link': { what: Target; url: string; scheme: string };
  'md/bad-escape': { what: Target; url: string };
  'md/path-escape': { what: Target; url: string };
  'md/missing-file': { what: Target; url: string; looked: string; symlink: boolean; suggestion?: string };
  'md/external-media': { url: string };
  'md/image-alt': { url: string };
  'md/empty-link': { url: string };
  'md/missing-page': { url: string; lang: string; suggestion?: string };
  'md/raw-html': Record<string, never>;
  'md/heading-order': { kind: 'h1' } | { kind: 'skip'; from: number; to: number };
  'md/unknown-directive': { name: string; known: string[] };
  'md/directive-attribute':
    | { kind: 'missing'; directive: string; attribute: string }
    | { kind: 'unknown'; directive: string; attribute: string; allowed: string[] }
    | { kind: 'lang-code'; value: string };
  'md/video-captions': Record<string, never>;
  'lint/long-sentence': { words: number; start: string; limit: number };
  'lint/vague-link': { text: string };
  'lint/alt-filename': { alt: string };
  'lint/readability': { score: number; min: number; cause: 'sentences' | 'words' };
  'quiz/unknown-language': { lang: string; languages: string[] };
  'quiz/missing-translation': { lang: string; expected: string };
  'quiz/translation-mismatch':
    | { kind: 'differs' | 'not-in-reference'; question: QuestionRef; reference: string }
    | { kind: 'missing-here'; id: string; reference: string };
  'quiz/duplicate-id':
    | { kind: 'question'; question: QuestionRef }
    | { kind: 'inner'; question: QuestionRef; what: 'choices' | 'sources' | 'targets' | 'items'; id: string; first: number; second: number };
  'quiz/unknown-correct-choice': { question: QuestionRef; value: string; choices: string[]; textOf?: string };
  'quiz/no-correct-answer': { question: QuestionRef };
  'quiz/single-several-correct': { question: QuestionRef; count: number };
  'quiz/all-correct': { question: QuestionRef };
  'quiz/fill-in-empty': { question: QuestionRef; n: number };
  'quiz/fill-in-duplicate': { question: QuestionRef; answer: string; accents: boolean };
  'quiz/duplicate-text': { question: QuestionRef; first: number; second: number };
  'quiz/numeric-answer': { question: QuestionRef } & (
    | { kind: 'none' | 'answer-and-range' | 'tolerance-alone' }
    | { kind: 'min-over-max'; min: number; max: number }
  );
  'media/broken':
    | { kind: 'empty'; path: string }
    | { kind: 'wrong-content'; path: string; expected: string; actual: string }
    | { kind: 'web-page' | 'unknown-content'; path: string; expected: string }
    | { kind: 'svg-unreadable'; path: string; why: string }
    | { kind: 'svg-root'; path: string; root: string };
  'media/unsafe-svg': { kind: 'compressed'; path: string } | { kind: 'active'; path: string; found: SvgFinding };
  'media/html': { kind: 'active-file' | 'html-content'; path: string };
  'theme/missing-file': { what: 'logo' | 'font'; path: string; suggestion?: string };
  'theme/contrast': {
    colour: 'primary' | 'accent';
    mode: 'light' | 'dark';
    value: string;
    /** What the colour is drawn as: text (links, outlined buttons), the text of a primary button on it, or the focus ring. */
    pair: 'text' | 'button-text' | 'focus';
    against: 'page' | 'panel' | 'notice' | 'button';
    background: string;
    ratio: number;
    needed: number;
    suggestion: string;
  };
  'variant/base-missing': { path: string; kind: 'not-found' | 'inside' };
  'variant/nested': { path: string; further: string };
  'variant/same-id': { id: string };
  'variant/hide-unknown': { name: string; module: string; near?: string };
  'variant/no-lock': { base: string };
  'variant/lock-unreadable': { why: string };
  'variant/base-updated': { base: string; locked: string; now: string };
  'variant/base-changed': { page: string; how: 'replaced' | 'hidden'; changes: BlockChange[] | 'removed' };
  'translation/xliff-format': { kind: 'not-xml'; why: string } | { kind: 'not-xliff'; root: string } | { kind: 'version'; version: string } | { kind: 'no-units' };
  'translation/xliff-language':
    | { kind: 'missing' }
    | { kind: 'unknown'; code: string; supported: string[] }
    | { kind: 'mixed'; codes: string[] }
    | { kind: 'same'; code: string }
    | { kind: 'not-expected'; code: string; expected: string }
    | { kind: 'source-not-in-course'; code: string; languages: string[] };
  'translation/unit-mismatch': { kind: 'missing' | 'unknown' | 'duplicate'; unit: string };
  'translation/source-changed': { unit: string; source: string; line: number };
  'translation/untranslated': { unit: string };
  'translation/inline-codes':
    | { kind: 'missing' | 'duplicate' | 'unknown' | 'moved'; unit: string; code: string; what: CodeWhat }
    | { kind: 'foreign'; unit: string; element: string };
  'translation/target-structure': { unit: string; target: string };
  'translation/stale': { source: string; changed: number[]; removed: number[]; command: string };
  'translation/record': { kind: 'unreadable' } | { kind: 'source-gone' | 'target-gone'; target: string; source: string };
  'internal/unexpected': { what: string };
}

/** A change in a base file since a variant's lock: a block (paragraph, heading, list…) and its first line in the base file now. */
export interface BlockChange {
  kind: 'changed' | 'added' | 'removed';
  line: number;
}

export type RuleId = keyof RuleParams;

/** A rule with its parameters, as report sites give it. */
export type Problem = { [R in RuleId]: { rule: R; params: RuleParams[R] } }[RuleId];

/** Rules reported on one question (src/quiz/): the question is added by the quiz checks. */
export type QuestionRule = {
  [R in RuleId]: RuleParams[R] extends { question: QuestionRef } ? R : never;
}[RuleId];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type QuestionProblem = { [R in QuestionRule]: { rule: R; params: DistributiveOmit<RuleParams[R], 'question'> } }[QuestionRule];
