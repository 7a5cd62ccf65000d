/**
 * Plain-language checks on a page (warnings): readability per page, long sentences,
 * vague link texts and alternative texts that only repeat a file name.
 */
import type { Image, Link, Parent, Root, RootContent } from 'mdast';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';

export const lintLimits = { sentenceWords: 25, minReadability: 45, minWordsForScore: 60 };

/** Flesch reading ease adapted per language (FR: Kandel & Moles, NL: Douma, DE: Amstad, EN: Flesch). */
const ease: Record<string, (wordsPerSentence: number, syllablesPerWord: number) => number> = {
  fr: (a, b) => 207 - 1.015 * a - 73.6 * b,
  nl: (a, b) => 206.835 - 0.93 * a - 77 * b,
  de: (a, b) => 180 - a - 58.5 * b,
  en: (a, b) => 206.835 - 1.015 * a - 84.6 * b,
};

const vagueLinks = new Set([
  'cliquez ici', 'ici', 'cliquer ici', 'lien', 'en savoir plus', 'click here', 'here', 'link', 'read more', 'more',
  'klik hier', 'hier', 'lees meer', 'meer', 'hier klicken', 'klicken sie hier', 'mehr', 'weiterlesen',
]);

/** Vowel groups, counting Dutch and French digraphs once; a final silent French "e" is not a syllable. */
export function syllables(word: string, lang: string): number {
  let w = word.toLowerCase().normalize('NFC');
  if (lang === 'fr') w = w.replace(/(?<=[a-zà-ÿ]{2})(e|es|ent)$/, '');
  const groups = w.match(/[aeiouyàâäéèêëîïôöùûüœæ]+/g);
  return Math.max(1, groups?.length ?? 0);
}

const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const sentencesOf = (s: string) =>
  s
    .replace(/\b(?:p\. ?ex|e\.a|bv|enz|etc|z\.B|e\.g|i\.e|M|Mme|dr)\./gi, (m) => m.replace(/\./g, ''))
    .split(/(?<=[.!?…]["”»)]?)\s+|\n+/)
    .map((x) => x.trim())
    .filter((x) => words(x).length > 0);

function text(n: RootContent | Parent): string {
  if (n.type === 'text' || n.type === 'inlineCode') return (n as { value: string }).value;
  if (n.type === 'break') return ' ';
  if (n.type === 'image') return '';
  return 'children' in n ? (n.children as RootContent[]).map(text).join('') : '';
}

export function lintPage(tree: Root, lang: string, file: string, report: Report): void {
  const at = (n: { position?: { start: { line: number; column: number } } }) => ({
    file,
    line: n.position?.start.line ?? 1,
    column: n.position?.start.column ?? 1,
  });
  let totalWords = 0;
  let totalSentences = 0;
  let totalSyllables = 0;
  const walk = (parent: Parent) => {
    for (const node of parent.children as RootContent[]) {
      if (node.type === 'paragraph' || node.type === 'tableCell') {
        for (const s of sentencesOf(text(node))) {
          const ws = words(s);
          if (node.type === 'paragraph') {
            totalSentences++;
            totalWords += ws.length;
            totalSyllables += ws.reduce((n, w) => n + syllables(w, lang), 0);
          }
          if (ws.length > lintLimits.sentenceWords) {
            report({
              ...at(node),
              severity: 'warning',
              rule: 'lint/long-sentence',
              params: { words: ws.length, start: s.slice(0, 60), limit: lintLimits.sentenceWords },
            });
          }
        }
      }
      if (node.type === 'link') linkText(node);
      if (node.type === 'image') altText(node);
      if ('children' in node) walk(node as Parent);
    }
  };
  const linkText = (node: Link) => {
    const t = text(node).trim().toLowerCase().replace(/[.…:!]+$/, '');
    if (vagueLinks.has(t)) {
      report({
        ...at(node),
        severity: 'warning',
        rule: 'lint/vague-link',
        params: { text: text(node).trim() },
      });
    }
  };
  const altText = (node: Image) => {
    const alt = (node.alt ?? '').trim().toLowerCase();
    if (!alt) return;
    const base = (node.url.split('/').pop() ?? '').toLowerCase();
    const stem = base.replace(/\.[a-z0-9]+$/, '');
    if (alt === base || alt === stem || alt.replace(/[\s_-]+/g, '') === stem.replace(/[\s_-]+/g, '') || /\.(svg|png|jpe?g|gif|webp)$/.test(alt)) {
      report({
        ...at(node),
        severity: 'warning',
        rule: 'lint/alt-filename',
        params: { alt: node.alt ?? '' },
      });
    }
  };
  walk(tree);
  if (totalWords >= lintLimits.minWordsForScore && ease[lang]) {
    const score = ease[lang](totalWords / totalSentences, totalSyllables / totalWords);
    if (score < lintLimits.minReadability) {
      report({
        file,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'lint/readability',
        params: { score: Math.round(score), min: lintLimits.minReadability, cause: totalWords / totalSentences > 18 ? 'sentences' : 'words' },
      });
    }
  }
}
