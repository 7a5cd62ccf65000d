/** English texts of the rules about pages and quizzes. */
import { code, type ContentRule, type Texts } from '../types.ts';
import { en as w } from './words.ts';

const inner = { choices: 'choices', sources: 'left-hand items', targets: 'right-hand items', items: 'items' } as const;
const innerOne = { choices: 'choice', sources: 'left-hand item', targets: 'right-hand item', items: 'item' } as const;

export const content: Texts<ContentRule> = {
  'md/page-too-large': {
    message: (p) => `This page has ${w.num(p.chars)} characters; the limit is ${w.num(p.limit)}.`,
    hint: () => 'Split it into several pages (01-…, 02-…): learners read shorter pages better too.',
  },
  'md/too-deep': {
    message: (p) =>
      p.kind === 'emphasis-run' ? `This line has ${w.num(p.count)} emphasis marks in a row.` : p.kind === 'line' ? `This line is nested more than ${p.limit} levels deep (quotes, lists or indentation).` : `This page nests its content more than ${p.limit} levels deep.`,
    hint: (p) =>
      p.kind === 'emphasis-run' ? 'Use * or ** around words for emphasis; for a separator line, write --- on its own line.' : 'Make the structure flatter: a page needs a few levels of lists or quotes at most.',
  },
  'md/too-complex': {
    message: (p) =>
      p.kind === 'table-rows' ? `The tables of this page have more than ${w.num(p.limit)} rows.` : p.kind === 'page-marks' ? `This page has more than ${w.num(p.limit)} emphasis marks and brackets.` : `This paragraph has more than ${w.num(p.limit)} emphasis marks and brackets.`,
    hint: (p) =>
      p.kind === 'table-rows'
        ? 'Split the page, or give the data as a file in media/ (for example a PDF or a spreadsheet).'
        : p.kind === 'page-marks' ? 'Split it into several pages.' : 'Split it into shorter paragraphs (a blank line between them), or write plain text without * _ ~ [ ].',
  },
  'md/too-many-links': {
    message: (p) => `This page has more than ${w.num(p.limit)} links and images.`,
    hint: () => 'Split the page, or put long lists of references in a PDF in media/.',
  },
  'md/unsafe-link': {
    message: (p) => `The ${w.target(p.what)} "${p.url}" starts with "${p.scheme}:", which can run code or open the learner's own files.`,
    hint: () => 'Link to a web page (https://…), to a page of the course, or to a file in media/.',
  },
  'md/bad-escape': {
    message: (p) => `The ${w.target(p.what)} "${p.url}" has a "%" that is not followed by two hexadecimal digits.`,
    hint: () => 'Write the file name as it is (spaces and accents are fine), or write "%" itself as %25.',
  },
  'md/path-escape': {
    message: (p) => `The ${w.target(p.what)} "${p.url}" points outside the course folder.`,
    hint: () => "Put the file in the course's media/ folder and use a path relative to the page, such as ../../media/name.svg.",
  },
  'md/missing-file': {
    message: (p) => (p.symlink ? `The ${w.target(p.what)} "${p.url}" is a symbolic link (${p.looked}): the build does not follow links.` : `The ${w.target(p.what)} "${p.url}" does not exist (looked for ${p.looked}).`),
    hint: (p) =>
      p.symlink
        ? 'Copy the file itself into the course folder, in place of the link.'
        : p.suggestion ? `Did you mean ${p.suggestion}?` : 'Check the file name and its folder: paths are relative to this page, and capitals count.',
  },
  'md/external-media': {
    message: (p) => `The image "${p.url}" is on another site.`,
    hint: () => 'Packages must work offline and make no outside request: copy the image into media/.',
  },
  'md/image-alt': {
    message: (p) => `The image "${p.url}" has no alternative text.`,
    hint: () => 'Describe the picture between the brackets: ![what the picture shows](path). For a purely decorative image write ![decorative](path).',
  },
  'md/empty-link': {
    message: (p) => `The link to "${p.url}" has no text.`,
    hint: () => 'Write what the link leads to between the brackets: [the page on CSAM](…). Screen readers announce links by their text.',
  },
  'md/missing-page': {
    message: (p) => `The link "${p.url}" leads to a page that does not exist in ${p.lang.toUpperCase()}.`,
    hint: (p) =>
      p.suggestion ? `Did you mean ${p.suggestion}?` : 'Link to a page file of the same language, relative to this page, e.g. 02-figures.fr.md or ../m2-topic/01-intro.fr.md.',
  },
  'md/raw-html': {
    message: () => 'HTML in a page is removed, for safety.',
    hint: () => 'Use Markdown instead (lists, tables, emphasis) or a block such as :::tip.',
  },
  'md/heading-order': {
    message: (p) => (p.kind === 'h1' ? 'A "#" heading has the same level as the page title.' : `This heading jumps from level ${p.from} to level ${p.to}.`),
    hint: () => 'The page title (at the top of the file) is the only level-1 heading: start sections with "##", then "###" inside them, without skipping a level.',
  },
  'md/unknown-directive': {
    message: (p) => `":::${p.name}" is not a block Connectoo knows.`,
    hint: (p) => `Use one of: ${p.known.join(', ')}.`,
  },
  'md/directive-attribute': {
    message: (p) =>
      p.kind === 'missing' ? `::${p.directive} needs ${p.attribute}="…".` : p.kind === 'unknown' ? `::${p.directive} has no setting "${p.attribute}".` : `"${p.value}" is not a language code.`,
    hint: (p) =>
      p.kind === 'missing'
        ? `Add ${p.attribute}="…" between the braces: ::${p.directive}{${p.attribute}="…"}.`
        : p.kind === 'unknown' ? (p.allowed.length ? `Allowed: ${p.allowed.join(', ')}.` : 'Remove it.') : 'Use a language code such as nl, fr, de, en or nl-BE: :lang[Goedemorgen]{code=nl}.',
  },
  'md/video-captions': {
    message: () => 'This video has no captions.',
    hint: () => 'Every video needs captions: add captions="../../media/name.fr.vtt" (a WebVTT file).',
  },
  'lint/long-sentence': {
    message: (p) => `A sentence of ${p.words} words: "${p.start}…".`,
    hint: (p) => `Keep sentences under ${p.limit} words: split it in two, one idea per sentence.`,
  },
  'lint/vague-link': {
    message: (p) => `The link text "${p.text}" does not say where it leads.`,
    hint: () => 'Name the destination in the link text, e.g. [the page on CSAM](…): screen reader users often hear links out of context.',
  },
  'lint/alt-filename': {
    message: (p) => `The alternative text "${p.alt}" only repeats the file name.`,
    hint: () => 'Describe what the picture shows or teaches, in a short sentence.',
  },
  'lint/readability': {
    message: (p) => `This page is hard to read: reading ease ${p.score} (below ${p.min}; ${p.cause === 'sentences' ? 'long sentences' : 'long words'}).`,
    hint: () => 'Aim for plain language (level B1): shorter sentences, everyday words, and explain the terms you must keep.',
  },
  'quiz/unknown-language': {
    message: (p) => `This quiz is in language "${p.lang}", which the course does not declare.`,
    hint: (p) => `Name it quiz.<language>.yaml with ${w.or(p.languages)}.`,
  },
  'quiz/missing-translation': {
    message: (p) => `This quiz has no ${p.lang.toUpperCase()} version.`,
    hint: (p) => `Create ${p.expected} with the same questions and ids.`,
  },
  'quiz/translation-mismatch': {
    message: (p) =>
      p.kind === 'missing-here'
        ? `Question ${p.id} of the ${p.reference.toUpperCase()} quiz is missing here.`
        : p.kind === 'differs'
          ? `${w.question(p.question)} is not the same as in the ${p.reference.toUpperCase()} quiz (type, points, ids or correct answers).`
          : `${w.question(p.question)} does not exist in the ${p.reference.toUpperCase()} quiz.`,
    hint: () => 'Every language has the same questions, with the same ids, types, points and correct answers; only the texts change.',
  },
  'quiz/duplicate-id': {
    message: (p) =>
      p.kind === 'question'
        ? `${w.question(p.question)}: another question of this quiz already has the id ${p.question.id}.`
        : `${w.question(p.question)}: ${inner[p.what]} ${p.first} and ${p.second} have the same id "${p.id}".`,
    hint: (p) => (p.kind === 'question' ? 'Give each question its own id: LMS reports use it to tell answers apart.' : `Give each ${innerOne[p.what]} its own id, for example "${p.id}-2".`),
  },
  'quiz/unknown-correct-choice': {
    message: (p) =>
      p.textOf
        ? `${w.question(p.question)}: ${code('correct')} must be the id of one of its choices (${p.choices.join(', ')}), not its text.`
        : `${w.question(p.question)}: ${code('correct')} is "${p.value}", but no choice has that id (${p.choices.join(', ')}).`,
    hint: (p) =>
      p.textOf ? `Write correct: ${p.textOf} (the id of the choice "${p.value}").` : `Write the id of the right choice, such as correct: ${p.choices[0] ?? 'a'}, or mark that choice with correct: true.`,
  },
  'quiz/no-correct-answer': {
    message: (p) => `${w.question(p.question)}: no choice is marked as correct, so no learner can get it right.`,
    hint: () => 'Add correct: true to the right choice.',
  },
  'quiz/single-several-correct': {
    message: (p) => `${w.question(p.question)} has ${p.count} correct choices, but a learner can pick only one.`,
    hint: () => 'Keep one correct choice, or change the type to multiple.',
  },
  'quiz/all-correct': {
    message: (p) => `${w.question(p.question)}: every choice is marked as correct.`,
    hint: () => 'Check that this is what you want: a learner who ticks everything gets it right.',
  },
  'quiz/fill-in-empty': {
    message: (p) => `${w.question(p.question)}: accepted answer ${p.n} is empty, so no one can type it.`,
    hint: () => 'Write the expected word, or remove this line.',
  },
  'quiz/fill-in-duplicate': {
    message: (p) => `${w.question(p.question)}: the accepted answer "${p.answer}" is the same as an earlier one when ${p.accents ? 'capitals' : 'capitals, accents'} and spaces are ignored.`,
    hint: () => 'Remove the repeated answer.',
  },
  'quiz/duplicate-text': {
    message: (p) => `${w.question(p.question)}: right-hand items ${p.first} and ${p.second} have the same text, so a learner cannot tell them apart.`,
    hint: () => 'Give every right-hand item a different text.',
  },
  'quiz/numeric-answer': {
    message: (p) => {
      const q = w.question(p.question);
      switch (p.kind) {
        case 'none': return `${q} has no expected number.`;
        case 'min-over-max': return `${q}: the smallest accepted value (min: ${p.min}) is larger than the largest (max: ${p.max}), so no number is accepted.`;
        case 'answer-and-range': return `${q} has both an exact answer and a range; only the answer (with its tolerance) counts.`;
        case 'tolerance-alone': return `${q} has a tolerance but no answer, so the tolerance is ignored.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'none': return 'Add answer: 42 (with tolerance: 0.5 if close answers count), or min: and max: for a range.';
        case 'min-over-max': return 'Swap the two values.';
        case 'answer-and-range': return 'Keep either answer (and tolerance) or min and max.';
        case 'tolerance-alone': return 'Add answer:, or remove tolerance:.';
      }
    },
  },
};
