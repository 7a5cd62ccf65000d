/**
 * Schema errors of a manifest, in words an LMS admin reads: libxml2's messages without namespace
 * URIs and parser terms, and whether the place is in the manifest's metadata (the description of the
 * course, which no LMS needs to import or play it) or in the structure the LMS reads.
 * Schema errors are warnings: LMSs import manifests that stray from the schemas; what would make an
 * LMS refuse or break the package is checked in code and reported as errors.
 */
import type { Document, Element } from './xml.ts';
import type { FindingReport } from './findings.ts';

/** Prefixes readers know, by namespace (the content-package namespaces print bare). */
const prefixes: Record<string, string> = {
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2': '',
  'http://www.imsglobal.org/xsd/imscp_v1p1': '',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp:',
  'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'imsmd:',
  'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp:',
  'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq:',
  'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav:',
  'http://www.imsglobal.org/xsd/imsss': 'imsss:',
  'http://ltsc.ieee.org/xsd/LOM': 'lom:',
  'http://www.w3.org/XML/1998/namespace': 'xml:',
};
const nameOf = (ns: string, local: string) => (ns in prefixes ? `<${prefixes[ns]}${local}>` : ns ? `<${local}> (namespace ${ns})` : `<${local}>`);
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean).join(' or ');

/** libxml2's schema message in plain words: "<adlcp:masteryscore> is not expected here (expected: <title>)". */
export function plainSchemaMessage(message: string): string {
  let m = message.trim().replace(/'?\{([^}]*)\}([\w.-]+)'?/g, (_, ns: string, local: string) => nameOf(ns, local));
  m = m.replace(/^Element '([\w.:-]+)'/, (_, local: string) => `Element ${nameOf('', local)}`);
  const rules: [RegExp, string | ((...a: string[]) => string)][] = [
    [/^Element (.+?), attribute '([^']+)': /, (_, el: string, at: string) => `attribute ${at} of ${el}: `],
    [/^Element (.+?): /, '$1 '],
    [/This element is not expected\. Expected is one of \( ?(.*?) ?\)\./, (_, e: string) => `is not expected here (expected: ${list(e)})`],
    [/This element is not expected\. Expected is \( ?(.*?) ?\)\./, (_, e: string) => `is not expected here (expected: ${list(e)})`],
    [/This element is not expected\./, 'is not expected here'],
    [/No matching global element declaration available, but demanded by the strict wildcard\./, 'is not defined by the schemas, which allow no extension element there'],
    [/Missing child element\(s\)\. Expected is (?:one of )?\( ?(.*?) ?\)\./, (_, e: string) => `misses a child element (expected: ${list(e)})`],
    [/The attribute '([^']+)' is required but missing\./, 'misses its required attribute $1'],
    [/The attribute '([^']+)' is not allowed\./, 'has an attribute $1 the schemas do not allow'],
    [/\[facet 'enumeration'\] The value '([^']*)' is not an element of the set \{(.*)\}\./, (_, v: string, set: string) => `the value '${v}' is not one of ${set.replace(/, /g, ', ')}`],
    [/\[facet '(?:maxLength|length)'\] The value has a length of '(\d+)'; this exceeds the allowed maximum length of '(\d+)'\./, 'is $1 characters long, over the maximum of $2'],
    [/'([^']*)' is not a valid value of the atomic type 'xs:(?:ID|IDREF|NCName)'\./, `'$1' is not a valid identifier (it starts with a letter or _, and has no spaces or colons)`],
    [/'([^']*)' is not a valid value of the (?:atomic|local atomic|list) type '(?:xs:)?([^']+)'\./, `'$1' is not a valid $2 value`],
    [/No matching global declaration available for the validation root\./, 'The root element is not the <manifest> of this standard (another element, or another namespace)'],
    [/Element content is not allowed, because the type definition is simple\./, 'may hold only text, not elements'],
  ];
  for (const [re, to] of rules) m = m.replace(re, to as string);
  return m.replace(/\.$/, '');
}

/**
 * The first element of each name on each line where a schema error is, found in one walk of the
 * document: finding the element of every error stays linear, however many errors share a line.
 */
function elementsAt(doc: Document, lines: ReadonlySet<number>): Map<string, Element> {
  const found = new Map<string, Element>();
  const walk = (el: Element) => {
    const key = `${el.line()} ${el.namespace()?.href() ?? ''} ${el.name()}`;
    if (lines.has(el.line()) && !found.has(key)) found.set(key, el);
    for (const c of el.childNodes()) if (c.type() === 'element') walk(c as Element);
  };
  const root = doc.root();
  if (root) walk(root);
  return found;
}

function inMetadata(el: Element | undefined): boolean {
  for (let p: Element | Document | undefined = el; p && p.type() === 'element'; p = (p as Element).parent())
    if ((p as Element).name() === 'metadata') return true;
  return false;
}

/**
 * Reports schema errors as warnings: `<prefix>/metadata` for places inside a <metadata> element,
 * `<prefix>/schema` for the rest.
 */
export function reportSchemaErrors(
  doc: Document,
  errors: { line: number; column: number; message: string }[],
  prefix: 'scorm12' | 'scorm2004',
  standard: string,
  file: string,
  report: FindingReport,
): void {
  if (!errors.length) return;
  const elements = elementsAt(doc, new Set(errors.map((e) => e.line)));
  for (const e of errors) {
    const named = /Element '\{([^}]*)\}([\w.-]+)'|Element '([\w.-]+)'/.exec(e.message);
    const [ns, local] = named ? [named[1] ?? '', named[2] ?? named[3]!] : ['', ''];
    const el = elements.get(`${e.line} ${ns} ${local}`);
    const words = plainSchemaMessage(e.message);
    if (inMetadata(el))
      report({
        file, line: e.line, column: e.column, severity: 'warning', rule: `${prefix}/metadata`,
        message: `In the manifest's metadata (its description of the course): ${words}. LMSs do not need the metadata to import or play the course.`,
        hint: 'Nothing to do to import it. The package\'s author can remove the element or follow the metadata schema.',
        group: { what: `places in the manifest's metadata do not follow the ${standard} schemas`, subject: `line ${e.line}: ${words}` },
      });
    else
      report({
        file, line: e.line, column: e.column, severity: 'warning', rule: `${prefix}/schema`,
        message: `The manifest does not follow the ${standard} schemas here: ${words}. LMSs usually import it anyway; one that checks the schemas would refuse it.`,
        hint: 'If your LMS refuses the package, ask its author for a manifest that follows the schemas.',
        group: { what: `places in the manifest do not follow the ${standard} schemas`, subject: `line ${e.line}: ${words}` },
      });
  }
}
