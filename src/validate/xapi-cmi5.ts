/**
 * Checks of tincan.xml and cmi5.xml that an LMS import relies on. Their schemas ship in no npm
 * package, so these checks are made in code (the test suite also validates them against the XSDs).
 */
import type { Report } from '../diagnostics/diagnostic.ts';
import type { PackageView } from '../sources/read-package.ts';
import { attr, escapeHint, malformedEscape, parseXml, stripQuery, textOf, type Document, type Element } from './xml.ts';

const TINCAN = 'http://projecttincan.com/tincan.xsd';
const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const absoluteIri = /^[a-z][a-z0-9+.-]*:\S+$/i;
const inPackage = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url);

function load(pkg: PackageView, name: string, file: string, rule: string, report: Report): Document | undefined {
  const data = pkg.read(name);
  if (!data) return undefined; // over a size limit: reported with the zip's problems
  const parsed = parseXml(Buffer.from(data).toString('utf8'));
  if (!parsed.doc) report({ file, ...parsed.error!, rule, message: `${name} is not well-formed XML: ${parsed.error!.message}`, hint: 'Rebuild the package.' });
  return parsed.doc;
}

export function checkTincan(pkg: PackageView, file: string, report: Report): void {
  const doc = load(pkg, 'tincan.xml', file, 'tincan/xml', report);
  if (!doc) return;
  const at = (el?: Element | null) => ({ file, line: el?.line() ?? 1, column: 1 });
  const root = doc.root();
  if (root?.name() !== 'tincan' || root.namespace()?.href() !== TINCAN) {
    report({ ...at(root), rule: 'tincan/root', message: `The root element is not <tincan xmlns="${TINCAN}">.`, hint: 'tincan.xml uses the TinCan namespace only.' });
    return;
  }
  const activities = root.find('//t:activity', { t: TINCAN }) as Element[];
  const ids = new Set<string>();
  let launches = 0;
  for (const a of activities) {
    const id = attr(a, 'id') ?? '';
    if (!absoluteIri.test(id)) report({ ...at(a), rule: 'tincan/activity-id', message: `Activity id ${JSON.stringify(id)} is not an absolute IRI.`, hint: 'Activity ids are IRIs such as https://example.org/course/module.' });
    if (ids.has(id)) report({ ...at(a), rule: 'tincan/activity-id', message: `Activity id ${id} is used twice.`, hint: 'Each activity has its own id.' });
    ids.add(id);
    const t = (n: string) => a.find(`t:${n}`, { t: TINCAN }) as Element[];
    if (!t('name').length || !t('description').length)
      report({ ...at(a), rule: 'tincan/activity-text', message: `Activity ${id} needs a name and a description.`, hint: 'Give every activity <name> and <description> per language.' });
    for (const launch of t('launch')) {
      launches++;
      const href = textOf(launch) ?? '';
      if (inPackage(href) && malformedEscape(href))
        report({ ...at(launch), rule: 'xml/href', message: `The launch page ${JSON.stringify(href)} has a malformed % escape.`, hint: escapeHint });
      else if (inPackage(href) && !pkg.names.has(stripQuery(href)))
        report({ ...at(launch), rule: 'tincan/launch', message: `The launch page ${href} is not in the package.`, hint: 'Add the file, or fix <launch>.' });
    }
  }
  if (launches !== 1) report({ ...at(root), rule: 'tincan/launch', message: `tincan.xml has ${launches} <launch> elements; exactly one activity must have one.`, hint: 'Launch the course activity only.' });
}

export function checkCmi5(pkg: PackageView, file: string, report: Report): void {
  const doc = load(pkg, 'cmi5.xml', file, 'cmi5/xml', report);
  if (!doc) return;
  const at = (el?: Element | null) => ({ file, line: el?.line() ?? 1, column: 1 });
  const root = doc.root();
  if (root?.name() !== 'courseStructure' || root.namespace()?.href() !== CMI5) {
    report({ ...at(root), rule: 'cmi5/root', message: `The root element is not <courseStructure xmlns="${CMI5}">.`, hint: 'cmi5.xml uses the cmi5 CourseStructure namespace.' });
    return;
  }
  const ids = new Set<string>();
  for (const el of root.find('//c:course | //c:block | //c:au', { c: CMI5 }) as Element[]) {
    const id = attr(el, 'id') ?? '';
    if (!absoluteIri.test(id)) report({ ...at(el), rule: 'cmi5/id', message: `${el.name()} id ${JSON.stringify(id)} is not an absolute IRI.`, hint: 'cmi5 ids are IRIs.' });
    if (ids.has(id)) report({ ...at(el), rule: 'cmi5/id', message: `The id ${id} is used twice.`, hint: 'Ids are unique within the course structure.' });
    ids.add(id);
  }
  const aus = root.find('//c:au', { c: CMI5 }) as Element[];
  if (!aus.length) report({ ...at(root), rule: 'cmi5/au', message: 'The course has no AU.', hint: 'A cmi5 course needs at least one assignable unit.' });
  for (const au of aus) {
    const mastery = attr(au, 'masteryScore');
    if (mastery !== undefined && !(Number(mastery) >= 0 && Number(mastery) <= 1))
      report({ ...at(au), rule: 'cmi5/mastery-score', message: `masteryScore ${mastery} is not between 0 and 1.`, hint: 'cmi5 mastery scores are decimals from 0 to 1 (SCORM uses 0–100).' });
    const url = textOf(au.find('c:url', { c: CMI5 })[0] as Element | undefined) ?? '';
    if (!url) report({ ...at(au), rule: 'cmi5/au', message: `AU ${attr(au, 'id')} has no url.`, hint: 'Give each AU the path of its launch page.' });
    else if (inPackage(url) && malformedEscape(url))
      report({ ...at(au), rule: 'xml/href', message: `The AU url ${JSON.stringify(url)} has a malformed % escape.`, hint: escapeHint });
    else if (inPackage(url) && !pkg.names.has(stripQuery(url)))
      report({ ...at(au), rule: 'cmi5/au', message: `The AU page ${url} is not in the package.`, hint: 'Add the file, or fix <url>.' });
  }
}
