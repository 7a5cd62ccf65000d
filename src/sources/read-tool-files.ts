/** Files the build needs from the tool itself or its dependencies (not from a course). */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const toolRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The four SCORM 1.2 control schemas, byte for byte as published (sha256 checked). */
export const scorm12SchemaSha256: Readonly<Record<string, string>> = {
  'imscp_rootv1p1p2.xsd': 'd9ee699094e0db4518cf0143c81873d196b2683cf1c5ed770f108239ee079dda',
  'adlcp_rootv1p2.xsd': '173decaf9cd31ea847e6ff6853c702137974aca6b56567151aa4a885e0aa4883',
  'imsmd_rootv1p2p1.xsd': '51310a1097f373e619e54ef2ba9c050117de4822e6119a1cc2a3d07cfe450db9',
  'ims_xml.xsd': '5209ff1d1e89cac16e797a2cdb0d5f345343ad97c1b125483a4bc6fc29319bd5',
};

/** Folder of the published SCORM 1.2 control schemas (from the node-scorm-packager npm package). */
export const scorm12SchemaDir = () =>
  join(dirname(require.resolve('node-scorm-packager/package.json')), 'lib/schemas/definitionFiles/scorm12edition');


export async function readScorm12ControlFiles(): Promise<{ path: string; data: Uint8Array }[]> {
  const dir = scorm12SchemaDir();
  const out = [];
  for (const [name, sha] of Object.entries(scorm12SchemaSha256)) {
    const data = await readFile(join(dir, name));
    const got = createHash('sha256').update(data).digest('hex');
    if (got !== sha) throw new Error(`${join(dir, name)} is not the published SCORM 1.2 schema (sha256 ${got}); reinstall node-scorm-packager.`);
    out.push({ path: name, data: new Uint8Array(data) });
  }
  return out;
}

export const readTemplate = (name: string) => readFile(join(toolRoot, 'templates', name), 'utf8');
export const runtimeDir = join(toolRoot, 'src/runtime');
