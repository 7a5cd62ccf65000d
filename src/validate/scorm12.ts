/**
 * Checks a SCORM 1.2 package as an LMS import would: the manifest against the SCORM 1.2 schemas,
 * then what the schemas cannot check (references, files, values, control files).
 */
import { createHash } from 'node:crypto';
import type { Report } from '../diagnostics/diagnostic.ts';
import type { PackageView } from '../sources/read-package.ts';
import { scorm12ControlFiles } from '../formats/scorm12/control-files.ts';
import { controlFilesDir } from '../sources/read-tool-files.ts';
import { attr, escapeHint, malformedEscape, parseXml, stripQuery, textOf, validateXml, type Document, type Element } from './xml.ts';

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

export function readManifest(doc: Document): ManifestInfo {
  const find = (xp: string, ctx: Document | Element = doc) => ctx.find(xp, ns) as Element[];
  const adl = (el: Element, name: string) => el.attrs().find((a) => a.name() === name && a.namespace()?.href() === ns.adlcp)?.value();
  const orgs = find('/cp:manifest/cp:organizations')[0];
  return {
    doc,
    schema: textOf(find('/cp:manifest/cp:metadata/cp:schema')[0]),
    schemaversion: textOf(find('/cp:manifest/cp:metadata/cp:schemaversion')[0]),
    defaultOrg: orgs ? attr(orgs, 'default') : undefined,
    organizations: find('/cp:manifest/cp:organizations/cp:organization').map((o) => attr(o, 'identifier')!),
    items: find('//cp:item').map((el) => ({
      el,
      identifier: attr(el, 'identifier')!,
      identifierref: attr(el, 'identifierref'),
      title: textOf(find('cp:title', el)[0]),
      masteryscore: textOf(find('adlcp:masteryscore', el)[0]),
    })),
    resources: find('/cp:manifest/cp:resources/cp:resource').map((el) => ({
      el,
      identifier: attr(el, 'identifier')!,
      href: attr(el, 'href'),
      scormtype: adl(el, 'scormtype'),
      files: find('cp:file', el).map((f) => ({ el: f, href: attr(f, 'href') })),
      dependencies: find('cp:dependency', el).map((d) => attr(d, 'identifierref')!),
    })),
  };
}

/** Package files that describe the package rather than content, and need not be listed in a resource. */
const published = scorm12ControlFiles.sha256;
export const controlFileNames = Object.keys(published);
const unlisted = new Set(['imsmanifest.xml', ...controlFileNames]);

export function checkScorm12(pkg: PackageView, file: string, report: Report): void {
  const at = (el?: Element) => ({ file, line: el?.line() ?? 1, column: 1 });
  const manifest = pkg.read('imsmanifest.xml');
  if (!manifest) return; // over a size limit: reported with the zip's problems
  const parsed = parseXml(Buffer.from(manifest).toString('utf8'));
  if (!parsed.doc) {
    report({ file, ...parsed.error!, rule: 'scorm12/xml', message: `imsmanifest.xml is not well-formed XML: ${parsed.error!.message}`, hint: 'Rebuild the package; a hand-edited manifest must stay well-formed XML.' });
    return;
  }
  for (const e of validateScorm12Schema(parsed.doc).errors)
    report({ file, line: e.line, column: e.column, rule: 'scorm12/schema', message: e.message, hint: 'The manifest must follow the SCORM 1.2 schemas (IMS CP 1.1.2, ADL extensions, IMS MD 1.2.1): element order and values.' });

  const m = readManifest(parsed.doc);
  const problem = (el: Element | undefined, rule: string, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
    report({ ...at(el), rule, message, hint, severity });
  if (m.schema !== 'ADL SCORM' || m.schemaversion !== '1.2')
    problem(undefined, 'scorm12/schema-version', `metadata says ${JSON.stringify(m.schema)} ${JSON.stringify(m.schemaversion)}, not "ADL SCORM" "1.2".`, 'A SCORM 1.2 manifest declares <schema>ADL SCORM</schema> and <schemaversion>1.2</schemaversion>.');
  if (!m.defaultOrg || !m.organizations.includes(m.defaultOrg))
    problem(undefined, 'scorm12/default-organization', `organizations@default ${JSON.stringify(m.defaultOrg)} names no <organization>.`, 'Point "default" at the identifier of an <organization>.');
  const resources = new Map(m.resources.map((r) => [r.identifier, r]));
  let launchable = 0;
  for (const item of m.items) {
    if (item.masteryscore !== undefined) {
      const n = Number(item.masteryscore);
      if (!/^\d+(\.\d+)?$/.test(item.masteryscore) || n > 100)
        problem(item.el, 'scorm12/masteryscore', `Item ${item.identifier}: masteryscore ${JSON.stringify(item.masteryscore)} is not a number from 0 to 100.`, 'SCORM 1.2 mastery scores are percentages.');
    }
    if (item.identifierref === undefined) continue;
    launchable++;
    const res = resources.get(item.identifierref);
    if (!res) {
      problem(item.el, 'scorm12/identifierref', `Item ${item.identifier} launches ${item.identifierref}, which is no <resource>.`, 'identifierref must name a resource identifier.');
      continue;
    }
    if (!res.href) problem(res.el, 'scorm12/launch', `Resource ${res.identifier} is launched but has no href.`, 'Give the SCO resource the path of its launch page.');
    else if (malformedEscape(res.href)) problem(res.el, 'xml/href', `The launch href ${JSON.stringify(res.href)} has a malformed % escape.`, escapeHint);
    else if (!pkg.names.has(stripQuery(res.href))) problem(res.el, 'scorm12/launch', `The launch page ${res.href} is not in the package.`, 'Add the file, or fix the href.');
    if (res.scormtype !== 'sco') problem(res.el, 'scorm12/launch', `Resource ${res.identifier} is launched but adlcp:scormtype is ${JSON.stringify(res.scormtype)}.`, 'A launched resource is adlcp:scormtype="sco".');
  }
  if (launchable === 0) problem(undefined, 'scorm12/launch', 'No <item> launches anything.', 'An item needs identifierref pointing at the SCO resource.');
  const listed = new Set<string>();
  for (const r of m.resources) {
    for (const d of r.dependencies)
      if (!resources.has(d)) problem(r.el, 'scorm12/identifierref', `Resource ${r.identifier} depends on ${d}, which is no <resource>.`, 'dependency identifierref must name a resource identifier.');
    for (const f of r.files) {
      if (f.href === undefined) continue; // a schema error names it
      const p = stripQuery(f.href);
      listed.add(p);
      if (/^([a-z]+:|\/)|(^|\/)\.\.(\/|$)/i.test(f.href)) problem(f.el, 'scorm12/file', `${f.href} is not a path inside the package.`, 'List files with relative paths.');
      else if (malformedEscape(f.href)) problem(f.el, 'xml/href', `The file href ${JSON.stringify(f.href)} has a malformed % escape.`, escapeHint);
      else if (!pkg.names.has(p)) problem(f.el, 'scorm12/file', `${f.href} is listed but not in the package.`, 'Add the file to the zip, or remove the <file> element.');
    }
  }
  for (const f of pkg.names)
    if (!listed.has(f) && !unlisted.has(f))
      problem(undefined, 'scorm12/unlisted-file', `${f} is in the package but no <resource> lists it.`, 'List every file of the package, so LMSs can import and inventory it.', 'warning');
  for (const name of controlFileNames) {
    const data = pkg.read(name);
    const sha = data ? createHash('sha256').update(data).digest('hex') : undefined;
    if (sha !== published[name])
      problem(undefined, 'scorm12/control-files', data ? `${name} is not the published SCORM 1.2 schema.` : `${name} is missing beside imsmanifest.xml.`, 'A SCORM 1.2 package carries the four control schemas unchanged (ADL conformance tests require them).');
  }
}
