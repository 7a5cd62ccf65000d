/**
 * cmi5 packages (FACTS §5.1): cmi5.xml at the zip root, valid against the CourseStructure XSD,
 * one AU for the course by default, one AU per module in ONE package with `--split modules`,
 * moveOn and masteryScore from course.yaml, and nothing about an LMS or a learner inside.
 */
import { describe, expect, it } from 'vitest';
import libxml from 'libxmljs2';
import { buildFixture, errorsOf } from '../helpers/course-build.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { secrets } from '../helpers/lrs-checks.ts';
import { kit, validateCmi5 } from '../helpers/xsd.ts';
import { validatePackage } from '../../src/validate/index.ts';
import { readZip } from '../helpers/zip.ts';
import { build } from '../../src/index.ts';
import { makeTempDir } from '../helpers/zip.ts';

const fixture = 'e2e-all-types';
const course = readFixtureCourse(fixture, 'fr');
const NS = { c: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd' };
const IRI = `urn:connectoo:course:${course.id}`;

interface Au {
  id: string;
  moveOn: string | undefined;
  masteryScore: string | undefined;
  url: string;
  title: string;
  lang: string | undefined;
}

function readStructure(xml: Buffer) {
  const doc = libxml.parseXml(xml.toString());
  const attr = (el: any, n: string) => el.attr(n)?.value();
  const aus: Au[] = (doc.find('//c:au', NS) as any[]).map((a) => ({
    id: attr(a, 'id'),
    moveOn: attr(a, 'moveOn'),
    masteryScore: attr(a, 'masteryScore'),
    url: a.get('c:url', NS).text(),
    title: a.get('c:title/c:langstring', NS).text(),
    lang: attr(a.get('c:title/c:langstring', NS), 'lang'),
  }));
  return { courseId: attr(doc.get('/c:courseStructure/c:course', NS), 'id'), aus, blocks: doc.find('//c:block', NS).length };
}

/** Every cmi5.xml built by the tests above, for the official schema check at the end. */
const built: Buffer[] = [];

async function cmi5Zips(dir: string, split?: 'modules') {
  const out = await makeTempDir('connectoo-cmi5-');
  const result = await build({ courseDirs: [dir], outDir: out, formats: ['cmi5'], langs: ['fr'], split });
  expect(errorsOf(result)).toEqual([]);
  return result.outputs;
}

describe('cmi5 packages of the fixture', () => {

  it('one AU for the whole course: valid cmi5.xml, moveOn and masteryScore from course.yaml', async () => {
    const { result } = await buildFixture(fixture, { formats: ['cmi5'] });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs.map((o) => o.file.split('/').pop()).sort()).toEqual(course.languages.map((l) => `${course.id}-${l}-${course.version}-cmi5.zip`).sort());
    for (const o of result.outputs) {
      const files = await readZip(o.file);
      for (const f of ['cmi5.xml', 'index.html', 'player.js']) expect(files.has(f), f).toBe(true);
      expect((await validatePackage(o.file)).diagnostics).toEqual([]);
      built.push(files.get('cmi5.xml')!);
      const s = readStructure(files.get('cmi5.xml')!);
      expect(s.courseId).toBe(IRI);
      expect(s.aus).toEqual([
        { id: `${IRI}/au`, moveOn: 'CompletedAndPassed', masteryScore: String(course.masteryScore / 100), url: 'index.html', title: expect.any(String), lang: o.lang },
      ]);
      for (const [name, data] of files)
        if (/\.(html|js|css|xml)$/.test(name)) expect(secrets.exec(data.toString('utf8'))?.[0], name).toBeUndefined();
      // Titles in every course language, the package's own first.
      const titles = libxml.parseXml(files.get('cmi5.xml')!.toString()).find('//c:course/c:title/c:langstring', NS) as any[];
      expect(titles.map((t) => t.attr('lang').value())).toEqual([o.lang, ...course.languages.filter((l) => l !== o.lang)]);
    }
  });

  it('--split modules: ONE package per language with one AU per module, each launching its module', async () => {
    const outs = await cmi5Zips((await courseWith(fixture)), 'modules');
    expect(outs.map((o) => [o.file.split('/').pop(), o.module])).toEqual([[`${course.id}-fr-${course.version}-cmi5.zip`, undefined]]);
    const files = await readZip(outs[0]!.file);
    expect((await validatePackage(outs[0]!.file)).diagnostics).toEqual([]);
    built.push(files.get('cmi5.xml')!);
    const s = readStructure(files.get('cmi5.xml')!);
    expect(s.aus.map((a) => [a.id, a.url, a.moveOn, a.masteryScore])).toEqual(
      course.modules.map((m) => [`${IRI}/au/${m.id}`, `index.html?module=${m.id}`, 'CompletedAndPassed', '0.8']),
    );
    expect(new Set([s.courseId, ...s.aus.map((a) => a.id)]).size).toBe(s.aus.length + 1);
  });

  it('follows the completion rule: pages → Completed without mastery; quiz → Passed', async () => {
    const byPages = await cmi5Zips(await courseWith(fixture, { 'course.yaml': (t) => t.replace('completion: pages-and-quiz', 'completion: pages') }));
    const a = readStructure((await readZip(byPages[0]!.file)).get('cmi5.xml')!).aus[0]!;
    expect([a.moveOn, a.masteryScore]).toEqual(['Completed', undefined]);
    const byQuiz = await cmi5Zips(
      await courseWith(fixture, { 'course.yaml': (t) => t.replace('completion: pages-and-quiz', 'completion: quiz').replace('masteryScore: 80', 'masteryScore: 66.67') }),
    );
    const b = readStructure((await readZip(byQuiz[0]!.file)).get('cmi5.xml')!);
    expect([b.aus[0]!.moveOn, b.aus[0]!.masteryScore]).toEqual(['Passed', '0.6667']);
    expect((await validatePackage(byQuiz[0]!.file)).diagnostics).toEqual([]);
    built.push((await readZip(byPages[0]!.file)).get('cmi5.xml')!, (await readZip(byQuiz[0]!.file)).get('cmi5.xml')!);
  });

  it.skipIf(!kit.available)(`every cmi5.xml above is valid against the official CourseStructure.xsd${kit.reason ? ` (${kit.reason})` : ''}`, () => {
    expect(built.length).toBeGreaterThanOrEqual(4);
    for (const xml of built) expect(validateCmi5(xml).errors).toEqual([]);
  });
});
