/**
 * The certificate of a passed course: the learner's name from the LMS (cmi.core.student_name
 * "Last, First" → "First Last", no field to type it), issuer and logo from course.yaml, course
 * title, score, the verification line (course id and version); one A4 page when printed; axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { build } from '../../src/index.ts';
import { axeViolations } from '../helpers/a11y-axe.ts';
import { completedStorage, playerDataOf } from '../helpers/a11y-courses.ts';
import { useBrowser } from '../helpers/browser.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { errorsOf } from '../helpers/course-build.ts';
import { firstSessionCmi, installHost, launchInLms } from '../helpers/scorm-host.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';
import { makeTempDir, unzipTo } from '../helpers/zip.ts';

const browser = useBrowser();
let server: StaticServer;
let page: Page;
let state: string;

beforeAll(async () => {
  const dir = await courseWith('e2e-all-types', {
    'course.yaml': (t) =>
      t.replace('certificate: true', 'certificate:\n  issuer: { fr: "Service public de test", nl: "Testdienst" }\n  logo: media/schema-acces.svg'),
  });
  const result = await build({ courseDirs: [dir], outDir: await makeTempDir('connectoo-cert-'), formats: ['scorm12'], langs: ['fr'] });
  if (!result.ok) throw new Error(errorsOf(result).join('\n'));
  const pkgDir = await unzipTo(result.outputs.find((o) => !o.module)!.file);
  state = JSON.parse(completedStorage(await playerDataOf(pkgDir)).value).state;
  server = await startServer();
  installHost(server);
  server.mount('sco', pkgDir);
  page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);
afterAll(async () => {
  await page?.close();
  await server?.close();
});

describe('certificate', () => {
  it('names the learner as the LMS gives it, with issuer, logo, title, score and the verification line', async () => {
    const cmi = firstSessionCmi();
    cmi.core = { ...cmi.core, student_name: 'Peeters, An', lesson_location: 'certificate', entry: 'resume' };
    cmi.suspend_data = state;
    const lms = await launchInLms(page, server, { cmi });
    const cert = lms.sco.locator('section[data-certificate]');
    await expect.poll(() => cert.getAttribute('data-certificate')).toBe('earned');
    expect(await cert.isVisible()).toBe(true);
    expect(await cert.locator('[data-certificate-name]').textContent()).toBe('An Peeters');
    expect(await cert.locator('#cx-learner-name').isVisible()).toBe(false);
    expect(await cert.locator('.cx-certificate-by').textContent()).toBe('Délivré par Service public de test');
    const logo = cert.locator('img.cx-certificate-logo');
    expect(await logo.getAttribute('src')).toBe('media/schema-acces.svg');
    await expect.poll(() => logo.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    expect(await cert.locator('.cx-certificate-course').textContent()).toBe("Parcours d'essai : tous les types de questions");
    expect(await cert.locator('[data-certificate-score]').textContent()).toContain('100');
    expect(await cert.locator('[data-certificate-check]').textContent()).toBe('Cours e2e-all-types, version 1.2.3');
    expect(await axeViolations(page, ['iframe#sco'])).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' }).catch(() => null);
    const printed = await lms.sco.evaluate(() => {
      const paper = document.querySelector('.cx-certificate')!.getBoundingClientRect();
      return { height: paper.height, body: document.documentElement.scrollHeight };
    });
    // A4 at 96 dpi is 1123 px high; 15 mm margins leave about 1010 px.
    expect(printed.height).toBeLessThan(1010);
    if (pdf) expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });
});
