/**
 * An IMS content package manifest (SCORM 1.2 and every SCORM 2004 edition) read as LMSs read it:
 * by element names, whatever the namespaces and prefixes, with xml:base applied to paths. Then the
 * checks both SCORM versions share: what would make an LMS refuse or break the package (identifiers,
 * references, launch pages, listed files, unsafe paths) is an error; what LMSs tolerate (no default
 * organization, files not listed) is a warning.
 */
import type { PackageView } from '../sources/read-package.ts';
import type { FindingReport } from './findings.ts';
import { malformedEscape, textOf, type Document, type Element } from './xml.ts';

export interface CpItem {
  el: Element;
  identifier?: string;
  identifierref?: string;
  title?: string;
  masteryscore?: string;
}
export interface CpResource {
  el: Element;
  identifier?: string;
  href?: string;
  /** xml:base of the manifest, <resources> and the resource, joined: what hrefs are relative to. */
  base: string;
  scormtype?: string;
  files: { el: Element; href?: string }[];
  dependencies: { el: Element; ref?: string }[];
}
export interface CpManifest {
  root: Element;
  schema?: string;
  schemaversion?: string;
  organizationsEl?: Element;
  defaultOrg?: string;
  organizations: { el: Element; identifier?: string }[];
  items: CpItem[];
  resources: CpResource[];
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const children = (el: Element | undefined, name: string): Element[] =>
  (el?.childNodes() ?? []).filter((n): n is Element => n.type() === 'element' && (n as Element).name() === name);
const child = (el: Element | undefined, name: string) => children(el, name)[0];
/** An attribute by local name (any namespace, any case: adlcp:scormtype in 1.2, adlcp:scormType in 2004). */
const attrOf = (el: Element, name: string) => el.attrs().find((a) => a.name().toLowerCase() === name.toLowerCase() && a.namespace()?.href() !== XML_NS)?.value();
const baseOf = (el: Element | undefined) => el?.attrs().find((a) => a.name() === 'base' && a.namespace()?.href() === XML_NS)?.value() ?? '';

export function readCp(doc: Document): CpManifest {
  const root = doc.root()!;
  const metadata = child(root, 'metadata');
  const orgs = child(root, 'organizations');
  const items: CpItem[] = [];
  const walk = (parent: Element) => {
    for (const el of children(parent, 'item')) {
      items.push({
        el,
        identifier: attrOf(el, 'identifier'),
        identifierref: attrOf(el, 'identifierref'),
        title: textOf(child(el, 'title')),
        masteryscore: textOf(child(el, 'masteryscore')),
      });
      walk(el);
    }
  };
  const organizations = children(orgs, 'organization').map((el) => (walk(el), { el, identifier: attrOf(el, 'identifier') }));
  const resourcesEl = child(root, 'resources');
  const resources = children(resourcesEl, 'resource').map((el) => ({
    el,
    identifier: attrOf(el, 'identifier'),
    href: attrOf(el, 'href'),
    base: joinBase([baseOf(root), baseOf(resourcesEl), baseOf(el)]),
    scormtype: attrOf(el, 'scormtype'),
    files: children(el, 'file').map((f) => ({ el: f, href: attrOf(f, 'href') })),
    dependencies: children(el, 'dependency').map((d) => ({ el: d, ref: attrOf(d, 'identifierref') })),
  }));
  return {
    root,
    schema: textOf(child(metadata, 'schema')),
    schemaversion: textOf(child(metadata, 'schemaversion')),
    organizationsEl: orgs,
    defaultOrg: orgs ? attrOf(orgs, 'default') : undefined,
    organizations,
    items,
    resources,
  };
}

const joinBase = (bases: string[]) => bases.filter(Boolean).map((b) => (b.endsWith('/') ? b : b.replace(/[^/]*$/, ''))).join('');

/** Where an href points, as the LMS resolves it against the package folder. */
export type Target = { kind: 'file'; path: string } | { kind: 'web' } | { kind: 'unsafe'; why: string } | { kind: 'bad-escape' };

export function target(base: string, href: string): Target {
  const full = /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') ? href : base + href;
  if (/^https?:\/\//i.test(full)) return { kind: 'web' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(full)) return { kind: 'unsafe', why: 'names another scheme than a path in the package' };
  if (full.startsWith('/') || full.startsWith('\\')) return { kind: 'unsafe', why: 'is an absolute path, outside the package' };
  const path = full.replace(/[?#].*$/, '');
  if (malformedEscape(path)) return { kind: 'bad-escape' };
  const parts: string[] = [];
  for (const p of decodeURI(path).split('/')) {
    if (p === '..') {
      if (!parts.length) return { kind: 'unsafe', why: 'climbs out of the package folder with ".."' };
      parts.pop();
    } else if (p && p !== '.') parts.push(p);
  }
  return { kind: 'file', path: parts.join('/') };
}

/** "(the zip has Index.html: names must match exactly, capitals included)" when only the case differs. */
export function caseHints(pkg: PackageView): (path: string) => string {
  let lower: Map<string, string> | undefined;
  return (path) => {
    lower ??= new Map([...pkg.names].map((n) => [n.toLowerCase(), n]));
    const near = lower.get(path.toLowerCase());
    return near ? ` (the zip has ${near}: names must match exactly, capitals included)` : '';
  };
}

/**
 * Checks shared by SCORM 1.2 and 2004: identifiers, the default organization, what items launch,
 * dependencies, listed files, files not listed. Rule ids are `<prefix>/…`.
 */
export function checkCpStructure(m: CpManifest, pkg: PackageView, file: string, prefix: 'scorm12' | 'scorm2004', report: FindingReport): void {
  const at = (el: Element | undefined) => ({ file, line: el?.line() ?? 0, column: el ? 1 : 0 });
  const ask = 'Ask the package\'s author for a corrected package.';
  const caseHint = caseHints(pkg);
  const ids = new Map<string, Element>();
  for (const { el, identifier } of [...m.organizations, ...m.items, ...m.resources]) {
    if (!identifier) {
      report({ ...at(el), rule: `${prefix}/identifier`, message: `A <${el.name()}> has no identifier: the LMS cannot keep track of it.`, hint: ask });
      continue;
    }
    const first = ids.get(identifier);
    if (first)
      report({ ...at(el), rule: `${prefix}/identifier`, message: `The identifier ${identifier} is used twice (also on line ${first.line()}): the LMS mixes up the two, and the course structure or the learners' records break.`, hint: ask, group: { what: 'identifiers are used twice in the manifest', subject: identifier } });
    else ids.set(identifier, el);
  }
  if (!m.defaultOrg) {
    if (m.organizations.length > 1)
      report({ ...at(m.organizationsEl), severity: 'warning', rule: `${prefix}/default-organization`, message: 'The manifest does not say which of its organizations (course structures) is the default: LMSs use the first one.', hint: 'Nothing to do if the first organization is the course to show.' });
  } else if (!m.organizations.some((o) => o.identifier === m.defaultOrg))
    report({ ...at(m.organizationsEl), rule: `${prefix}/default-organization`, message: `The default organization ${JSON.stringify(m.defaultOrg)} is not one of the manifest's organizations: the LMS finds no course structure to show.`, hint: ask });

  const resources = new Map(m.resources.filter((r) => r.identifier).map((r) => [r.identifier!, r]));
  let launchable = 0;
  for (const item of m.items) {
    if (item.identifierref === undefined) continue;
    launchable++;
    const res = resources.get(item.identifierref);
    if (!res) {
      report({ ...at(item.el), rule: `${prefix}/identifierref`, message: `Item ${item.identifier} launches ${item.identifierref}, which is not a resource of the manifest: the LMS has nothing to open for it.`, hint: ask });
      continue;
    }
    if (!res.href) {
      report({ ...at(res.el), rule: `${prefix}/launch`, message: `Resource ${res.identifier} is launched by item ${item.identifier} but names no page (href): the LMS has nothing to open.`, hint: ask });
      continue;
    }
    const t = target(res.base, res.href);
    if (t.kind === 'unsafe')
      report({ ...at(res.el), rule: `${prefix}/launch`, message: `The launch page ${JSON.stringify(res.href)} ${t.why}: the LMS cannot open it from the package.`, hint: ask });
    else if (t.kind === 'bad-escape')
      report({ ...at(res.el), rule: 'xml/href', message: `The launch page ${JSON.stringify(res.href)} has a malformed % escape: no file name can be read from it.`, hint: 'Write a % in a path as %25; other escapes are % and two hex digits of UTF-8.' });
    else if (t.kind === 'web')
      report({ ...at(res.el), severity: 'warning', rule: `${prefix}/launch`, message: `Item ${item.identifier} opens ${res.href}, a page on another site: the LMS opens it, but tracking across sites usually fails.`, hint: 'Check with the package\'s author that this is intended.' });
    else if (!pkg.names.has(t.path))
      report({ ...at(res.el), rule: `${prefix}/launch`, message: `The launch page ${t.path} is not in the package${caseHint(t.path)}: learners would get a "not found" page.`, hint: 'Ask the package\'s author for a package with that file (or add it to the zip).' });
    const type = res.scormtype?.toLowerCase();
    if (type !== 'sco')
      report({ ...at(res.el), severity: 'warning', rule: `${prefix}/launch-asset`, message: `Item ${item.identifier} launches resource ${res.identifier}, which is ${type === 'asset' ? 'an asset' : `not marked as a SCO (scormtype ${JSON.stringify(res.scormtype ?? '')})`}: the LMS shows it but records no progress or score for it.`, hint: 'Nothing to do if that page is not meant to be tracked.' });
  }
  if (launchable === 0)
    report({ ...at(m.organizationsEl), rule: `${prefix}/launch`, message: 'No item of the manifest launches anything: the LMS finds no course to open.', hint: 'A manifest needs at least one <item> whose identifierref names a resource with a launch page.' });

  const listed = new Set<string>();
  for (const r of m.resources) {
    for (const d of r.dependencies)
      if (!resources.has(d.ref ?? ''))
        report({ ...at(d.el), rule: `${prefix}/identifierref`, message: `Resource ${r.identifier} depends on ${JSON.stringify(d.ref ?? '')}, which is not a resource of the manifest: files it needs may be left out of the import.`, hint: ask });
    for (const f of r.files) {
      if (f.href === undefined) continue; // a schema finding names it
      const t = target(r.base, f.href);
      if (t.kind === 'file') {
        listed.add(t.path);
        if (!pkg.names.has(t.path))
          report({ ...at(f.el), rule: `${prefix}/file`, message: `${t.path} is listed in the manifest but not in the package${caseHint(t.path)}: pages that use it will break.`, hint: 'Ask the package\'s author for a package with those files (or add them to the zip).', group: { what: 'files listed in the manifest are not in the package', subject: t.path } });
      } else if (t.kind === 'unsafe')
        report({ ...at(f.el), rule: `${prefix}/file`, message: `The listed file ${JSON.stringify(f.href)} ${t.why}: an LMS that follows it reads or writes outside the package.`, hint: `Do not import this package as it is. ${ask}`, group: { what: 'listed files are not paths inside the package', subject: JSON.stringify(f.href) } });
      else if (t.kind === 'bad-escape')
        report({ ...at(f.el), rule: 'xml/href', message: `The listed file ${JSON.stringify(f.href)} has a malformed % escape: no file name can be read from it.`, hint: 'Write a % in a path as %25; other escapes are % and two hex digits of UTF-8.', group: { what: 'listed files have a malformed % escape', subject: JSON.stringify(f.href) } });
    }
  }
  for (const name of pkg.names)
    if (!listed.has(name) && name !== 'imsmanifest.xml' && !/\.(xsd|dtd)$/i.test(name))
      report({ file, line: 0, column: 0, severity: 'warning', rule: `${prefix}/unlisted-file`, message: `${name} is in the package but not listed in the manifest: LMSs import it anyway, but some leave it out of copies and exports.`, hint: 'Nothing to do to import it. The package\'s author can list every file in a <resource>.', group: { what: 'files of the package are not listed in the manifest', subject: name } });
}
