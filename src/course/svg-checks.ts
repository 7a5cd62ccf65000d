/**
 * An SVG from media/ is parsed with libxml2 (the XML parser Chromium uses too, so the build sees the elements the
 * browser would) and refused when anything in it could run or reach outside the package: a script, an event
 * attribute, a foreign object or HTML element, a `javascript:` value, a reference outside the drawing (`href` /
 * `xlink:href` not `#…`, CSS `url()` or `@import`), a stylesheet processing instruction, or a DTD that could
 * add content. Each is an author error at the place in the file.
 */
import libxml, { type Element } from 'libxmljs2';
import type { AuthorReport as Report } from '../diagnostics/author-report.ts';
import type { RuleParams, SvgFinding } from '../diagnostics/rules.ts';
import type { MediaSample } from '../sources/read-media.ts';

const SVG = 'http://www.w3.org/2000/svg';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** Elements that run code, embed documents or listen for events (compared without case). */
const activeElements = new Set(['script', 'foreignobject', 'handler', 'listener', 'iframe', 'embed', 'object']);
/** An image the drawing carries inside itself is fine; any other address leaves the drawing. */
const inlineImage = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
/** Browsers ignore ASCII whitespace and control characters inside a URL scheme (`java\tscript:`). */
const squeeze = (v: string) => v.replace(/[\x00-\x20]/g, '').toLowerCase();
const cssEscapes = (css: string) =>
  css
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, h: string) => {
      const n = parseInt(h, 16);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
    })
    .replace(/\\(.)/g, '$1');

/** A CSS text (style attribute or element) that loads something from outside the drawing, or undefined. */
function cssReference(css: string): string | undefined {
  const plain = cssEscapes(css);
  if (/@import/i.test(plain)) return '@import';
  for (const m of plain.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (!m[2]!.trim().startsWith('#')) return `url(${m[2]})`;
  if (/image-set\(|url\(/i.test(plain.replace(/url\(\s*(['"]?)\s*#[^)]*\)/gi, ''))) return 'url()';
  return undefined;
}

interface Finding {
  offset: number;
  found: SvgFinding;
}

/** Position (1-based line and column) of a character offset. */
function place(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export function checkSvg(media: MediaSample, file: string, report: Report): boolean {
  const body = media.bytes[0] === 0xef && media.bytes[1] === 0xbb && media.bytes[2] === 0xbf ? media.bytes.subarray(3) : media.bytes;
  const text = Buffer.from(body).toString('utf8');
  const broken = (line: number, column: number, params: RuleParams['media/broken']) => {
    report({ rule: 'media/broken', params, file, line, column });
    return false;
  };
  let doc;
  try {
    doc = libxml.parseXml(text, { nonet: true, noent: false, dtdload: false, dtdattr: false, dtdvalid: false, huge: false, xinclude: false });
  } catch (e) {
    const err = e as { line?: number; column?: number; message: string };
    return broken(err.line ?? 1, err.column ?? 1, { kind: 'svg-unreadable', path: media.path, why: err.message.trim() });
  }
  const root = doc.root();
  if (!root || root.name() !== 'svg' || root.namespace()?.href() !== SVG)
    return broken(1, 1, { kind: 'svg-root', path: media.path, root: root?.name() ?? '' });

  const findings: Finding[] = [];
  const doctype = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (doctype) findings.push({ offset: doctype.index, found: { what: 'doctype' } });
  for (const pi of text.matchAll(/<\?xml-stylesheet\b/gi)) findings.push({ offset: pi.index, found: { what: 'stylesheet-instruction' } });

  // Start tags appear in the text in document order: a cursor finds each element's own tag.
  let cursor = 0;
  const visit = (el: Element) => {
    const ns = el.namespace();
    const qname = ns?.prefix() ? `${ns.prefix()}:${el.name()}` : el.name();
    const tag = new RegExp(`<${qname.replace(/[.-]/g, '\\$&')}(?=[\\s/>])`, 'g');
    tag.lastIndex = cursor;
    const start = tag.exec(text)?.index ?? cursor;
    const end = Math.max(start, text.indexOf('>', start));
    cursor = start + 1;
    const attrAt = (name: string) => {
      const m = new RegExp(`\\s${name.replace(/[.-]/g, '\\$&')}\\s*=`).exec(text.slice(start, end));
      return m ? start + m.index + 1 : start;
    };
    const local = el.name().toLowerCase();
    if (activeElements.has(local)) findings.push({ offset: start, found: { what: 'element', name: qname } });
    else if (ns?.href() === XHTML) findings.push({ offset: start, found: { what: 'html-element', name: qname } });
    for (const a of el.attrs()) {
      const name = a.namespace()?.prefix() ? `${a.namespace()!.prefix()}:${a.name()}` : a.name();
      const value = a.value();
      const v = squeeze(value);
      const offset = attrAt(name);
      if (/^on/i.test(a.name())) findings.push({ offset, found: { what: 'event', attribute: name } });
      else if (/(javascript|vbscript):/.test(v)) findings.push({ offset, found: { what: 'script-address', attribute: name, value: value.slice(0, 40) } });
      else if (a.name() === 'href' && !v.startsWith('#') && !inlineImage.test(value.trim()))
        findings.push({ offset, found: { what: 'outside-reference', attribute: name, value: value.slice(0, 60) } });
      else if (local === 'animate' || local === 'set' || local === 'animatemotion' || local === 'animatetransform') {
        if (a.name() === 'attributeName' && /^(xlink:)?href$/i.test(value.trim())) findings.push({ offset, found: { what: 'animation-link', attribute: name, value } });
      } else {
        const ref = name === 'style' || value.includes('url(') ? cssReference(value) : undefined;
        if (ref) findings.push({ offset, found: { what: 'outside-reference', attribute: name, value: ref.slice(0, 60) } });
      }
    }
    if (local === 'style') {
      const ref = cssReference(el.text());
      if (ref) findings.push({ offset: start, found: { what: 'stylesheet-load', value: ref.slice(0, 60) } });
    }
    for (const c of el.childNodes()) if (c.type() === 'element') visit(c as Element);
  };
  visit(root);

  for (const f of findings.sort((a, b) => a.offset - b.offset))
    report({ rule: 'media/unsafe-svg', params: { kind: 'active', path: media.path, found: f.found }, file, ...place(text, f.offset) });
  return findings.length === 0;
}
