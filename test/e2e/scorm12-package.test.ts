/**
 * The SCORM 1.2 packages of the fixture course: names, layout, manifest validity against the
 * control schemas, and what the schemas cannot check (FACTS §1).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, errorsOf, type FixtureBuild } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { validatePackage } from '../../src/validate/index.ts';
import { readManifest } from '../helpers/scorm-manifest.ts';
import { controlFileFromNpm, publishedSha256, scorm12ControlFiles, validateScorm12Manifest } from '../helpers/xsd.ts';
import { readZip } from '../helpers/zip.ts';

const fixture = 'e2e-all-types';
const course = readFixtureCourse(fixture, 'fr');
let built: FixtureBuild;
const zips = new Map<string, Map<string, Buffer>>();

beforeAll(async () => {
  built = await buildFixture(fixture, { formats: ['scorm12'] });
  for (const o of built.result.outputs) zips.set(o.lang, await readZip(o.file));
});

describe('SCORM 1.2 build of the fixture', () => {
  it('succeeds without errors and writes one zip per language', () => {
    expect(errorsOf(built.result)).toEqual([]);
    expect(built.result.ok).toBe(true);
    const outs = built.result.outputs.map((o) => ({ lang: o.lang, format: o.format, course: o.course, file: o.file }));
    expect(outs.map((o) => o.lang).sort()).toEqual([...course.languages].sort());
    for (const o of outs) {
      expect(o.format).toBe('scorm12');
      expect(o.course).toBe(course.id);
      expect(path.isAbsolute(o.file)).toBe(true);
      expect(path.dirname(o.file)).toBe(path.resolve(built.outDir));
      expect(path.basename(o.file)).toBe(`${course.id}-${o.lang}-${course.version}-scorm12.zip`);
    }
  });

  describe.each(['fr', 'nl'])('package %s', (lang) => {
    const files = () => {
      const f = zips.get(lang);
      if (!f) throw new Error(`no ${lang} zip`);
      return f;
    };

    it('has the player files and the manifest at the root', () => {
      for (const f of ['imsmanifest.xml', 'index.html', 'player.js', 'player.css']) expect(files().has(f), f).toBe(true);
      for (const name of files().keys()) expect(name, 'no absolute or parent paths').not.toMatch(/^\/|(^|\/)\.\.(\/|$)|\\/);
    });

    it('carries the four control schemas, byte for byte', () => {
      for (const name of scorm12ControlFiles) {
        const got = files().get(name);
        expect(got, name).toBeDefined();
        expect(createHash('sha256').update(got!).digest('hex'), `${name} differs from the published file`).toBe(publishedSha256(name));
        expect(got!.equals(controlFileFromNpm(name)), `${name} differs from the npm dependency's`).toBe(true);
      }
    });

    it('has a manifest that validates against the SCORM 1.2 schemas', () => {
      const r = validateScorm12Manifest(files().get('imsmanifest.xml')!);
      expect(r.errors).toEqual([]);
      expect(r.valid).toBe(true);
    });

    it('has a manifest whose references, files and values are consistent', async () => {
      const m = readManifest(files().get('imsmanifest.xml')!);
      const zip = built.result.outputs.find((o) => o.lang === lang)!.file;
      expect((await validatePackage(zip)).diagnostics).toEqual([]);
      const scored = m.items.filter((i) => i.masteryscore !== undefined);
      expect(scored.length).toBeGreaterThan(0);
      for (const i of scored) expect(Number(i.masteryscore)).toBe(course.masteryScore);
      const launched = m.resources.filter((r) => m.items.some((i) => i.identifierref === r.identifier));
      expect(launched.map((r) => r.href)).toContain('index.html');
    });

    it('declares the namespaces and schema locations of FACTS §1.1', () => {
      const xml = files().get('imsmanifest.xml')!.toString('utf8');
      expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
      expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
      const loc = /xsi:schemaLocation="([^"]*)"/.exec(xml)?.[1]?.trim().split(/\s+/) ?? [];
      expect(loc.length % 2).toBe(0);
      const pairs = new Map<string, string>();
      for (let i = 0; i < loc.length; i += 2) pairs.set(loc[i]!, loc[i + 1]!);
      expect(pairs.get('http://www.imsproject.org/xsd/imscp_rootv1p1p2')).toBe('imscp_rootv1p1p2.xsd');
      expect(pairs.get('http://www.adlnet.org/xsd/adlcp_rootv1p2')).toBe('adlcp_rootv1p2.xsd');
      for (const file of pairs.values()) expect(files().has(file), file).toBe(true);
    });

    it('ships the course media unchanged', () => {
      const svg = readFileSync(path.join(course.dir, 'media/schema-acces.svg'));
      const shipped = [...files().entries()].filter(([n]) => n.startsWith('media/') && n.endsWith('.svg'));
      expect(shipped.length).toBeGreaterThan(0);
      expect(shipped.some(([, data]) => data.equals(svg))).toBe(true);
    });

    it('embeds the player data for its language (src/runtime/player-data.ts)', () => {
      const html = files().get('index.html')!.toString('utf8');
      expect(html).toMatch(new RegExp(`<html[^>]*\\blang="${lang}"`));
      const json = /<script[^>]*id="connectoo-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
      expect(json, 'script#connectoo-data').toBeDefined();
      const data = JSON.parse(json!);
      const c = readFixtureCourse(fixture, lang);
      expect(data).toMatchObject({ format: 'scorm12', id: c.id, version: c.version, lang, masteryScore: c.masteryScore });
      expect(data.modules.map((m: { id: string }) => m.id)).toEqual(c.modules.map((m) => m.id));
      for (const [i, m] of c.modules.entries()) {
        expect(data.modules[i].pages.map((p: { id: string }) => p.id)).toEqual(m.pageIds);
        expect(data.modules[i].quiz.questions.map((q: { id: string }) => q.id)).toEqual(m.quiz!.questions.map((q) => q.id));
      }
    });
  });
});
