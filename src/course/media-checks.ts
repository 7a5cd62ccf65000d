/**
 * Checks on the media files a course packs (the files its pages use): each one is what its name says, and none
 * can run a script in the package. Files in media/ that no page uses are not packed, so not checked.
 * - Empty files, and files whose first bytes are not those of their type, are `media/broken`.
 * - HTML, XML and script files are refused (`media/html`): they would run in the package's origin, where the
 *   learner's progress and the LMS API are. A course links to a web page by its address instead.
 * - SVG is parsed and refused when it holds anything active (`media/unsafe-svg`, svg-checks.ts).
 */
import { join } from 'node:path';
import type { Report } from '../diagnostics/diagnostic.ts';
import type { MediaSample } from '../sources/read-media.ts';

const at = (b: Uint8Array, offset: number, s: string) => [...s].every((c, i) => b[offset + i] === c.charCodeAt(0));
const bytes = (b: Uint8Array, offset: number, list: number[]) => list.every((x, i) => b[offset + i] === x);
const utf8Bom = (b: Uint8Array) => (bytes(b, 0, [0xef, 0xbb, 0xbf]) ? 3 : 0);

interface Kind {
  name: string;
  test: (b: Uint8Array) => boolean;
}
const png: Kind = { name: 'a PNG image', test: (b) => bytes(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };
const jpeg: Kind = { name: 'a JPEG image', test: (b) => bytes(b, 0, [0xff, 0xd8, 0xff]) };
const gif: Kind = { name: 'a GIF image', test: (b) => at(b, 0, 'GIF87a') || at(b, 0, 'GIF89a') };
const webp: Kind = { name: 'a WebP image', test: (b) => at(b, 0, 'RIFF') && at(b, 8, 'WEBP') };
const avif: Kind = { name: 'an AVIF image', test: (b) => at(b, 4, 'ftypavi') };
const pdf: Kind = { name: 'a PDF document', test: (b) => Buffer.from(b.subarray(0, 1024)).includes('%PDF-') };
const isoMedia: Kind = { name: 'an MP4 (ISO media) file', test: (b) => at(b, 4, 'ftyp') };
const webm: Kind = { name: 'a WebM (Matroska) file', test: (b) => bytes(b, 0, [0x1a, 0x45, 0xdf, 0xa3]) };
const ogg: Kind = { name: 'an Ogg file', test: (b) => at(b, 0, 'OggS') };
const mp3: Kind = { name: 'an MP3 file', test: (b) => at(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0) };
const wav: Kind = { name: 'a WAV file', test: (b) => at(b, 0, 'RIFF') && at(b, 8, 'WAVE') };
const vtt: Kind = {
  name: 'a WebVTT captions file',
  test: (b) => {
    const o = utf8Bom(b);
    return at(b, o, 'WEBVTT') && [undefined, 0x20, 0x09, 0x0a, 0x0d].includes(b[o + 6]);
  },
};

/** What each extension must start with. */
const kinds: Record<string, Kind> = {
  png, jpg: jpeg, jpeg, gif, webp, avif, pdf, mp4: isoMedia, m4v: isoMedia, m4a: isoMedia, mov: isoMedia,
  webm, ogg, ogv: ogg, oga: ogg, mp3, wav, vtt,
};

/** Documents and scripts a browser runs when they are opened. */
const active = /\.(html?|xhtml?|xht|shtml|mht(ml)?|xml|xslt?|js|mjs)$/i;

/** Starts of a file that a browser sniffing a file without a known type would take for HTML or XML (WHATWG MIME sniffing). */
const htmlStart = /^[\t\n\f\r ]*(<(!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)[ >]|<!--|<\?xml)/i;

const extension = (path: string) => /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

/** Reports every used media file that is empty, not what its name says, or active; false when there is any. */
export async function checkMedia(dir: string, media: MediaSample[], report: Report): Promise<boolean> {
  let ok = true;
  const fail = (d: Parameters<Report>[0]) => {
    ok = false;
    report(d);
  };
  for (const m of media) {
    const file = join(dir, m.path);
    const ext = extension(m.path);
    if (active.test(m.path)) {
      fail({
        rule: 'media/html',
        file,
        line: 0,
        column: 0,
        message: `${m.path} is a web page or script: opened from the course, it would run inside the package, where the learner's progress and the LMS are.`,
        hint: 'Link to the page by its address (https://…) instead, or turn it into a PDF or an image in media/.',
      });
      continue;
    }
    if (ext === 'svgz') {
      fail({
        rule: 'media/unsafe-svg',
        file,
        line: 0,
        column: 0,
        message: `${m.path} is a compressed SVG: the build cannot check what it holds.`,
        hint: 'Save the drawing as a plain .svg file (in Inkscape: "Plain SVG").',
      });
      continue;
    }
    if (m.size === 0) {
      fail({ rule: 'media/broken', file, line: 0, column: 0, message: `${m.path} is empty.`, hint: 'Export or copy the file again: it has no content.' });
      continue;
    }
    if (ext === 'svg') {
      const { checkSvg } = await import('./svg-checks.ts');
      if (!checkSvg(m, file, report)) ok = false;
      continue;
    }
    const kind = kinds[ext];
    if (kind && !kind.test(m.bytes)) {
      const actual = Object.values(kinds).find((k) => k.test(m.bytes));
      const looksHtml = htmlStart.test(Buffer.from(m.bytes).toString('latin1'));
      fail({
        rule: 'media/broken',
        file,
        line: 0,
        column: 0,
        message: `${m.path} is not ${kind.name}: ${actual ? `its content is ${actual.name}` : looksHtml ? 'its content is a web page' : 'its content does not start as such a file does'}.`,
        hint: actual
          ? `Give the file the extension of what it is, and change the pages that use it.`
          : 'Export the file again from the program that made it; a download that failed often leaves an error page under the file name.',
      });
      continue;
    }
    if (!kind && htmlStart.test(Buffer.from(m.bytes.subarray(utf8Bom(m.bytes))).toString('latin1'))) {
      fail({
        rule: 'media/html',
        file,
        line: 0,
        column: 0,
        message: `${m.path} holds a web page or XML document: a server that does not know its type may open it as a page, inside the package.`,
        hint: 'Link to the page by its address (https://…) instead, or give the learner a PDF or plain text.',
      });
    }
  }
  return ok;
}
