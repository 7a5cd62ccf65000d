/**
 * Checks a SCORM 1.2 package as an LMS import would: what would make the LMS refuse or break it
 * (unreadable manifest, references, launch page and listed files, values out of range) as errors;
 * what LMSs tolerate (the manifest against the SCORM 1.2 schemas, schema version, control schemas,
 * files not listed) as warnings.
 */
import { createHash } from 'node:crypto';
import type { PackageView } from '../sources/read-package.ts';
import { scorm12ControlFiles } from '../formats/scorm12/control-files.ts';
import { controlFilesDir } from '../sources/read-tool-files.ts';
import type { FindingReport } from './findings.ts';
import { checkCpStructure, readCp } from './manifest.ts';
import { reportSchemaErrors } from './schema-findings.ts';
import { parseXml, validateXml, type Document, type Element } from './xml.ts';

export const ns = {
  cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
};

/** One entry point loading the three manifest namespaces (CP, ADL extensions, LOM). */
const wrapper = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="${ns.cp}" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="${ns.adlcp}" schemaLocation="adlcp_rootv1p2.xsd"/>
  <xsd:import namespace="${ns.imsmd}" schemaLocation="imsmd_rootv1p2p1.xsd"/>
</xsd:schema>`;

/** The manifest against the published SCORM 1.2 schemas that the build ships (node-scorm-packager). */
export const validateScorm12Schema = (doc: Document) => validateXml(doc, 'scorm12', () => wrapper, controlFilesDir(scorm12ControlFiles));

export interface ManifestInfo {
  doc: Document;
  schema?: string;
  schemaversion?: string;
  defaultOrg?: string;
  organizations: string[];
  items: { el: Element; identifier: string; identifierref?: string; title?: string; masteryscore?: string }[];
  resources: { el: Element; identifier: string; href?: string; scormtype?: string; files: { el: Element; href?: string }[]; dependencies: string[] }[];
}

/** The manifest as the tests read it (the same reader the checks use). */
export function readManifest(doc: Document): ManifestInfo {
  const m = readCp(doc);
  return {
    doc,
    schema: m.schema,
    schemaversion: m.schemaversion,
    defaultOrg: m.defaultOrg,
    organizations: m.organizations.map((o) => o.identifier!),
    items: m.items.map((i) => ({ ...i, identifier: i.identifier! })),
    resources: m.resources.map((r) => ({ ...r, identifier: r.identifier!, dependencies: r.dependencies.map((d) => d.ref!) })),
  };
}

const published = scorm12ControlFiles.sha256;
export const controlFileNames = Object.keys(published);

/** What makes a SCORM 1.2 manifest refuse to import (errors) or stray from the standard (warnings). */
export function checkScorm12(pkg: PackageView, file: string, report: FindingReport): void {
  const manifest = pkg.read('imsmanifest.xml');
  if (!manifest) return; // over a size limit: reported with the zip's problems
  const parsed = parseXml(Buffer.from(manifest).toString('utf8'));
  if (!parsed.doc) {
    report({ file, ...parsed.error!, rule: 'scorm12/xml', message: `imsmanifest.xml cannot be read: it is not well-formed XML (${parsed.error!.message}). The LMS will refuse the package.`, hint: 'Ask the package\'s author for a corrected package; a hand-edited manifest must stay well-formed XML.' });
    return;
  }
  reportSchemaErrors(parsed.doc, validateScorm12Schema(parsed.doc).errors, 'scorm12', 'SCORM 1.2', file, report);
  const m = readCp(parsed.doc);
  const problem = (line: number, rule: string, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
    report({ file, line, column: line ? 1 : 0, rule, message, hint, severity });
  const declared = m.schemaversion === undefined ? 'no <schemaversion>' : `<schemaversion> ${JSON.stringify(m.schemaversion)}`;
  if (m.schemaversion !== '1.2' || (m.schema ?? 'ADL SCORM') !== 'ADL SCORM')
    problem(0, 'scorm12/schema-version', `The manifest's metadata has ${m.schema === undefined || m.schema === 'ADL SCORM' ? declared : `<schema> ${JSON.stringify(m.schema)} and ${declared}`} instead of "ADL SCORM" "1.2": LMSs read it as SCORM 1.2 anyway, from its namespaces.`, 'Nothing to do to import it. A conformant manifest says <schema>ADL SCORM</schema> and <schemaversion>1.2</schemaversion>.', 'warning');
  checkCpStructure(m, pkg, file, 'scorm12', report);
  for (const item of m.items)
    if (item.masteryscore !== undefined && !(/^\d+(\.\d+)?$/.test(item.masteryscore) && Number(item.masteryscore) <= 100))
      problem(item.el.line(), 'scorm12/masteryscore', `Item ${item.identifier}: the mastery score ${JSON.stringify(item.masteryscore)} is not a number from 0 to 100: the LMS cannot judge passed or failed with it (some refuse the package).`, 'Ask the package\'s author for a mastery score from 0 to 100 (SCORM 1.2 mastery scores are percentages).');
  const missing: string[] = [];
  const changed: string[] = [];
  for (const name of controlFileNames) {
    const data = pkg.read(name);
    if (!data) missing.push(name);
    else if (createHash('sha256').update(data).digest('hex') !== published[name]) changed.push(name);
  }
  const say = (names: string[]) => names.join(', ');
  if (missing.length)
    problem(0, 'scorm12/control-files', `The package does not carry ${missing.length === controlFileNames.length ? 'the SCORM 1.2 control schemas' : say(missing)} beside imsmanifest.xml: LMSs do not need them to import, but the ADL conformance test fails without them.`, 'Nothing to do to import it. A conformant package carries the four schemas (imscp_rootv1p1p2.xsd, adlcp_rootv1p2.xsd, imsmd_rootv1p2p1.xsd, ims_xml.xsd) unchanged.', 'warning');
  if (changed.length)
    problem(0, 'scorm12/control-files', `${say(changed)} ${changed.length > 1 ? 'are not the ADL originals' : 'is not the ADL original'} (not byte-identical): LMSs do not read these files, but the ADL conformance test requires exact copies.`, 'Nothing to do to import it. A conformant package carries the four schemas unchanged.', 'warning');
}
