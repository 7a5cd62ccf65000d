/**
 * Checks on the media files a course packs (the files its pages use): each one is what its name says, and none
 * can run a script in the package. Files in media/ that no page uses are not packed, so not checked.
 * - Empty files, and files whose first bytes are not those of their type, are `media/broken`.
 * - HTML, XML and script files are refused (`media/html`): they would run in the package's origin, where the
 *   learner's progress and the LMS API are. A course links to a web page by its address instead.
 * - SVG is parsed and refused when it holds anything active (`media/unsafe-svg`, svg-checks.ts).
 */
import { join } from 'node:path';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import type { MediaSample } from '../sources/read-media.ts';
import { reuseCheck } from './reuse.ts';

const at = (b: Uint8Array, offset: number, s: string) => [...s].every((c, i) => b[offset + i] === c.charCodeAt(0));
const bytes = (b: Uint8Array, offset: number, list: number[]) => list.every((x, i) => b[offset + i] === x);
const utf8Bom = (b: Uint8Array) => (bytes(b, 0, [0xef, 0xbb, 0xbf]) ? 3 : 0);

interface Kind {
  /** The type's name, the same in every language (PNG, PDF, WebVTT…). */
  name: string;
  test: (b: Uint8Array) => boolean;
}
const png: Kind = { name: 'PNG', test: (b) => bytes(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };
const jpeg: Kind = { name: 'JPEG', test: (b) => bytes(b, 0, [0xff, 0xd8, 0xff]) };
const gif: Kind = { name: 'GIF', test: (b) => at(b, 0, 'GIF87a') || at(b, 0, 'GIF89a') };
const webp: Kind = { name: 'WebP', test: (b) => at(b, 0, 'RIFF') && at(b, 8, 'WEBP') };
const avif: Kind = { name: 'AVIF', test: (b) => at(b, 4, 'ftypavi') };
const pdf: Kind = { name: 'PDF', test: (b) => Buffer.from(b.subarray(0, 1024)).includes('%PDF-') };
const isoMedia: Kind = { name: 'MP4', test: (b) => at(b, 4, 'ftyp') };
const webm: Kind = { name: 'WebM', test: (b) => bytes(b, 0, [0x1a, 0x45, 0xdf, 0xa3]) };
const ogg: Kind = { name: 'Ogg', test: (b) => at(b, 0, 'OggS') };
const mp3: Kind = { name: 'MP3', test: (b) => at(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0) };
const wav: Kind = { name: 'WAV', test: (b) => at(b, 0, 'RIFF') && at(b, 8, 'WAVE') };
const woff2: Kind = { name: 'WOFF2', test: (b) => at(b, 0, 'wOF2') };
const vtt: Kind = {
  name: 'WebVTT',
  test: (b) => {
    const o = utf8Bom(b);
    return at(b, o, 'WEBVTT') && [undefined, 0x20, 0x09, 0x0a, 0x0d].includes(b[o + 6]);
  },
};

/** What each extension must start with. */
const kinds: Record<string, Kind> = {
  png, jpg: jpeg, jpeg, gif, webp, avif, pdf, mp4: isoMedia, m4v: isoMedia, m4a: isoMedia, mov: isoMedia,
  webm, ogg, ogv: ogg, oga: ogg, mp3, wav, vtt, woff2,
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
      fail({ rule: 'media/html', params: { kind: 'active-file', path: m.path }, file, line: 0, column: 0 });
      continue;
    }
    if (ext === 'svgz') {
      fail({ rule: 'media/unsafe-svg', params: { kind: 'compressed', path: m.path }, file, line: 0, column: 0 });
      continue;
    }
    if (m.size === 0) {
      fail({ rule: 'media/broken', params: { kind: 'empty', path: m.path }, file, line: 0, column: 0 });
      continue;
    }
    if (ext === 'svg') {
      const { checkSvg } = await import('./svg-checks.ts');
      if (!reuseCheck('svg', () => `${file}\0${Buffer.from(m.bytes).toString('latin1')}`, report, (r) => checkSvg(m, file, r))) ok = false;
      continue;
    }
    const kind = kinds[ext];
    if (kind && !kind.test(m.bytes)) {
      const actual = Object.values(kinds).find((k) => k.test(m.bytes));
      const looksHtml = htmlStart.test(Buffer.from(m.bytes).toString('latin1'));
      const path = m.path;
      const params = actual
        ? ({ kind: 'wrong-content', path, expected: kind.name, actual: actual.name } as const)
        : ({ kind: looksHtml ? 'web-page' : 'unknown-content', path, expected: kind.name } as const);
      fail({ rule: 'media/broken', params, file, line: 0, column: 0 });
      continue;
    }
    if (!kind && htmlStart.test(Buffer.from(m.bytes.subarray(utf8Bom(m.bytes))).toString('latin1'))) {
      fail({ rule: 'media/html', params: { kind: 'html-content', path: m.path }, file, line: 0, column: 0 });
    }
  }
  return ok;
}
