/**
 * Checks on a SCORM 1.2 manifest that the XSDs cannot make (FACTS §1.4): references resolve,
 * files listed and present agree, values are in range. Each function returns readable problems.
 */
import libxml, { type Document, type Element } from 'libxmljs2';

export const ns = {
  cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
};

export interface ManifestInfo {
  doc: Document;
  schema?: string;
  schemaversion?: string;
  defaultOrg?: string;
  organizations: string[];
  items: { identifier: string; identifierref?: string; title?: string; masteryscore?: string }[];
  resources: { identifier: string; href?: string; scormtype?: string; files: string[]; dependencies: string[] }[];
}

const text = (el: Element | null | undefined) => (el ? el.text().trim() : undefined);
const attr = (el: Element, name: string) => el.attr(name)?.value();

export function readManifest(xml: string | Buffer): ManifestInfo {
  const doc = libxml.parseXml(xml.toString());
  const find = (xp: string, ctx: Document | Element = doc) => ctx.find(xp, ns) as Element[];
  const adlAttr = (el: Element, name: string) =>
    el.attrs().find((a) => a.name() === name && a.namespace()?.href() === ns.adlcp)?.value();
  return {
    doc,
    schema: text(find('/cp:manifest/cp:metadata/cp:schema')[0]),
    schemaversion: text(find('/cp:manifest/cp:metadata/cp:schemaversion')[0]),
    defaultOrg: attr(find('/cp:manifest/cp:organizations')[0]!, 'default'),
    organizations: find('/cp:manifest/cp:organizations/cp:organization').map((o) => attr(o, 'identifier')!),
    items: find('//cp:item').map((i) => ({
      identifier: attr(i, 'identifier')!,
      identifierref: attr(i, 'identifierref'),
      title: text(find('cp:title', i)[0]),
      masteryscore: text(find('adlcp:masteryscore', i)[0]),
    })),
    resources: find('/cp:manifest/cp:resources/cp:resource').map((r) => ({
      identifier: attr(r, 'identifier')!,
      href: attr(r, 'href'),
      scormtype: adlAttr(r, 'scormtype'),
      files: find('cp:file', r).map((f) => attr(f, 'href')!),
      dependencies: find('cp:dependency', r).map((d) => attr(d, 'identifierref')!),
    })),
  };
}

/** Package files that are metadata rather than content, and need not be listed in a resource. */
export const unlistedAllowed = new Set(['imsmanifest.xml', 'imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd']);

const stripQuery = (href: string) => decodeURI(href.replace(/[?#].*$/, ''));

/** Everything the XSD lets through but an LMS import would trip on. */
export function manifestProblems(m: ManifestInfo, zipFiles: Iterable<string>): string[] {
  const problems: string[] = [];
  const files = new Set(zipFiles);
  if (m.schema !== 'ADL SCORM') problems.push(`metadata/schema is ${JSON.stringify(m.schema)}, expected "ADL SCORM"`);
  if (m.schemaversion !== '1.2') problems.push(`metadata/schemaversion is ${JSON.stringify(m.schemaversion)}, expected "1.2"`);
  if (!m.defaultOrg || !m.organizations.includes(m.defaultOrg))
    problems.push(`organizations@default=${JSON.stringify(m.defaultOrg)} names no <organization> (${m.organizations.join(', ')})`);
  const resources = new Map(m.resources.map((r) => [r.identifier, r]));
  let launchable = 0;
  for (const item of m.items) {
    if (item.masteryscore !== undefined) {
      const n = Number(item.masteryscore);
      if (!/^\d+(\.\d+)?$/.test(item.masteryscore) || n < 0 || n > 100)
        problems.push(`item ${item.identifier}: masteryscore ${JSON.stringify(item.masteryscore)} is not a number in 0..100`);
      if (!item.identifierref) problems.push(`item ${item.identifier}: masteryscore on an item that launches nothing`);
    }
    if (item.identifierref === undefined) continue;
    launchable++;
    const res = resources.get(item.identifierref);
    if (!res) {
      problems.push(`item ${item.identifier}: identifierref ${item.identifierref} names no <resource>`);
      continue;
    }
    if (!res.href) problems.push(`resource ${res.identifier} is launched by item ${item.identifier} but has no href`);
    else if (!files.has(stripQuery(res.href))) problems.push(`resource ${res.identifier}: launch href ${res.href} is not in the zip`);
    if (res.scormtype !== 'sco') problems.push(`resource ${res.identifier} is launched but adlcp:scormtype is ${JSON.stringify(res.scormtype)}`);
  }
  if (launchable === 0) problems.push('no <item> launches a resource');
  const listed = new Set<string>();
  for (const r of m.resources) {
    for (const d of r.dependencies)
      if (!resources.has(d)) problems.push(`resource ${r.identifier}: dependency ${d} names no <resource>`);
    for (const f of r.files) {
      if (/^([a-z]+:|\/)|(^|\/)\.\.(\/|$)/i.test(f)) problems.push(`resource ${r.identifier}: file href ${f} is not a relative path inside the package`);
      const p = stripQuery(f);
      listed.add(p);
      if (!files.has(p)) problems.push(`resource ${r.identifier}: listed file ${f} is not in the zip`);
    }
  }
  for (const f of files) if (!listed.has(f) && !unlistedAllowed.has(f)) problems.push(`zip file ${f} is not listed in any <resource>`);
  return problems;
}
