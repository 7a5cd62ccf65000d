/**
 * Mutations of a real built package, for the validate fuzz tests: entries dropped, renamed and
 * duplicated, control files cut and spliced with hostile XML, zip bytes flipped and truncated.
 */
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { deflated, zipBytes, type RawEntry } from './validate-zip-bytes.ts';

const controlFiles = new Set(['imsmanifest.xml', 'tincan.xml', 'cmi5.xml']);

/** Text that breaks XML, references, paths and escapes in the places validate reads. */
const snippets = [
  '<!DOCTYPE manifest [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE m [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
  '&e;', '&c;', '%zz', '%', '%E0%A4%A', '\u0000', '\uFFFF', '\uD800', ']]>', '<![CDATA[', '<?xml version="1.0"?>',
  '<file/>', '<file href="%"/>', '<file href=""/>', '<file href="../../etc/passwd"/>', '<file href="index%zz.html?a=%"/>',
  '</manifest>', '<item identifier="x"/>', '<item identifier="x" identifierref="nope"><title/></item>', 'identifierref="',
  '<schemaversion>2004 4th Edition</schemaversion>', '<schemaversion>CAM 1.3</schemaversion>', '<schemaversion>',
  '<resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="%"/>', '<dependency identifierref=""/>',
  '<adlcp:masteryscore>-1e999</adlcp:masteryscore>', '<launch>%E0%A4%A</launch>', '<launch/>',
  '<activity id="" type="x"><launch>index.html</launch></activity>', '<au id="x" masteryScore="NaN"><url>%</url></au>',
  '<au id="y"><url/></au>', '<block/>', 'xmlns="urn:other"', 'xmlns:adlcp=""', '<a:b xmlns:a="http://www.w3.org/2001/XInclude"/>',
  '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>',
];
/** Paths for an href, <launch> or <url>. */
const paths = ['%zz', '%', 'index%E0%A4%A.html', 'index.html?x=%zz', '../index.html', '/index.html', 'file:///etc/passwd', 'https://example.org/', '', ' ', 'index.html#%', 'média/x.png', 'a\\b'];
const names = ['../evil.html', '/abs.html', 'a\\b.html', 'dir/', 'imsmanifest.xml', 'tincan.xml', 'cmi5.xml', 'index.html', 'IMSMANIFEST.XML', 'media/', 'é.html', 'x/../index.html', ' index.html'];

export type Mutation =
  | { kind: 'drop' | 'duplicate'; entry: number }
  | { kind: 'rename'; entry: number; name: string }
  | { kind: 'insert'; entry: number; control: boolean; at: number; text: string }
  | { kind: 'cut'; entry: number; control: boolean; at: number; length: number }
  | { kind: 'href'; entry: number; nth: number; value: string }
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number };

/** A place in a file or in the zip, as a fraction of its length (spread evenly, not biased to the ends). */
const where = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const entry = fc.nat({ max: 1000 });
const text = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...snippets) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const), entry }),
  fc.record({ kind: fc.constant('rename' as const), entry, name: fc.oneof(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 12 })) }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), entry, control: fc.boolean(), at: where, text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cut' as const), entry, control: fc.boolean(), at: where, length: fc.integer({ min: 1, max: 400 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('href' as const), entry, nth: fc.nat({ max: 50 }), value: fc.oneof(fc.constantFrom(...paths), fc.string({ maxLength: 12 })) }) },
  fc.record({ kind: fc.constant('flip' as const), at: where, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: where }),
);
/** One to four mutations of one of the given packages. */
export const mutatedPackage = (count: number) => fc.record({ base: fc.nat({ max: count - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });

/** The zip bytes of a package after its mutations (entries re-deflated only when their bytes changed). */
export function applyMutations(base: RawEntry[], mutations: Mutation[]): Buffer {
  let entries = [...base];
  const pick = (i: number, control: boolean) => {
    const pool = control ? entries.filter((e) => controlFiles.has(e.name)) : entries;
    return pool.length ? entries.indexOf(pool[i % pool.length]) : -1;
  };
  const text = (e: RawEntry) => Buffer.from(e.method === 8 ? inflateRawSync(e.body) : e.body).toString('utf8');
  const bytes: Extract<Mutation, { kind: 'flip' | 'truncate' }>[] = [];
  for (const m of mutations) {
    if (m.kind === 'flip' || m.kind === 'truncate') {
      bytes.push(m);
      continue;
    }
    const i = pick(m.entry, m.kind === 'href' || ('control' in m && m.control));
    if (i < 0) continue;
    const e = entries[i];
    if (m.kind === 'drop') entries.splice(i, 1);
    else if (m.kind === 'duplicate') entries.push(e);
    else if (m.kind === 'rename') entries[i] = { ...e, name: m.name };
    else if (m.kind === 'insert') {
      // Into a control file, at a tag boundary: the XML stays well-formed often enough to reach the checks.
      const t = text(e);
      const raw = Math.floor(m.at * t.length);
      const tag = t.indexOf('<', raw);
      const at = m.control && tag >= 0 ? tag : raw;
      entries[i] = deflated(e.name, t.slice(0, at) + m.text + t.slice(at));
    } else if (m.kind === 'href') {
      let n = 0;
      entries[i] = deflated(e.name, text(e).replace(/(href="|<launch>|<url>)([^"<]*)/g, (all, open: string) => (n++ === m.nth ? open + m.value : all)));
    } else if (m.kind === 'cut') {
      const t = text(e);
      const at = Math.floor(m.at * t.length);
      entries[i] = deflated(e.name, t.slice(0, at) + t.slice(at + m.length));
    }
  }
  let zip = zipBytes(entries);
  for (const m of bytes) {
    const at = Math.min(zip.length - 1, Math.floor(m.at * zip.length));
    if (m.kind === 'flip') zip[at] ^= m.xor;
    else zip = zip.subarray(0, at);
  }
  return zip;
}
