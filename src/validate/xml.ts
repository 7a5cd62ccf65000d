/** XML parsing and XML Schema validation with libxml2 (libxmljs2), with positions for messages. */
import libxml, { type Document, type Element } from 'libxmljs2';

export type { Document, Element };

export function parseXml(text: string): { doc?: Document; error?: { line: number; column: number; message: string } } {
  try {
    return { doc: libxml.parseXml(text) };
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

/** A package-relative href without its query or fragment, as a file path inside the zip. */
export const stripQuery = (href: string) => decodeURI(href.replace(/[?#].*$/, ''));
