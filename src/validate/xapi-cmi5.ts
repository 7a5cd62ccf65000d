/**
 * Checks of tincan.xml and cmi5.xml that an LMS import relies on: errors for what makes the LMS
 * refuse or break the package (unreadable file, no launch, ids that are not IRIs or used twice, a
 * launch page missing, a mastery score out of range), warnings for what it tolerates. Their schemas
 * ship in no npm package, so these checks are made in code (the test suite also validates them
 * against the XSDs) and the schema validity is among what the report says it did not check.
 */
import type { PackageView } from '../sources/read-package.ts';
import type { FindingReport } from './findings.ts';
import { caseHints } from './manifest.ts';
import { attr, escapeHint, malformedEscape, parseXml, stripQuery, textOf, type Document, type Element } from './xml.ts';

type Report = FindingReport;

export const tincanNotChecked = ['tincan.xml against tincan.xsd (the activity definitions beyond ids, names and the launch)'];
export const cmi5NotChecked = ['cmi5.xml against CourseStructure.xsd (moveOn, launch method, blocks and objectives)'];
const ask = 'Ask the package\'s author for a corrected package.';

const TINCAN = 'http://projecttincan.com/tincan.xsd';
const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';
const absoluteIri = /^[a-z][a-z0-9+.-]*:\S+$/i;
const inPackage = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url);

function load(pkg: PackageView, name: string, file: string, rule: string, report: Report): Document | undefined {
  const data = pkg.read(name);
  if (!data) return undefined; // over a size limit: reported with the zip's problems
  const parsed = parseXml(Buffer.from(data).toString('utf8'));
  if (!parsed.doc) report({ file, ...parsed.error!, rule, message: `${name} cannot be read: it is not well-formed XML (${parsed.error!.message}). The LMS will refuse the package.`, hint: ask });
  return parsed.doc;
}

export function checkTincan(pkg: PackageView, file: string, report: Report): void {
  const doc = load(pkg, 'tincan.xml', file, 'tincan/xml', report);
  if (!doc) return;
  const at = (el?: Element | null) => ({ file, line: el?.line() ?? 1, column: 1 });
  const caseHint = caseHints(pkg);
  const root = doc.root();
  if (root?.name() !== 'tincan' || root.namespace()?.href() !== TINCAN) {
    report({ ...at(root), rule: 'tincan/root', message: `tincan.xml does not start with <tincan xmlns="${TINCAN}">: the LMS does not recognise it as a TinCan course.`, hint: ask });
    return;
  }
  const activities = root.find('//t:activity', { t: TINCAN }) as Element[];
  const ids = new Set<string>();
  let launches = 0;
  for (const a of activities) {
    const id = attr(a, 'id') ?? '';
    if (!absoluteIri.test(id)) report({ ...at(a), rule: 'tincan/activity-id', message: `The activity id ${JSON.stringify(id)} is not an IRI (such as https://example.org/course/module): the LRS refuses statements about it.`, hint: ask, group: { what: 'activity ids are not IRIs', subject: JSON.stringify(id) } });
    if (ids.has(id)) report({ ...at(a), rule: 'tincan/activity-id', message: `The activity id ${id} is used twice: the LMS and the LRS mix up the two activities.`, hint: ask, group: { what: 'activity ids are used twice', subject: id } });
    ids.add(id);
    const t = (n: string) => a.find(`t:${n}`, { t: TINCAN }) as Element[];
    if (!t('name').length || !t('description').length)
      report({ ...at(a), severity: 'warning', rule: 'tincan/activity-text', message: `Activity ${id} has no ${t('name').length ? 'description' : 'name'}: the LMS shows its id instead.`, hint: 'Nothing to do to import it. The package\'s author can give every activity a <name> and a <description>.', group: { what: 'activities have no name or no description', subject: id } });
    for (const launch of t('launch')) {
      launches++;
      const href = textOf(launch) ?? '';
      if (inPackage(href) && malformedEscape(href))
        report({ ...at(launch), rule: 'xml/href', message: `The launch page ${JSON.stringify(href)} has a malformed % escape: no file name can be read from it.`, hint: escapeHint });
      else if (inPackage(href) && !pkg.names.has(stripQuery(href)))
        report({ ...at(launch), rule: 'tincan/launch', message: `The launch page ${href} is not in the package${caseHint(stripQuery(href))}: learners would get a "not found" page.`, hint: 'Ask the package\'s author for a package with that file (or fix <launch>).' });
    }
  }
  if (launches === 0) report({ ...at(root), rule: 'tincan/launch', message: 'No activity of tincan.xml has a <launch> page: the LMS has nothing to open.', hint: ask });
  else if (launches > 1) report({ ...at(root), severity: 'warning', rule: 'tincan/launch', message: `${launches} activities of tincan.xml have a <launch> page: LMSs open the first one only.`, hint: 'Nothing to do if the first one is the course. The TinCan packaging rules allow one launch.' });
}

export function checkCmi5(pkg: PackageView, file: string, report: Report): void {
  const doc = load(pkg, 'cmi5.xml', file, 'cmi5/xml', report);
  if (!doc) return;
  const at = (el?: Element | null) => ({ file, line: el?.line() ?? 1, column: 1 });
  const caseHint = caseHints(pkg);
  const root = doc.root();
  if (root?.name() !== 'courseStructure' || root.namespace()?.href() !== CMI5) {
    report({ ...at(root), rule: 'cmi5/root', message: `cmi5.xml does not start with <courseStructure xmlns="${CMI5}">: the LMS does not recognise it as a cmi5 course.`, hint: ask });
    return;
  }
  const ids = new Set<string>();
  for (const el of root.find('//c:course | //c:block | //c:au', { c: CMI5 }) as Element[]) {
    const id = attr(el, 'id') ?? '';
    if (!absoluteIri.test(id)) report({ ...at(el), rule: 'cmi5/id', message: `The ${el.name()} id ${JSON.stringify(id)} is not an IRI (such as https://example.org/course/au): the LMS refuses the course structure.`, hint: ask, group: { what: 'ids of cmi5.xml are not IRIs', subject: JSON.stringify(id) } });
    if (ids.has(id)) report({ ...at(el), rule: 'cmi5/id', message: `The id ${id} is used twice: the LMS mixes up the two, and the learners' records break.`, hint: ask, group: { what: 'ids of cmi5.xml are used twice', subject: id } });
    ids.add(id);
  }
  const aus = root.find('//c:au', { c: CMI5 }) as Element[];
  if (!aus.length) report({ ...at(root), rule: 'cmi5/au', message: 'The course has no AU (assignable unit): the LMS has nothing to launch.', hint: ask });
  for (const au of aus) {
    const mastery = attr(au, 'masteryScore');
    if (mastery !== undefined && !(Number(mastery) >= 0 && Number(mastery) <= 1))
      report({ ...at(au), rule: 'cmi5/mastery-score', message: `The mastery score ${mastery} is not between 0 and 1: the LMS refuses the course structure.`, hint: 'Ask the package\'s author for a mastery score from 0 to 1 (cmi5 uses 0.8 where SCORM says 80).' });
    const url = textOf(au.find('c:url', { c: CMI5 })[0] as Element | undefined) ?? '';
    if (!url) report({ ...at(au), rule: 'cmi5/au', message: `AU ${attr(au, 'id')} names no page to launch (url): the LMS has nothing to open.`, hint: ask });
    else if (inPackage(url) && malformedEscape(url))
      report({ ...at(au), rule: 'xml/href', message: `The AU page ${JSON.stringify(url)} has a malformed % escape: no file name can be read from it.`, hint: escapeHint });
    else if (inPackage(url) && !pkg.names.has(stripQuery(url)))
      report({ ...at(au), rule: 'cmi5/au', message: `The AU page ${stripQuery(url)} is not in the package${caseHint(stripQuery(url))}: learners would get a "not found" page.`, hint: 'Ask the package\'s author for a package with that file (or fix <url>).' });
  }
}
