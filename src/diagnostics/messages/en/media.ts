/** English texts of the rules about media files. */
import type { SvgFinding } from '../../rules.ts';
import type { MediaRule, Texts } from '../types.ts';

const found = (f: SvgFinding) => {
  switch (f.what) {
    case 'doctype': return 'a DOCTYPE with its own declarations (they can add content the build does not see)';
    case 'stylesheet-instruction': return 'an xml-stylesheet instruction (a stylesheet from another file)';
    case 'element': return `a <${f.name}> element`;
    case 'html-element': return `an HTML element <${f.name}>`;
    case 'event': return `an event attribute ${f.attribute}="…"`;
    case 'script-address': return `a script address in ${f.attribute}="${f.value}"`;
    case 'outside-reference': return `a reference outside the drawing, ${f.attribute}="${f.value}"`;
    case 'animation-link': return `an animation that changes a link (${f.attribute}="${f.value}")`;
    case 'stylesheet-load': return `a stylesheet that loads ${f.value}`;
  }
};

export const media: Texts<MediaRule> = {
  'media/broken': {
    message: (p) => {
      switch (p.kind) {
        case 'empty': return `${p.path} is empty.`;
        case 'wrong-content': return `${p.path} is not a ${p.expected} file: its content is a ${p.actual} file.`;
        case 'web-page': return `${p.path} is not a ${p.expected} file: its content is a web page.`;
        case 'unknown-content': return `${p.path} is not a ${p.expected} file: its content does not start as such a file does.`;
        case 'svg-unreadable': return `${p.path} is not a readable SVG drawing: ${p.why}`;
        case 'svg-root': return `${p.path} is not an SVG drawing: its main element is <${p.root}>, not <svg>.`;
      }
    },
    hint: (p) => {
      switch (p.kind) {
        case 'empty': return 'Export or copy the file again: it has no content.';
        case 'wrong-content': return 'Give the file the extension of what it is, and change the pages that use it.';
        case 'web-page':
        case 'unknown-content': return 'Export the file again from the program that made it; a download that failed often leaves an error page under the file name.';
        case 'svg-unreadable':
        case 'svg-root': return 'Export the drawing again as SVG ("Plain SVG" or "Optimized SVG") and replace the file.';
      }
    },
  },
  'media/unsafe-svg': {
    message: (p) =>
      p.kind === 'compressed' ? `${p.path} is a compressed SVG: the build cannot check what it holds.` : `${p.path} holds ${found(p.found)}: opened from the course, the drawing could run code or load files from elsewhere.`,
    hint: (p) =>
      p.kind === 'compressed'
        ? 'Save the drawing as a plain .svg file (in Inkscape: "Plain SVG").'
        : 'Remove it from the drawing (keep only shapes, text, styles and links inside it), or export it again as "Optimized SVG" without scripts, and check the result.',
  },
  'media/html': {
    message: (p) =>
      p.kind === 'active-file'
        ? `${p.path} is a web page or a script: opened from the course, it would run inside the package, where the learner's progress and the LMS are.`
        : `${p.path} holds a web page or an XML document: a server that does not know its type may open it as a page, inside the package.`,
    hint: (p) =>
      p.kind === 'active-file'
        ? 'Link to the page by its address (https://…) instead, or turn it into a PDF or an image in media/.'
        : 'Link to the page by its address (https://…) instead, or give the learner a PDF or plain text.',
  },
};
