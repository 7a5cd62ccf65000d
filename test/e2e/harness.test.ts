/**
 * The test LMS itself: a hand-written SCO must be found in an iframe and in a popup, its calls
 * recorded in order, its data stored at LMSFinish on pagehide and handed back for resume.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { controlFileFromNpm, kit, publishedSha256, scorm12ControlFiles, validateCmi5, validateScorm12Manifest, validateTincan } from '../helpers/xsd.ts';
import { firstSessionCmi, installHost, launchInLms, nextSessionCmi, addTimespans, relaunchCmi } from '../helpers/scorm-host.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';

const browser = useBrowser();
let server: StaticServer;

beforeAll(async () => {
  server = await startServer();
  installHost(server);
  server.mount('sco', path.join(fixturesDir, 'e2e-harness-sco'));
});
afterAll(() => server?.close());

describe('test LMS host', () => {
  it('records calls, stores at finish and resumes from the stored CMI', async () => {
    const page = await browser().newPage();
    const s1 = await launchInLms(page, server, { cmi: firstSessionCmi('80') });
    expect(await s1.sco.textContent('#entry')).toBe('ab-initio');
    await s1.sco.click('#answer');
    await s1.leave();
    const log = await s1.log();
    expect(log[0]).toMatchObject({ fn: 'LMSInitialize', result: 'true' });
    expect(log.at(-1)).toMatchObject({ fn: 'LMSFinish', result: 'true', afterFinish: false });
    expect(log.filter((c) => c.fn === 'LMSSetValue').map((c) => c.args[0])).toContain('cmi.interactions.0.id');
    const stored = (await s1.stored())!;
    expect(stored.core.exit).toBe('suspend');
    expect(stored.core.lesson_location).toBe('page-1');
    expect(stored.core.session_time).toBe('00:00:01.5');
    expect(stored.student_data.mastery_score).toBe('80');
    expect(stored.interactions['0']).toMatchObject({ id: 'q-0', type: 'choice', student_response: 'a', result: 'correct' });

    const s2 = await launchInLms(page, server, { cmi: nextSessionCmi(stored) });
    expect(await s2.sco.textContent('#entry')).toBe('resume');
    expect(await s2.sco.textContent('#location')).toBe('page-1');
    await s2.sco.click('#answer');
    await s2.leave();
    const stored2 = (await s2.stored())!;
    expect(stored2.interactions['0']).toMatchObject({ id: 'q-0', result: 'correct' });
    expect(stored2.interactions['1']).toMatchObject({ id: 'q-1' });
    const count = (await s2.log()).find((c) => c.fn === 'LMSGetValue' && c.args[0] === 'cmi.interactions._count');
    expect(count?.result).toBe('1');
    expect(stored2.suspend_data).toBe('seen=2');
    expect(stored2.core.lesson_status).toBe('incomplete');
    await page.close();
  });

  it('profiles: "strict" refuses what SCORM 1.2 refuses; "moodle" applies the mastery override and reopens a finished attempt in review', async () => {
    const page = await browser().newPage();
    const strict = await launchInLms(page, server, { cmi: firstSessionCmi('80'), profile: 'strict' });
    await strict.sco.textContent('#entry');
    const set = (el: string, v: string) =>
      page.evaluate(([e, x]) => [(window as any).API.LMSSetValue(e, x), (window as any).API.LMSGetLastError()], [el, v] as const);
    expect(await set('cmi.suspend_data', 'x'.repeat(4097))).toEqual(['false', '405']);
    expect(await set('cmi.suspend_data', 'x'.repeat(4096))).toEqual(['true', '0']);
    expect(await set('cmi.core.lesson_location', 'x'.repeat(256))).toEqual(['false', '405']);
    expect(await set('cmi.core.score.raw', '101')).toEqual(['false', '405']);
    expect(await set('cmi.core.session_time', '5s')).toEqual(['false', '405']);
    expect(await set('cmi.core.lesson_status', 'not attempted')).toEqual(['false', '405']);

    const moodle = await launchInLms(page, server, { cmi: firstSessionCmi('80'), profile: 'moodle' });
    await moodle.sco.textContent('#entry');
    expect(await set('cmi.core.lesson_status', 'incomplete')).toEqual(['true', '0']);
    expect(await set('cmi.core.score.raw', '90')).toEqual(['true', '0']);
    await moodle.leave();
    const stored = (await moodle.stored())!;
    expect(stored.core.lesson_status, 'mastery override at LMSFinish').toBe('passed');
    expect(relaunchCmi('moodle', stored).core).toMatchObject({ lesson_mode: 'review', credit: 'no-credit' });
    expect(relaunchCmi('moodle', { ...stored, core: { ...stored.core, lesson_status: 'incomplete', exit: 'suspend' } }).core).toMatchObject({ lesson_mode: 'normal', entry: 'resume' });
    await page.close();
  });

  it('gives the API to a popup through window.opener and sees LMSFinish when the popup closes', async () => {
    const page = await browser().newPage();
    const s = await launchInLms(page, server, { cmi: firstSessionCmi(), window: 'popup' });
    expect(s.popup).toBeDefined();
    expect(await s.sco.textContent('#entry')).toBe('ab-initio');
    await s.leave();
    expect(await s.finished()).toBe(true);
    expect((await s.stored())!.core.exit).toBe('suspend');
    await page.close();
  });

  it('adds timespans like an LMS', () => {
    expect(addTimespans('0000:00:00', '00:00:01.5')).toBe('0000:00:01.50');
    expect(addTimespans('0001:59:59.5', '00:00:00.75')).toBe('0002:00:00.25');
  });
});

describe('package checkers', () => {
  it('report what the SCORM 1.2 schemas catch, with line numbers', () => {
    const manifest = (scormtype: string) => `<?xml version="1.0"?>
<manifest identifier="M" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="O"><organization identifier="O"><title>T</title><item identifier="I" identifierref="R"><title>T</title></item></organization></organizations>
  <resources><resource identifier="R" type="webcontent" adlcp:scormtype="${scormtype}" href="index.html"><file href="index.html"/></resource></resources>
</manifest>`;
    expect(validateScorm12Manifest(manifest('sco'))).toEqual({ valid: true, errors: [] });
    const r = validateScorm12Manifest(manifest('Asset'));
    expect(r.valid).toBe(false);
    expect(r.errors.join('\n')).toMatch(/^5:\d+ .*scormtype/m);
  });

  it('use the control schemas of the npm dependency, with their published checksums', () => {
    for (const name of scorm12ControlFiles)
      expect(createHash('sha256').update(controlFileFromNpm(name)).digest('hex'), name).toBe(publishedSha256(name));
  });

  describe.skipIf(!kit.available)(`with the standards kit${kit.reason ? ` (${kit.reason})` : ''}`, () => {
    it("accept the kit's valid examples", () => {
      expect(validateScorm12Manifest(kit.file('scorm12/example-imsmanifest-full.xml'))).toEqual({ valid: true, errors: [] });
      expect(validateTincan(kit.file('tincan/example-tincan.xml')).valid).toBe(true);
      expect(validateCmi5(kit.file('cmi5/example-cmi5-blocks.xml')).valid).toBe(true);
    });

    it("the npm dependency's control schemas are the kit's, byte for byte", () => {
      for (const name of scorm12ControlFiles) expect(controlFileFromNpm(name).equals(kit.file(`scorm12/${name}`)), name).toBe(true);
    });
  });
});
