/**
 * The xAPI (TinCan) packages of the fixture course: names, tincan.xml against its XSD and
 * against the fixture (FACTS §4), nothing about an LRS or a learner inside, and a SCORM 1.2
 * player bundle without any xAPI code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, errorsOf, type FixtureBuild } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { expectedPatterns, interactionType, secrets } from '../helpers/lrs-checks.ts';
import { kit, validateTincan } from '../helpers/xsd.ts';
import { readZip } from '../helpers/zip.ts';
import { validatePackage } from '../../src/validate/index.ts';
import libxml from 'libxmljs2';

const fixture = 'e2e-all-types';
const NS = { t: 'http://projecttincan.com/tincan.xsd' };
let built: FixtureBuild;
const zips = new Map<string, Map<string, Buffer>>();

beforeAll(async () => {
  built = await buildFixture(fixture, { formats: ['xapi', 'scorm12'] });
  for (const o of built.result.outputs) zips.set(`${o.format}:${o.lang}`, await readZip(o.file));
});

const dataOf = (files: Map<string, Buffer>) =>
  JSON.parse(/<script[^>]*id="connectoo-data"[^>]*>([\s\S]*?)<\/script>/.exec(files.get('index.html')!.toString('utf8'))![1]!);

describe('xAPI (TinCan) build of the fixture', () => {
  it('writes one xapi zip per language next to the SCORM ones', () => {
    expect(errorsOf(built.result)).toEqual([]);
    const course = readFixtureCourse(fixture, 'fr');
    const names = built.result.outputs.filter((o) => o.format === 'xapi').map((o) => o.file.split('/').pop()).sort();
    expect(names).toEqual(course.languages.map((l) => `${course.id}-${l}-${course.version}-xapi.zip`).sort());
  });

  describe.each(['fr', 'nl'])('package %s', (lang) => {
    const files = () => zips.get(`xapi:${lang}`)!;
    const course = readFixtureCourse(fixture, lang);

    it('has tincan.xml, index.html and the player at the root', () => {
      for (const f of ['tincan.xml', 'index.html', 'player.js', 'player.css']) expect(files().has(f), f).toBe(true);
      expect(dataOf(files()).format).toBe('xapi');
    });

    it('passes the checks an import relies on (connectoo validate)', async () => {
      const zip = built.result.outputs.find((o) => o.format === 'xapi' && o.lang === lang)!.file;
      expect((await validatePackage(zip)).diagnostics).toEqual([]);
    });

    it.skipIf(!kit.available)(`has a tincan.xml valid against the official tincan.xsd${kit.reason ? ` (${kit.reason})` : ''}`, () => {
      const r = validateTincan(files().get('tincan.xml')!);
      expect(r.errors).toEqual([]);
      expect(r.valid).toBe(true);
    });

    it('lists the course (the only one launched), each module and each question, in every course language', () => {
      const doc = libxml.parseXml(files().get('tincan.xml')!.toString());
      const iri = dataOf(files()).iri as string;
      const acts = doc.find('//t:activity', NS) as any[];
      const ids = acts.map((a) => a.attr('id').value());
      const want = [iri, ...course.modules.flatMap((m) => [`${iri}/${m.id}`, ...(m.quiz?.questions ?? []).map((q) => `${iri}/${m.id}/${q.id}`)])];
      expect(ids).toEqual(want);
      expect(new Set(ids).size).toBe(ids.length);
      const launched = acts.filter((a) => a.find('t:launch', NS).length > 0);
      expect(launched.map((a) => a.attr('id').value())).toEqual([iri]);
      expect(launched[0].get('t:launch', NS).text()).toBe('index.html');
      // The package's own language first, then the others.
      const langs = [lang, ...course.languages.filter((l) => l !== lang)];
      for (const a of acts) {
        for (const tag of ['name', 'description']) {
          const nodes = a.find(`t:${tag}`, NS);
          expect(nodes.map((n: any) => n.attr('lang')?.value()), `${a.attr('id').value()} ${tag}`).toEqual(langs);
          for (const n of nodes) expect(n.text().trim()).not.toBe('');
        }
      }
      const other = readFixtureCourse(fixture, langs[1]);
      const q0 = other.modules[0].quiz!.questions[0];
      const a0 = acts.find((x) => x.attr('id').value() === `${iri}/${other.modules[0].id}/${q0.id}`);
      expect(a0.get(`t:name[@lang="${langs[1]}"]`, NS).text()).toBe(q0.prompt);
      for (const m of course.modules)
        for (const q of m.quiz?.questions ?? []) {
          const a = acts.find((x) => x.attr('id').value() === `${iri}/${m.id}/${q.id}`);
          expect(a.attr('type').value()).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
          expect(a.get('t:interactionType', NS).text()).toBe(interactionType(q));
          const patterns = a.find('t:correctResponsePatterns/t:correctResponsePattern', NS).map((p: any) => p.text());
          const norm = (list: string[]) => list.map((p) => (q.type === 'multiple' ? p.split('[,]').sort().join('[,]') : p)).sort();
          expect(norm(patterns), q.id).toEqual(norm(expectedPatterns(q)));
          const comp = (tag: string) => a.find(`t:${tag}/t:component/t:id`, NS).map((x: any) => x.text());
          if (q.choices) expect(comp('choices')).toEqual(q.choices.map((c) => c.id));
          if (q.items) expect(comp('choices')).toEqual(q.items.map((c) => c.id));
          if (q.pairs) {
            expect(comp('source')).toEqual(q.pairs.map((p) => p.source.id));
            expect(comp('target')).toEqual(q.pairs.map((p) => p.target.id));
          }
        }
    });

    it('holds no credential, endpoint or learner identity', () => {
      for (const [name, data] of files()) {
        if (!/\.(html|js|css|xml|json|svg)$/.test(name)) continue;
        expect(secrets.exec(data.toString('utf8'))?.[0], name).toBeUndefined();
      }
    });
  });

  it('leaves the xAPI code out of the SCORM 1.2 player', () => {
    const scorm = zips.get('scorm12:fr')!.get('player.js')!.toString('utf8');
    const xapi = zips.get('xapi:fr')!.get('player.js')!.toString('utf8');
    for (const marker of ['X-Experience-API-Version', 'activities/state', 'http://adlnet.gov/expapi/verbs/']) {
      expect(xapi).toContain(marker);
      expect(scorm).not.toContain(marker);
    }
  });
});
