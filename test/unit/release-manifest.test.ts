/** The release manifest describes everything in the output folder, whatever the builds that wrote there. */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { makeTempDir } from '../helpers/zip.ts';

const manifestOf = async (out: string) => JSON.parse(await readFile(join(out, 'release-manifest.json'), 'utf8'));
const listed = (m: any) => [...m.packages, ...m.badges, ...m.answerKeys].map((x: { file: string }) => x.file).sort();
const onDisk = async (out: string) => (await readdir(out)).filter((f) => f !== 'release-manifest.json').sort();

describe('release manifest', () => {
  it('two builds into one folder: every package and badge is listed, a rebuilt one once', async () => {
    const out = await makeTempDir('connectoo-manifest-');
    const dir = await courseWith('minimal');
    await build({ courseDirs: [dir], outDir: out, formats: ['scorm12'], langs: ['fr'] });
    await build({ courseDirs: [dir], outDir: out, formats: ['web'], langs: ['nl'] });
    await build({ courseDirs: [dir], outDir: out, formats: ['scorm12'], langs: ['fr'] });
    const m = await manifestOf(out);
    expect(listed(m)).toEqual(await onDisk(out));
    expect(m.packages.map((p: any) => `${p.lang} ${p.format}`).sort()).toEqual(['fr scorm12', 'nl web']);
    expect(m.courses.map((c: any) => c.lang).sort()).toEqual(['fr', 'nl']);
  });

  it('builds running at the same time into one folder lose none of each other\'s entries', async () => {
    const out = await makeTempDir('connectoo-manifest-');
    const dirs = await Promise.all(['a', 'b', 'c'].map((id) => courseWith('minimal', { 'course.yaml': (t) => t.replace(/^id: .*$/m, `id: course-${id}`) })));
    await Promise.all(dirs.map((d) => build({ courseDirs: [d], outDir: out, formats: ['web'], langs: ['fr'] })));
    const m = await manifestOf(out);
    expect(m.packages.map((p: any) => p.course).sort()).toEqual(['course-a', 'course-b', 'course-c']);
    expect(listed(m)).toEqual(await onDisk(out));
  });

  it('an entry whose file was removed from the folder is dropped', async () => {
    const out = await makeTempDir('connectoo-manifest-');
    const dir = await courseWith('minimal');
    await build({ courseDirs: [dir], outDir: out, formats: ['web'], langs: ['fr'] });
    await rm(join(out, 'minimal-fr-1.2.3-web.zip'));
    await build({ courseDirs: [dir], outDir: out, formats: ['scorm12'], langs: ['fr'] });
    expect(listed(await manifestOf(out))).toEqual(await onDisk(out));
  });
});
