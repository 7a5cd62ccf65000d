/**
 * `connectoo validate` on TinCan, cmi5, AICC and web zips made by other tools, on zips that are no
 * package, and on a package with hundreds of the same finding (one line, a short report).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePackage } from '../../src/validate/index.ts';
import { makeTempDir } from '../helpers/zip.ts';
import {
  aiccFiles, cmi5Xml, findings, scorm12Content, scorm12Manifest, scorm12Schemas, tincanXml, validateFiles, webFiles,
} from './validate-foreign.ts';

const page = '<!doctype html><title>x</title>';

describe('validate: TinCan and cmi5 packages of other tools', () => {
  it('TinCan: ready, or will not import when its launch page is missing', async () => {
    const ok = await validateFiles({ 'tincan.xml': tincanXml(), 'story.html': page, 'story_content/user.js': '' });
    expect(ok.verdictText).toBe('TinCan (xAPI) — ready to import');
    expect(ok.lines.at(-1)).toBe('  not checked: tincan.xml against tincan.xsd (the activity definitions beyond ids, names and the launch).');
    const broken = await validateFiles({ 'tincan.xml': tincanXml('index_lms.html'), 'story.html': page });
    expect(broken.verdictText).toBe('TinCan (xAPI) — will not import (1 error)');
    expect(broken.diagnostics[0]!.message).toBe('The launch page index_lms.html is not in the package: learners would get a "not found" page.');
  });

  it('TinCan: several launched activities import with problems (LMSs open the first)', async () => {
    const two = tincanXml().replace('<name lang="en-US">Quiz</name>', '<name lang="en-US">Quiz</name><launch lang="en-US">story.html</launch>');
    const r = await validateFiles({ 'tincan.xml': two, 'story.html': page });
    expect(r.verdictText).toBe('TinCan (xAPI) — imports with problems (1 warning)');
    expect(r.diagnostics[0]!.message).toBe('2 activities of tincan.xml have a <launch> page: LMSs open the first one only.');
  });

  it('cmi5: ready, or will not import with a mastery score out of 0–1', async () => {
    const ok = await validateFiles({ 'cmi5.xml': cmi5Xml(), 'content/index.html': page });
    expect(ok.verdictText).toBe('cmi5 — ready to import');
    const broken = await validateFiles({ 'cmi5.xml': cmi5Xml({ mastery: '80' }), 'content/index.html': page });
    expect(broken.verdictText).toBe('cmi5 — will not import (1 error)');
    expect(broken.diagnostics[0]!.message).toBe('The mastery score 80 is not between 0 and 1: the LMS refuses the course structure.');
    const noPage = await validateFiles({ 'cmi5.xml': cmi5Xml({ url: 'content/start.html' }), 'content/index.html': page });
    expect(noPage.diagnostics[0]!.message).toBe('The AU page content/start.html is not in the package: learners would get a "not found" page.');
  });
});

describe('validate: AICC courses', () => {
  it('names an AICC course, checks its four files and what it launches, and says what it did not check', async () => {
    const r = await validateFiles({ ...aiccFiles(), 'course/index.html': page });
    expect(r.diagnostics).toEqual([]);
    expect(r.verdictText).toBe('AICC — ready to import');
    expect(r.format).toBe('aicc');
    expect(r.lines.at(-1)).toBe(
      '  not checked: the course structure (.cst, .des) beyond the files being there; the communication with the LMS (AICC courses report to the LMS over HACP, which not every LMS offers).',
    );
  });

  it('will not import without one of the four course files, or without the page it launches', async () => {
    const { 'course.cst': _, ...three } = aiccFiles();
    const missing = await validateFiles({ ...three, 'course/index.html': page });
    expect(missing.verdictText).toBe('AICC — will not import (1 error)');
    expect(missing.diagnostics[0]!.message).toBe('The package has no .cst file (course structure): an AICC course needs its four course files (.crs, .au, .des, .cst), and the LMS refuses it without them.');
    const { 'course.crs': _c, 'course.des': _d, 'course.cst': _s, ...auOnly } = aiccFiles();
    expect((await validateFiles({ ...auOnly, 'index.html': page })).verdict).toBe('web-only'); // a lone .au may be a sound
    const noPage = await validateFiles(aiccFiles('course/start.html'));
    expect(noPage.verdict).toBe('will-not-import');
    expect(noPage.diagnostics[0]).toMatchObject({ rule: 'aicc/launch', line: 2, message: 'The launch file course/start.html of row 2 of course.au is not in the package: learners would get a "not found" page.' });
  });
});

describe('validate: web zips and zips that are no package', () => {
  it('a web zip is "web only", not ready to import, and does not fail the run', async () => {
    const r = await validateFiles(webFiles);
    expect(r.verdictText).toBe('web only — not an LMS package; upload it as a web page or file resource (the LMS records no progress)');
    expect(r).toMatchObject({ format: 'web', verdict: 'web-only', ok: true, diagnostics: [] });
    const story = await validateFiles({ 'story.html': page, 'story_content/a.js': '' });
    expect(story.verdict).toBe('web-only');
  });

  it('a zip of other files is not a package and will not import', async () => {
    const r = await validateFiles({ 'readme.txt': 'hello', 'slides.pdf': '%PDF-1.4' });
    expect(r.verdictText).toBe('not a package — will not import (1 error)');
    expect(r.diagnostics[0]).toMatchObject({ rule: 'package/format', message: 'The zip holds no file an LMS package starts from (imsmanifest.xml, tincan.xml, cmi5.xml or AICC course files at its root) and no web page: it is not a course package, and the LMS will refuse it.' });
  });

  it('a file that is not a zip will not import', async () => {
    const file = join(await makeTempDir('connectoo-bad-'), 'course.zip');
    await writeFile(file, 'this is not a zip');
    const r = await validatePackage(file);
    expect(r).toMatchObject({ verdict: 'will-not-import', identified: 'not a package' });
    expect(r.diagnostics[0]!.message).toMatch(/^The file cannot be opened as a zip \(.*\): the LMS will refuse it\.$/);
  });
});

describe('validate: repeated findings', () => {
  it('prints 613 files not listed in the manifest as one line, first 5 named, and the whole report stays short', async () => {
    const extra = Object.fromEntries(Array.from({ length: 613 }, (_, i) => [`story_content/slide${String(i).padStart(3, '0')}.html`, page]));
    const r = await validateFiles({ 'imsmanifest.xml': scorm12Manifest(), ...scorm12Schemas(), ...scorm12Content, ...extra });
    expect(r.counts).toEqual({ errors: 0, warnings: 613 });
    expect(r.verdictText).toBe('SCORM 1.2 — imports with problems (613 warnings)');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'scorm12/unlisted-file', severity: 'warning', count: 613 });
    expect(r.diagnostics[0]!.message).toBe(
      '613 files of the package are not listed in the manifest, first 5: story_content/slide000.html, story_content/slide001.html, story_content/slide002.html, story_content/slide003.html, story_content/slide004.html (and 608 more).',
    );
    expect(r.lines).toHaveLength(3);
  });

  it('keeps the report of a package broken in many ways under 25 lines', async () => {
    const files = Array.from({ length: 300 }, (_, i) => `media/missing-${i}.png`);
    const manifest = scorm12Manifest({ metadata: '', files: ['index_lms.html', ...files], launch: 'start.html' })
      .replace('<adlcp:masteryscore>80', '<adlcp:masteryscore>800');
    const extra = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`extra/${i}.js`, '']));
    const r = await validateFiles({ 'imsmanifest.xml': manifest, ...scorm12Content, ...extra, '../x.html': '', '../y.html': '', '../z.html': '', '../w.html': '' });
    expect(r.verdict).toBe('will-not-import');
    expect(r.counts.errors).toBeGreaterThan(300);
    expect(findings(r)).toEqual([
      'error package/unsafe-path',
      'error scorm12/file',
      'error scorm12/launch',
      'error scorm12/masteryscore',
      'warning scorm12/control-files',
      'warning scorm12/schema-version',
      'warning scorm12/unlisted-file',
    ]);
    expect(r.lines.length).toBeLessThan(25);
    // Errors come first: what stops the import before what the LMS tolerates.
    expect(r.lines.slice(1).filter((l) => /^ {2}\w/.test(l)).map((l) => l.trim().split(/[ :(]/)[0])).toEqual(['error', 'error', 'error', 'error', 'warning', 'warning', 'warning']);
  });
});
