/** A package holds every course file it shows: the pages' media and the certificate's logo. */
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { makeTempDir, readZip } from '../helpers/zip.ts';

describe('course files in packages', () => {
  it('packs the certificate logo with the media of the pages', async () => {
    const dir = await courseWith('minimal', {
      'media/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><title>Logo</title><circle cx="20" cy="20" r="18"/></svg>\n',
      'course.yaml': (t) => t.replace(/^certificate: .*$/m, '').replace(/^modules:/m, 'certificate:\n  issuer: { fr: Administration, nl: Administratie }\n  logo: media/logo.svg\nmodules:'),
    });
    const r = await build({ courseDirs: [dir], outDir: await makeTempDir('connectoo-assets-'), formats: ['web'], langs: ['fr'] });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`)).toEqual([]);
    const files = await readZip(r.outputs[0]!.file);
    expect([...files.keys()]).toEqual(expect.arrayContaining(['media/logo.svg', 'media/schema.svg']));
  });
});
