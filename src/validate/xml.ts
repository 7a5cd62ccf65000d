/** XML parsing and XML Schema validation with libxml2 (libxmljs2), with positions for messages. */
import libxml, { type Document, type Element } from 'libxmljs2';

export type { Document, Element };

/**
 * How packages are parsed: entities are not substituted, no DTD is loaded or validated, nothing is
 * fetched from the network, and libxml2's size and depth limits stay on (no `huge`).
 */
export const safeParsing = { noent: false, dtdload: false, dtdvalid: false, dtdattr: false, nonet: true, xinclude: false, huge: false, big_lines: true } as const;
// Not `doctype`: an HTML option whose `false` sets libxml2's bit 4, which for XML means "load the DTD".

export function parseXml(text: string): { doc?: Document; error?: { line: number; column: number; message: string } } {
  try {
    return { doc: libxml.parseXml(text, safeParsing) };
  } catch (e) {
    const err = e as { line?: number; column?: number; message: string };
    return { error: { line: err.line ?? 1, column: err.column ?? 1, message: err.message.trim() } };
  }
}

/** Printed by every libxml2 while compiling ims_xml.xsd; harmless. */
const harmless = /xml namespace URI cannot be the default namespace/;

const schemas = new Map<string, Document>();

/** Validates against a schema given as text; `baseDir` is where its imports are resolved. */
export function validateXml(doc: Document, key: string, schemaText: () => string, baseDir: string) {
  let schema = schemas.get(key);
  if (!schema) {
    schema = libxml.parseXml(schemaText(), { baseUrl: baseDir.endsWith('/') ? baseDir : baseDir + '/' });
    schemas.set(key, schema);
  }
  const valid = doc.validate(schema);
  const errors = doc.validationErrors
    .filter((e) => !harmless.test(e.message))
    .map((e) => ({ line: e.line ?? 1, column: e.column ?? 1, message: e.message.trim() }));
  return { valid: valid && errors.length === 0, errors };
}

export const attr = (el: Element, name: string) => el.attr(name)?.value();
export const textOf = (el: Element | null | undefined) => (el ? el.text().trim() : undefined);

/** A `%` not followed by two hex digits, or escapes that do not decode to UTF-8: no file path can be read from the href. */
export function malformedEscape(href: string): boolean {
  try {
    decodeURI(href);
    return false;
  } catch {
    return true;
  }
}

export const escapeHint = 'Write a % in a path as %25; other escapes are % and two hex digits of UTF-8.';

/** A package-relative href without its query or fragment, as a file path inside the zip (left encoded when malformed). */
export function stripQuery(href: string): string {
  const path = href.replace(/[?#].*$/, '');
  return malformedEscape(path) ? path : decodeURI(path);
}

/** Start tags in an XML text, counted without parsing it. */
export function countElements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) if (/[A-Za-z_:]/.test(text[i + 1] ?? '')) n++;
  return n;
}

/** Line (1-based) of a DOCTYPE declaration in an XML text, if any. */
export function doctypeLine(text: string): number | undefined {
  const i = text.search(/<!DOCTYPE/i);
  if (i < 0) return undefined;
  let line = 1;
  for (let j = text.indexOf('\n'); j >= 0 && j < i; j = text.indexOf('\n', j + 1)) line++;
  return line;
}
