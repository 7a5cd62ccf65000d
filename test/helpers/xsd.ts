/**
 * XML Schema validation with libxmljs2 (libxml2 2.9.x, accepts the full LOM schema).
 *
 * SCORM 1.2: the published schemas the build ships, from the `node-scorm-packager` npm package
 * (the same ones `connectoo validate` uses), so these checks run on any clone.
 * TinCan and cmi5: no npm package publishes their schemas; they are read from the standards kit
 * (`../shared/standards` or CONNECTOO_STANDARDS_DIR) when it is there, never copied. Where it is
 * not, tests of those files against the official XSDs are skipped with `kit.reason`, and the
 * project's own checks of those files (`validatePackage`) still run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import libxml, { type Document } from 'libxmljs2';
import { validateScorm12Schema } from '../../src/validate/scorm12.ts';
import { parseXml } from '../../src/validate/xml.ts';
import { scorm12ControlFiles as controlSet } from '../../src/formats/scorm12/control-files.ts';
import { controlFilesDir } from '../../src/sources/read-tool-files.ts';
import { standardsDir } from './paths.ts';

export interface XsdResult {
  valid: boolean;
  /** Readable `line:column message` strings; empty when valid. */
  errors: string[];
}

const kitFiles = ['tincan/tincan.xsd', 'cmi5/CourseStructure.xsd', 'scorm12/example-imsmanifest-full.xml'];
const kitFound = kitFiles.every((f) => existsSync(path.join(standardsDir, f)));

/** The standards kit: present here and in CI, absent on a user's clone. */
export const kit = {
  available: kitFound,
  dir: standardsDir,
  reason: kitFound
    ? ''
    : `standards kit not found at ${standardsDir} (set CONNECTOO_STANDARDS_DIR): official TinCan/cmi5 XSD checks skipped`,
  file: (rel: string) => readFileSync(path.join(standardsDir, rel)),
};
if (!kitFound) console.warn(`connectoo tests: ${kit.reason}`);

/** Printed by every libxml2 while compiling ims_xml.xsd; harmless (see the kit's README). */
const harmless = /xml namespace URI cannot be the default namespace/;
const schemaCache = new Map<string, Document>();

function loadSchema(xsdPath: string): Document {
  let schema = schemaCache.get(xsdPath);
  if (!schema) {
    if (!kit.available) throw new Error(kit.reason);
    schema = libxml.parseXml(readFileSync(xsdPath, 'utf8'), { baseUrl: path.dirname(xsdPath) + '/' });
    schemaCache.set(xsdPath, schema);
  }
  return schema;
}

function validateAgainst(xml: string | Buffer, xsdPath: string): XsdResult {
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

/** imsmanifest.xml against the SCORM 1.2 schemas (IMS CP 1.1.2 + adlcp + IMS MD 1.2.1) from npm. */
export function validateScorm12Manifest(xml: string | Buffer): XsdResult {
  const parsed = parseXml(xml.toString());
  if (!parsed.doc) return { valid: false, errors: [`not well-formed XML: ${parsed.error!.message}`] };
  const r = validateScorm12Schema(parsed.doc);
  return { valid: r.valid, errors: r.errors.map((e) => `${e.line}:${e.column} ${e.message}`) };
}

/** tincan.xml against the official tincan.xsd (standards kit only: check `kit.available`). */
export const validateTincan = (xml: string | Buffer) => validateAgainst(xml, path.join(standardsDir, 'tincan/tincan.xsd'));
/** cmi5.xml against the official CourseStructure.xsd (standards kit only: check `kit.available`). */
export const validateCmi5 = (xml: string | Buffer) => validateAgainst(xml, path.join(standardsDir, 'cmi5/CourseStructure.xsd'));

/** The four control files a SCORM 1.2 package carries beside its manifest, with their published sha256. */
export const scorm12ControlFiles = Object.keys(controlSet.sha256);
export const publishedSha256 = (name: string) => controlSet.sha256[name]!;
/** The control file as the npm dependency publishes it. */
export const controlFileFromNpm = (name: string) => readFileSync(path.join(controlFilesDir(controlSet), name));
