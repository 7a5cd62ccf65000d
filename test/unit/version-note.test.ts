/** The changelog entry of the version built is the LOM version note of the SCORM manifests. */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { validatePackage } from '../../src/validate/index.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { makeTempDir, readZip } from '../helpers/zip.ts';
import { validateScorm12Manifest } from '../helpers/xsd.ts';

const changelog = '\nchangelog:\n  - { version: 1.2.3, changes: { fr: "Une page sur le papier.", nl: "Een pagina over papier." } }\n  - { version: 1.0.0, changes: { fr: Début, nl: Begin } }\n';

describe('LOM version note', () => {
  it('says in each language what the version changed, in manifests that stay valid', async () => {
    const dir = await courseWith('minimal', { 'course.yaml': (t) => t + changelog });
    const r = await build({ courseDirs: [dir], outDir: await makeTempDir(), formats: ['scorm12', 'scorm2004'] });
    expect(r.ok).toBe(true);
    for (const o of r.outputs) {
      const manifest = (await readZip(o.file)).get('imsmanifest.xml')!.toString();
      const note = o.lang === 'fr' ? '1.2.3: Une page sur le papier.' : '1.2.3: Een pagina over papier.';
      expect(manifest, o.file).toContain(note);
      expect(manifest).not.toContain('Début');
      if (o.format === 'scorm12') expect(validateScorm12Manifest(manifest)).toEqual({ valid: true, errors: [] });
      expect((await validatePackage(o.file)).diagnostics.filter((d) => d.severity === 'error'), o.file).toEqual([]);
    }
  });

  it('is left out when the changelog has no entry for the version', async () => {
    const dir = await courseWith('minimal');
    const r = await build({ courseDirs: [dir], outDir: await makeTempDir(), formats: ['scorm12'] });
    expect((await readZip(r.outputs[0]!.file)).get('imsmanifest.xml')!.toString()).not.toContain('<imsmd:contribute>');
  });
});
