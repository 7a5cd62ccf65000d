/** English texts of the rules about translations: importing an XLIFF file, and the translation records. */
import type { CodeWhat } from '../../rules.ts';
import { code, type Texts, type TranslationRule } from '../types.ts';
import { en as w } from './words.ts';

const what: Record<CodeWhat, string> = {
  emphasis: 'emphasis', strong: 'bold text', strikethrough: 'struck-out text', link: 'a link', image: 'an image', code: 'code',
  'line-break': 'a line break', passage: 'a marked passage', markup: 'markup',
};
const lines = (l: number[]) => `line${l.length > 1 ? 's' : ''} ${w.and(l.map(String))}`;
const exportAgain = 'The course changed since the export: export it again (connectoo translate export) and translate that file; the translation memory of your tool fills in what was already translated.';

export const translation: Texts<TranslationRule> = {
  'translation/xliff-format': {
    message: (p) => {
      switch (p.kind) {
        case 'not-xml': return `This file is not well-formed XML: ${p.why}`;
        case 'not-xliff': return `This is not an XLIFF file: its root element is ${code(p.root)}, not ${code('xliff')}.`;
        case 'version': return `This file is XLIFF ${p.version}; connectoo reads XLIFF 1.2.`;
        case 'no-units': return 'This XLIFF file holds no text to translate.';
      }
    },
    hint: (p) =>
      p.kind === 'no-units'
        ? 'Export the course with connectoo translate export and translate that file.'
        : 'Save the translation from your translation tool as XLIFF 1.2 (the format it was given in), and do not edit the file by hand.',
  },
  'translation/xliff-language': {
    message: (p) => {
      switch (p.kind) {
        case 'missing': return 'A <file> of this XLIFF file has no target-language.';
        case 'unknown': return `The target language ${p.code} is not one connectoo builds courses in (${p.supported.join(', ')}).`;
        case 'mixed': return `This file translates into several languages: ${w.and(p.codes)}.`;
        case 'same': return `The target language ${p.code} is also the source language.`;
        case 'not-expected': return `This file translates into ${p.code}, not into ${p.expected} as --to asks.`;
        case 'source-not-in-course': return `The source language ${p.code} is not a language of this course (${p.languages.join(', ')}).`;
      }
    },
    hint: (p) =>
      p.kind === 'mixed'
        ? 'Import one language at a time: one XLIFF file per target language.'
        : p.kind === 'not-expected'
          ? 'Check that this is the right file, or leave --to out.'
          : p.kind === 'source-not-in-course'
            ? 'Import the file into the course it was exported from.'
            : 'Set the target language of the project in your translation tool and save the XLIFF file again.',
  },
  'translation/unit-mismatch': {
    message: (p) =>
      p.kind === 'missing' ? `The course text ${p.unit} is not in this file.` : p.kind === 'unknown' ? `${p.unit} is not a text of the course (any more).` : `${p.unit} appears twice in this file.`,
    hint: (p) => (p.kind === 'duplicate' ? 'Keep one of the two units, or export the course again.' : exportAgain),
  },
  'translation/source-changed': {
    message: (p) => `The source text of ${p.unit} changed since the export (${p.source}, line ${p.line}).`,
    hint: () => exportAgain,
  },
  'translation/untranslated': {
    message: (p) => `${p.unit} has no translation.`,
    hint: () => 'Translate it in your translation tool (copy the source if it stays the same), then save the XLIFF file again.',
  },
  'translation/inline-codes': {
    message: (p) => {
      switch (p.kind) {
        case 'missing': return `The translation of ${p.unit} lacks code ${p.code} (${what[p.what]}).`;
        case 'duplicate': return `The translation of ${p.unit} has code ${p.code} (${what[p.what]}) twice.`;
        case 'unknown': return `The translation of ${p.unit} has a code ${p.code} (${what[p.what]}) that its source does not have.`;
        case 'moved': return `In the translation of ${p.unit}, code ${p.code} (${what[p.what]}) is not inside the same pair of codes as in the source.`;
        case 'foreign': return `The translation of ${p.unit} holds a <${p.element}> the export did not write.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'missing': return 'Put every code of the source into the translation, around or next to the words it belongs to: the codes keep the page\'s markup.';
        case 'duplicate': return 'Keep each code once.';
        case 'unknown': case 'foreign': return 'Use only the codes of the source text (copy them from the source in your translation tool).';
        case 'moved': return 'Put it back inside (or outside) the same pair of codes as in the source, so that the page keeps its structure.';
      }
    },
  },
  'translation/target-structure': {
    message: (p) => `With the translation of ${p.unit}, ${p.target} would not have the structure of its source: Markdown would read part of the text as markup.`,
    hint: () => 'Look in that translation for text Markdown reads as markup: a web or e-mail address written out, a number followed by a full stop at the start, a code without text inside. Reword it, or move the codes as in the source.',
  },
  'translation/stale': {
    message: (p) => {
      const parts = [
        ...(p.changed.length ? [`the text at ${lines(p.changed)} changed or was added`] : []),
        ...(p.removed.length ? [`text was removed at ${lines(p.removed)}`] : []),
      ];
      return `${p.source} changed since this file was translated from it: ${parts.join('; ')}.`;
    },
    hint: (p) => `Bring the translation up to date (connectoo translate export marks those texts for review), then record it: ${p.command}`,
  },
  'translation/record': {
    message: (p) =>
      p.kind === 'unreadable'
        ? 'translations.lock.yaml cannot be read: translations are not compared with their sources.'
        : p.kind === 'source-gone'
          ? `The translation records name ${p.target}, translated from ${p.source}, which no longer exists.`
          : `The translation records name ${p.target}, which no longer exists.`,
    hint: () => 'Run connectoo translate mark <course folder> --from <source language> --to <target language>: it writes the records again and drops those of files that are gone.',
  },
};
