/** Release rules: tags, content hashes per course language in the release manifest, changelog as release notes. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, load } from '../../src/index.ts';
import { checkRelease } from '../../src/cli/release.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { makeTempDir } from '../helpers/zip.ts';

const changelog = `changelog:\n  - { version: 1.2.3, changes: { fr: Première version., nl: Eerste versie. } }\n`;

async function release(dir: string) {
  const out = await makeTempDir('connectoo-release-');
  const r = await build({ courseDirs: [dir], outDir: out, formats: ['scorm12'] });
  expect(r.ok).toBe(true);
  const manifest = JSON.parse(await readFile(join(out, 'release-manifest.json'), 'utf8'));
  return { manifest, specs: (await load({ courseDirs: [dir] })).courses };
}

describe('connectoo release', { timeout: 30_000 }, () => {
  it('records one content hash per course language, changed only by the sources of that language', async () => {
    const a = await release(await courseWith('minimal'));
    const b = await release(await courseWith('minimal', { 'modules/m1-basics/01-intro.nl.md': (t) => `${t}\nNieuwe zin.\n` }));
    expect(a.manifest.courses.map((c: { lang: string }) => c.lang)).toEqual(['fr', 'nl']);
    const hash = (m: typeof a.manifest, lang: string) => m.courses.find((c: { lang: string }) => c.lang === lang).sha256;
    expect(hash(b.manifest, 'fr')).toBe(hash(a.manifest, 'fr'));
    expect(hash(b.manifest, 'nl')).not.toBe(hash(a.manifest, 'nl'));
  });

  it('refuses a course whose sources changed since the release of the same version, accepts it once the version is raised', async () => {
    const first = await release(await courseWith('minimal', { 'course.yaml': (t) => t + changelog }));
    const edited = (version: string) => ({
      'course.yaml': (t: string) =>
        t.replace('version: 1.2.3', `version: ${version}`) + changelog + (version === '1.2.3' ? '' : `  - { version: ${version}, changes: { fr: Une phrase., nl: Een zin. } }\n`),
      'modules/m1-basics/01-intro.fr.md': (t: string) => `${t}\nUne phrase de plus.\n`,
    });
    const same = await release(await courseWith('minimal', edited('1.2.3')));
    const refused = checkRelease('minimal@1.2.3', '0.0.0', same.manifest, same.specs, [{ name: 'minimal@1.2.3.json', manifest: first.manifest }]);
    expect(refused.ok).toBe(false);
    expect(refused.problems.join('\n')).toMatch(/minimal \(fr\): the sources changed since version 1\.2\.3 was released/);
    expect(refused.problems.join('\n')).not.toMatch(/\(nl\)/);

    const raised = await release(await courseWith('minimal', edited('1.3.0')));
    const ok = checkRelease('minimal@1.3.0', '0.0.0', raised.manifest, raised.specs, [{ name: 'minimal@1.2.3.json', manifest: first.manifest }]);
    expect(ok.problems).toEqual([]);
    expect(ok.notes).toBe('## Cours minimal 1.3.0\n\n- fr: Une phrase.\n- nl: Een zin.\n');
  });

  it('refuses a tag that is not the version course.yaml says, a version without changelog entry, and other tags', async () => {
    const { manifest, specs } = await release(await courseWith('minimal'));
    expect(checkRelease('minimal@1.2.4', '0.0.0', manifest, specs, []).problems.join('\n')).toMatch(/course\.yaml says version 1\.2\.3/);
    expect(checkRelease('minimal@1.2.3', '0.0.0', manifest, specs, []).problems.join('\n')).toMatch(/no changelog entry for 1\.2\.3/);
    expect(checkRelease('v1.0.0', '1.0.1', manifest, specs, []).problems.join('\n')).toMatch(/package\.json says version 1\.0\.1/);
    expect(checkRelease('v1.0.1', '1.0.1', manifest, specs, []).ok).toBe(true);
    expect(checkRelease('latest', '1.0.1', manifest, specs, []).ok).toBe(false);
  });
});
