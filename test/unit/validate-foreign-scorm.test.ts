/**
 * `connectoo validate` on SCORM packages made by other tools: what LMSs import (Moodle plays them)
 * is never refused; what they refuse or break is. Each verdict and its message are asserted.
 */
import { describe, expect, it } from 'vitest';
import {
  findings, lfEndings, scorm12Content, scorm12Manifest, scorm12Schemas, scorm2004Content, scorm2004Manifest,
  scorm2004OwnSchemas, scorm2004Published, validateFiles, type Files,
} from './validate-foreign.ts';

const scorm12 = (manifest = scorm12Manifest(), extra: Files = {}, schemas: Files = scorm12Schemas()) =>
  validateFiles({ 'imsmanifest.xml': manifest, ...schemas, ...scorm12Content, ...extra });

describe('validate: SCORM 1.2 packages of other tools', () => {
  it('is ready when it follows the standard (control schemas as published)', async () => {
    const r = await scorm12();
    expect(r.diagnostics).toEqual([]);
    expect(r.verdictText).toBe('SCORM 1.2 — ready to import');
    expect(r).toMatchObject({ format: 'scorm12', verdict: 'ready', ok: true, notChecked: [] });
  });

  it('imports with problems when its control schemas are not byte-identical (LF line endings)', async () => {
    const r = await scorm12(undefined, {}, scorm12Schemas(lfEndings));
    expect(r.verdictText).toBe('SCORM 1.2 — imports with problems (1 warning)');
    expect(findings(r)).toEqual(['warning scorm12/control-files']);
    expect(r.diagnostics[0]!.message).toBe(
      'imscp_rootv1p1p2.xsd, adlcp_rootv1p2.xsd, imsmd_rootv1p2p1.xsd, ims_xml.xsd are not the ADL originals (not byte-identical): LMSs do not read these files, but the ADL conformance test requires exact copies.',
    );
    expect(r.ok).toBe(true);
  });

  it('imports with problems without control schemas', async () => {
    const r = await scorm12(undefined, {}, {});
    expect(r.verdictText).toBe('SCORM 1.2 — imports with problems (1 warning)');
    expect(r.diagnostics[0]!.message).toMatch(/^The package does not carry the SCORM 1\.2 control schemas beside imsmanifest\.xml: LMSs do not need them to import/);
  });

  it('imports with problems without <schema>/<schemaversion>, and says so in words', async () => {
    const r = await scorm12(scorm12Manifest({ metadata: '' }));
    expect(r.verdictText).toBe('SCORM 1.2 — imports with problems (1 warning)');
    expect(findings(r)).toEqual(['warning scorm12/schema-version']);
    expect(r.diagnostics[0]!.message).toBe('The manifest\'s metadata has no <schemaversion> instead of "ADL SCORM" "1.2": LMSs read it as SCORM 1.2 anyway, from its namespaces.');
    expect(r.lines.join('\n')).not.toMatch(/undefined/);
  });

  it('imports with problems when its metadata holds elements of other namespaces (LOM extensions)', async () => {
    const metadata = '<schema>ADL SCORM</schema><schemaversion>1.2</schemaversion>\n<tool:exporter xmlns:tool="urn:example:authoring">Other Tool 9</tool:exporter>';
    const r = await scorm12(scorm12Manifest({ metadata }));
    expect(r.verdictText).toBe('SCORM 1.2 — imports with problems (1 warning)');
    expect(findings(r)).toEqual(['warning scorm12/metadata']);
    expect(r.diagnostics[0]).toMatchObject({ line: 9 });
    expect(r.diagnostics[0]!.message).toBe(
      'In the manifest\'s metadata (its description of the course): <exporter> (namespace urn:example:authoring) is not defined by the schemas, which allow no extension element there. LMSs do not need the metadata to import or play the course.',
    );
    // No parser jargon in what the admin reads.
    expect(r.lines.join('\n')).not.toMatch(/\{http|strict wildcard|global element declaration/);
  });

  it('keeps ids, paths and xml:base as LMSs read them: a resource under xml:base is found', async () => {
    const manifest = scorm12Manifest({ files: ['index_lms.html', 'slides.js', 'style.css'] })
      .replace('<resource identifier="SafetyBasics_RES"', '<resource xml:base="story_content/" identifier="SafetyBasics_RES"')
      .replace('href="index_lms.html">', 'href="../index_lms.html">')
      .replace('<file href="index_lms.html"/>', '<file href="../index_lms.html"/>');
    expect((await scorm12(manifest)).verdict).toBe('ready');
  });

  it('will not import when the launch page is missing, a listed file is missing, or a path leaves the package', async () => {
    const noLaunch = await scorm12(scorm12Manifest({ launch: 'index_scorm.html', files: ['index_lms.html', 'story_content/slides.js', 'story_content/style.css'] }));
    expect(noLaunch.verdictText).toBe('SCORM 1.2 — will not import (1 error)');
    expect(noLaunch.diagnostics.find((d) => d.severity === 'error')!.message).toBe('The launch page index_scorm.html is not in the package: learners would get a "not found" page.');

    const capitals = await scorm12(scorm12Manifest({ launch: 'Index_LMS.html' }));
    expect(capitals.diagnostics[0]!.message).toBe('The launch page Index_LMS.html is not in the package (the zip has index_lms.html: names must match exactly, capitals included): learners would get a "not found" page.');

    const missing = await scorm12(scorm12Manifest({ files: ['index_lms.html', 'story_content/slides.js', 'story_content/style.css', 'story_content/video.mp4'] }));
    expect(missing.verdictText).toBe('SCORM 1.2 — will not import (1 error)');
    expect(findings(missing)).toEqual(['error scorm12/file']);

    const escape = await scorm12(scorm12Manifest({ files: ['index_lms.html', 'story_content/slides.js', 'story_content/style.css', '../../etc/passwd'] }));
    expect(escape.verdict).toBe('will-not-import');
    expect(escape.diagnostics[0]!.message).toBe('The listed file "../../etc/passwd" climbs out of the package folder with "..": an LMS that follows it reads or writes outside the package.');
  });

  it('will not import with an entry that unpacks outside the folder (zip slip) or at an absolute path', async () => {
    const r = await scorm12(undefined, { '../../evil.html': 'x', '/etc/cron.d/evil': 'x' });
    expect(r.verdictText).toBe('SCORM 1.2 — will not import (2 errors)');
    expect(r.diagnostics.filter((d) => d.rule === 'package/unsafe-path').map((d) => d.message)).toEqual([
      'The zip entry "../../evil.html" climbs out of the package folder with "..": unpacking it would write elsewhere on the server (a "zip slip").',
      'The zip entry "/etc/cron.d/evil" is an absolute path: unpacking it would write outside the package folder.',
    ]);
  });

  it('will not import with a mastery score out of range, an identifier used twice, or an item launching nothing', async () => {
    const mastery = await scorm12(scorm12Manifest().replace('<adlcp:masteryscore>80', '<adlcp:masteryscore>150'));
    expect(findings(mastery)).toEqual(['error scorm12/masteryscore']);
    expect(mastery.diagnostics[0]!.message).toBe('Item SafetyBasics_SCO: the mastery score "150" is not a number from 0 to 100: the LMS cannot judge passed or failed with it (some refuse the package).');

    const twice = await scorm12(scorm12Manifest().replace('identifier="SafetyBasics_ORG"', 'identifier="SafetyBasics_SCO"').replace('default="SafetyBasics_ORG"', 'default="SafetyBasics_SCO"'));
    expect(twice.verdict).toBe('will-not-import');
    expect(twice.diagnostics.find((d) => d.rule === 'scorm12/identifier')!.message).toMatch(/^The identifier SafetyBasics_SCO is used twice \(also on line \d+\): the LMS mixes up the two/);

    const dangling = await scorm12(scorm12Manifest().replace('identifierref="SafetyBasics_RES"', 'identifierref="SafetyBasics_RES2"'));
    expect(dangling.diagnostics.find((d) => d.severity === 'error')!.message).toBe('Item SafetyBasics_SCO launches SafetyBasics_RES2, which is not a resource of the manifest: the LMS has nothing to open for it.');
  });

  it('will not import when the manifest is not XML, or the package sits in a folder of the zip', async () => {
    const broken = await scorm12(scorm12Manifest().replace('</manifest>', ''));
    expect(broken.verdictText).toBe('SCORM 1.2 — will not import (1 error)');
    expect(broken.diagnostics[0]!.message).toMatch(/^imsmanifest\.xml cannot be read: it is not well-formed XML \(.*\)\. The LMS will refuse the package\.$/);

    const files: Files = { 'imsmanifest.xml': scorm12Manifest(), ...scorm12Schemas(), ...scorm12Content };
    const nested = await validateFiles(Object.fromEntries(Object.entries(files).map(([n, d]) => [`SafetyBasics/${n}`, d])));
    expect(nested.verdictText).toBe('not a package — will not import (1 error)');
    expect(nested.diagnostics[0]!.message).toBe('The package\'s files are inside the folder SafetyBasics/ of the zip (SafetyBasics/imsmanifest.xml): the LMS looks for imsmanifest.xml at the root of the zip and will refuse it.');
    expect(nested.diagnostics[0]!.hint).toBe('Unzip it, then zip the contents of SafetyBasics/ (not the folder itself).');
  });
});

const scorm2004 = (manifest: string, schemas: Files = scorm2004OwnSchemas, extra: Files = {}) =>
  validateFiles({ 'imsmanifest.xml': manifest, ...schemas, ...scorm2004Content, ...extra });

describe('validate: SCORM 2004 packages are not judged as SCORM 1.2', () => {
  it('names the 3rd edition, checks what an import relies on, and says what it did not check', async () => {
    const r = await scorm2004(scorm2004Manifest({ version: '2004 3rd Edition' }));
    expect(r.diagnostics).toEqual([]);
    expect(r.verdictText).toBe('SCORM 2004 3rd edition — ready to import');
    expect(r).toMatchObject({ format: 'scorm2004', edition: '3rd', verdict: 'ready' });
    expect(r.lines.at(-1)).toBe(
      '  not checked: sequencing and navigation rules; the manifest against the SCORM 2004 schemas (done only for packages carrying the published 4th edition schemas, as connectoo\'s own do).',
    );
  });

  it('names the 4th edition, and with the published control schemas checks the manifest against them', async () => {
    const r = await scorm2004(scorm2004Manifest({ version: '2004 4th Edition' }), scorm2004Published());
    expect(r.diagnostics).toEqual([]);
    expect(r.verdictText).toBe('SCORM 2004 4th edition — ready to import');
    expect(r.notChecked).toEqual([]);
    const invalid = await scorm2004(scorm2004Manifest({ version: '2004 4th Edition' }).replace('choice="true"', 'choice="maybe"'), scorm2004Published());
    expect(invalid.verdictText).toBe('SCORM 2004 4th edition — imports with problems (1 warning)');
    expect(invalid.diagnostics[0]!.message).toBe(
      'The manifest does not follow the SCORM 2004 4th edition schemas here: attribute choice of <imsss:controlMode>: \'maybe\' is not a valid boolean value. LMSs usually import it anyway; one that checks the schemas would refuse it.',
    );
  });

  it('names the 2nd edition (CAM 1.3), and says when the edition is unknown', async () => {
    expect((await scorm2004(scorm2004Manifest({ version: 'CAM 1.3' }))).verdictText).toBe('SCORM 2004 2nd edition — ready to import');
    const none = await scorm2004(scorm2004Manifest({}));
    expect(none.verdictText).toBe('SCORM 2004 (edition unknown) — imports with problems (1 warning)');
    expect(none.diagnostics[0]!.message).toBe('The manifest does not say which SCORM 2004 edition it follows (no <schemaversion>): LMSs read it as SCORM 2004 from its namespaces, usually as the latest edition they support.');
  });

  it('warns when a 4th edition package carries other control schemas than the published ones', async () => {
    const r = await scorm2004(scorm2004Manifest({ version: '2004 4th Edition' }));
    expect(r.verdict).toBe('imports-with-problems');
    expect(findings(r)).toEqual(['warning scorm2004/control-files', 'warning scorm2004/control-files']);
  });

  it('will not import when the launch file of an item is missing', async () => {
    const r = await scorm2004(scorm2004Manifest({ version: '2004 3rd Edition', launch: 'shared/start.html' }));
    expect(r.verdictText).toBe('SCORM 2004 3rd edition — will not import (1 error)');
    expect(r.diagnostics[0]).toMatchObject({ rule: 'scorm2004/launch', severity: 'error', message: 'The launch page shared/start.html is not in the package: learners would get a "not found" page.' });
    expect(r.lines[1]).toBe('  error (imsmanifest.xml, line 29): The launch page shared/start.html is not in the package: learners would get a "not found" page. [scorm2004/launch]');
  });

  it('will not import with a passing measure out of range or a file listed but missing', async () => {
    const measure = await scorm2004(scorm2004Manifest({ version: '2004 3rd Edition' }).replace('>0.8<', '>80<'));
    expect(findings(measure)).toEqual(['error scorm2004/measure']);
    const missing = await scorm2004(scorm2004Manifest({ version: '2004 3rd Edition', files: ['shared/launch.html', 'shared/style.css', 'shared/quiz.js'] }));
    expect(findings(missing)).toEqual(['error scorm2004/file']);
  });
});
