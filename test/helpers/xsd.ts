/**
 * XML Schema validation with libxmljs2 (libxml2 2.9.x, accepts the full LOM schema).
 * The schemas live in the shared standards kit and are loaded from there, never copied.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import libxml, { type Document } from 'libxmljs2';
import { standardsDir } from './paths.ts';

export interface XsdResult {
  valid: boolean;
  /** Readable `line:column message` strings; empty when valid. */
  errors: string[];
}

/** Printed by every libxml2 while compiling ims_xml.xsd; harmless (see the kit's README). */
const harmless = /xml namespace URI cannot be the default namespace/;

const schemaCache = new Map<string, Document>();

function loadSchema(xsdPath: string): Document {
  let schema = schemaCache.get(xsdPath);
  if (!schema) {
    const dir = path.dirname(xsdPath);
    schema = libxml.parseXml(readFileSync(xsdPath, 'utf8'), { baseUrl: dir + '/' });
    schemaCache.set(xsdPath, schema);
  }
  return schema;
}

export function validateAgainst(xml: string | Buffer, xsdPath: string): XsdResult {
  let doc: Document;
  try {
    doc = libxml.parseXml(xml.toString());
  } catch (e) {
    return { valid: false, errors: [`not well-formed XML: ${(e as Error).message.trim()}`] };
  }
  const valid = doc.validate(loadSchema(xsdPath));
  const errors = doc.validationErrors
    .filter((e) => !harmless.test(e.message))
    .map((e) => `${e.line ?? 0}:${e.column ?? 0} ${e.message.trim()}`);
  if (!valid && errors.length === 0) errors.push('invalid (libxml2 gave no message)');
  return { valid: valid && errors.length === 0, errors };
}

export const scorm12ManifestXsd = path.join(standardsDir, 'scorm12/scorm12-manifest.xsd');
export const tincanXsd = path.join(standardsDir, 'tincan/tincan.xsd');
export const cmi5Xsd = path.join(standardsDir, 'cmi5/CourseStructure.xsd');

/** imsmanifest.xml against the SCORM 1.2 wrapper (IMS CP 1.1.2 + adlcp + IMS MD 1.2.1). */
export const validateScorm12Manifest = (xml: string | Buffer) => validateAgainst(xml, scorm12ManifestXsd);
export const validateTincan = (xml: string | Buffer) => validateAgainst(xml, tincanXsd);
export const validateCmi5 = (xml: string | Buffer) => validateAgainst(xml, cmi5Xsd);

/** The four control files a SCORM 1.2 package carries beside its manifest. */
export const scorm12ControlFiles = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];

export const controlFileReference = (name: string) => readFileSync(path.join(standardsDir, 'scorm12', name));
