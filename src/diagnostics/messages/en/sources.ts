/** English texts of the rules about files, YAML and the course's structure. */
import { cap, code, type SourceRule, type Texts } from '../types.ts';
import { en as w } from './words.ts';

export const sources: Texts<SourceRule> = {
  'yaml/syntax': {
    message: (p) => {
      switch (p.kind) {
        case 'tab': return `Line ${p.line} is indented with a tab.`;
        case 'indent-more': return `Line ${p.line} is indented more than ${code(p.above)} above it.`;
        case 'indent-less': return `Line ${p.line} is indented less than ${code(p.above)} above it.`;
        case 'colon-in-value': return `The text after ${code(`${p.key}:`)} on line ${p.line} contains ": ", which YAML reads as a new field.`;
        case 'duplicate-key': return `${code(`${p.key}:`)} appears twice in the same block.`;
        case 'unclosed-quote': return `A quote opened before line ${p.line} is never closed.`;
        case 'unclosed-bracket': return `A ${code(p.bracket)} opened before line ${p.line} is never closed.`;
        case 'reserved-start': return `On line ${p.line}, a value starts with ${code(p.char)}, which YAML keeps for itself.`;
        case 'after-quote': return `On line ${p.line}, there is more text after the closing quote.`;
        case 'unreadable': return `Line ${p.line} cannot be read.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'tab': return 'Indent with spaces only: replace the tab with spaces (your editor can show tabs).';
        case 'indent-more': return `Start line ${p.line} at the same column as ${code(p.above)}. Only the lines under a field with nothing after its colon go further in.`;
        case 'indent-less': return `Start line ${p.line} at the same column as the other lines of its block (${code(p.above)} or the field it belongs to).`;
        case 'colon-in-value': return `Put the whole text between quotes: ${p.key}: "…: …".`;
        case 'duplicate-key': return `Keep one ${code(`${p.key}:`)} and remove or rename the other.`;
        case 'unclosed-quote': return 'Close the quote at the end of the text, on the same line.';
        case 'unclosed-bracket': return `Close it with ${p.bracket === '[' ? ']' : '}'} on the same line, or write the values one per line.`;
        case 'reserved-start': return `Put the value between quotes: "${p.char}…".`;
        case 'after-quote': return `Put the whole value between quotes. For an apostrophe inside single quotes write it twice ('l''exemple'), or use double quotes.`;
        case 'unreadable': return 'Check the indentation (spaces only) and that each field is written "name: value" on its own line; put texts with ":", "#", "[" or "{" between quotes.';
      }
    },
  },
  'yaml/too-large': {
    message: (p) => `This YAML file has ${w.num(p.chars)} characters; the limit is ${w.num(p.limit)}.`,
    hint: () => 'Split the quiz or the module into smaller ones.',
  },
  'yaml/aliases': {
    message: (p) => `This YAML file uses more than ${w.num(p.limit)} aliases (*name), or aliases that contain each other.`,
    hint: () => 'Write the values out instead of using anchors (&name) and aliases (*name).',
  },
  'schema/unknown-field': {
    message: (p) => `${code(p.field)} is not a field of ${w.place(p.at)}.`,
    hint: (p) =>
      p.suggestion ? `Did you mean "${p.suggestion}"?` : p.allowed.length ? `The fields here are: ${p.allowed.join(', ')}.` : 'Remove it, or check its spelling.',
  },
  'schema/missing-field': {
    message: (p) => `${cap(w.place(p.at))} has no ${code(p.field)}.`,
    hint: (p) => (p.allowed ? `Add "${p.field}:" with one of: ${p.allowed.join(', ')}.` : `Add "${p.field}:" with ${w.kind(p.expected)}.`),
  },
  'schema/wrong-type': {
    message: (p) => `${cap(w.place(p.at))} must be ${w.kind(p.expected)}, not ${p.value === undefined ? w.kind(p.actual) : `"${p.value}"`}.`,
    hint: (p) =>
      ({
        text: 'Write text; put it between quotes if it looks like a number, a date or true/false.',
        number: 'Write a number without quotes or units, such as 80.',
        'whole-number': 'Write a whole number without quotes, such as 30.',
        'true-false': 'Write true or false, without quotes.',
        list: 'Write a list: each item on its own line starting with "- ", or [a, b].',
        block: 'Write the fields on the next lines, indented under this one.',
        value: 'Write a value after the colon.',
      })[p.expected],
  },
  'schema/invalid-value': {
    message: (p) => {
      switch (p.kind) {
        case 'not-allowed': return `${cap(w.place(p.at))} cannot be "${p.value}".`;
        case 'question-type': return `${cap(w.place(p.at))}: "${p.value}" is not a question type.`;
        case 'shape': return `${cap(w.place(p.at))} is not written in a way the course accepts.`;
        case 'too-small':
          return p.counts === 'items' ? `${cap(w.place(p.at))} needs at least ${w.num(p.limit)} items.` : p.counts === 'characters' ? `${cap(w.place(p.at))} is empty.` : `${cap(w.place(p.at))} is ${p.value}; the smallest value allowed is ${w.num(p.limit)}.`;
        case 'too-big':
          return p.counts === 'items' ? `${cap(w.place(p.at))} has more than ${w.num(p.limit)} items.` : p.counts === 'characters' ? `${cap(w.place(p.at))} is longer than ${w.num(p.limit)} characters.` : `${cap(w.place(p.at))} is ${p.value}; the largest value allowed is ${w.num(p.limit)}.`;
        case 'id-format': return `${cap(w.place(p.at))}: "${p.value}" is not an id.`;
        case 'version-format': return `${cap(w.place(p.at))}: "${p.value}" is not a version number.`;
        case 'other': return `${cap(w.place(p.at))} cannot be "${p.value}".`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'not-allowed': return `Use one of: ${p.allowed.join(', ')}.`;
        case 'question-type': return `Question types: ${p.allowed.join(', ')}.`;
        case 'shape': return 'Compare it with the examples in the README.';
        case 'too-small': return p.counts === 'items' ? 'Add the missing items.' : p.counts === 'characters' ? 'Write the text after the colon.' : `Use a value of at least ${w.num(p.limit)}.`;
        case 'too-big': return p.counts === 'items' ? 'Remove some items, or split the question.' : p.counts === 'characters' ? 'Make it shorter.' : `Use a value of at most ${w.num(p.limit)}.`;
        case 'id-format': return 'Ids use lower-case letters, digits and dashes only, for example q-csam or m1-intro.';
        case 'version-format': return 'Write three numbers with dots, such as 1.0.0.';
        case 'other': return 'Compare it with the examples in the README.';
      }
    },
  },
  'source/encoding': {
    message: (p) => (p.kind === 'nul' ? 'This file contains a NUL character: it is not a text file, or it was damaged.' : 'This file is not UTF-8 text from here on.'),
    hint: (p) =>
      p.kind === 'nul'
        ? 'Open the file in a text editor, remove the invisible character, and save it as UTF-8.'
        : 'Save the file as UTF-8 in your editor ("Save with encoding" / "Encoding: UTF-8"); files saved as Latin-1 or Windows-1252 break accented letters.',
  },
  'course/missing-file': {
    message: () => 'This course folder has no course.yaml.',
    hint: (p) => (p.near ? `Rename ${p.near} to course.yaml.` : 'Create course.yaml with id, version, languages, title, description, masteryScore, completion and modules (see the README).'),
  },
  'course/unknown-language': {
    message: (p) => `"${p.code}" is not a language code the course can use.`,
    hint: (p) => `Use one of: ${p.supported.join(', ')}.`,
  },
  'course/ui-strings': {
    message: (p) => `The player's own texts are incomplete: ${p.problem}.`,
    hint: () => 'Add the missing texts to src/contract/player-texts.ts, or remove the language from the course.',
  },
  'course/missing-translation': {
    message: (p) => (p.kind === 'field' ? `${code(p.field)} has no ${p.lang.toUpperCase()} text.` : `The module title has no ${p.lang.toUpperCase()} text.`),
    hint: (p) => (p.kind === 'field' ? `Add "${p.lang}: …" under ${code(p.field)}: the course is in ${w.and(p.languages)}.` : `Add "${p.lang}: …" under title.`),
  },
  'course/duplicate-id': {
    message: (p) => (p.kind === 'module' ? `Module "${p.id}" is listed twice.` : `Course id "${p.id}" is already used by ${p.other}.`),
    hint: (p) => (p.kind === 'module' ? 'List each module once, in the order learners take them.' : 'Give each course its own id: package names and LMS records depend on it.'),
  },
  'course/module-missing': {
    message: (p) => `Module "${p.id}" is listed, but there is no folder modules/${p.id}/.`,
    hint: (p) => `Create modules/${p.id}/ with a module.yaml and pages, or remove it from the list.`,
  },
  'course/module-not-listed': {
    message: (p) => `The folder modules/${p.id}/ is not in the list of modules.`,
    hint: (p) => `Add ${p.id} to "modules:" in course.yaml, or move the folder out of modules/.`,
  },
  'course/symlink': {
    message: () => 'This is a symbolic link: the build does not follow links, so what it points to is not in the course.',
    hint: () => 'Copy the file itself into the course folder.',
  },
  'course/too-large': {
    message: (p) => `This course has ${w.num(p.count)} ${p.what}; the limit is ${w.num(p.limit)}.`,
    hint: () => 'Split it into several courses (a basic and an advanced level, for example), each with its own course.yaml.',
  },
  'course/state-too-large': {
    message: (p) =>
      `A learner's saved progress in this course (${p.pages} pages, ${p.questions} questions) can reach ${p.length} characters, more than the ${p.limit} that the ${p.format} package can keep: the platform would cut it and the learner would lose progress.`,
    hint: () => 'Split it into smaller courses (each page takes 4 characters, each question 9), or build it with --split modules (one package per module), or give its LMS a format with more room: SCORM 2004 or cmi5 (--format scorm2004,cmi5).',
  },
  'module/missing-file': {
    message: (p) => `Module "${p.module}" has no module.yaml.`,
    hint: (p) => (p.near ? `Rename ${p.near} to module.yaml.` : 'Create module.yaml with a title per language, e.g. title: { fr: …, nl: … }.'),
  },
  'module/empty': {
    message: (p) => `Module "${p.module}" has no pages.`,
    hint: () => 'Add at least one page file, such as 01-introduction.fr.md, next to module.yaml.',
  },
  'module/unused-file': {
    message: (p) => `${p.name} is not used: it is not a page, a quiz or module.yaml.`,
    hint: () => 'Pages are named NN-name.<language>.md and quizzes quiz.<language>.yaml, directly in the module folder.',
  },
  'page/file-name': {
    message: (p) => `"${p.name}" is not a page file name.`,
    hint: (p) =>
      p.suggestion ? `Rename it to ${p.suggestion}.` : 'Name pages NN-name.<language>.md, e.g. 01-introduction.fr.md: two digits, lower-case words with dashes, the language code.',
  },
  'page/unknown-language': {
    message: (p) => `"${p.name}" is in language "${p.lang}", which the course does not declare.`,
    hint: (p) => `The course is in ${w.and(p.languages)}: rename the file, or add the language to course.yaml.`,
  },
  'page/front-matter': {
    message: () => 'The page does not start with its title.',
    hint: () => 'Start the file with three lines: ---, then title: The page title, then ---.',
  },
  'page/missing-translation': {
    message: (p) => `This page has no ${p.lang.toUpperCase()} version.`,
    hint: (p) => `Create ${p.expected}: every page exists in every language of the course.`,
  },
  'internal/unexpected': {
    message: (p) => `Connectoo could not process this file: ${p.what}`,
    hint: () => 'Look for something unusual in this file (very long or deeply nested content, unusual characters). If it looks fine, report it with the file attached.',
  },
};
