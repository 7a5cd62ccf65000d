/** Builds fixture courses through the public `build()` API into temporary folders. */
import path from 'node:path';
import { build, type BuildOptions, type BuildResult } from '../../src/index.ts';
import { fixturesDir } from './paths.ts';
import { readManifest } from './scorm-manifest.ts';
import { makeTempDir, readZip, unzipTo } from './zip.ts';

export interface FixtureBuild {
  outDir: string;
  result: BuildResult;
}

export async function buildFixture(name: string, opts: Omit<BuildOptions, 'courseDirs' | 'outDir'> = {}, outDir?: string): Promise<FixtureBuild> {
  const dir = outDir ?? (await makeTempDir('connectoo-out-'));
  const result = await build({ ...opts, courseDirs: [path.resolve(fixturesDir, name)], outDir: dir });
  return { outDir: dir, result };
}

/** Error diagnostics, printed one per line (for readable assertion failures). */
export const errorsOf = (r: { diagnostics: BuildResult['diagnostics'] }) =>
  r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`);

export interface ScormPackage {
  zip: string;
  dir: string;
  files: Map<string, Buffer>;
  masteryScore?: string;
}

/** Builds one language of a fixture as SCORM 1.2 and unpacks it. */
export async function scormPackage(name: string, lang: string): Promise<ScormPackage> {
  const { result } = await buildFixture(name, { formats: ['scorm12'], langs: [lang] });
  if (!result.ok) throw new Error(`build failed:\n${errorsOf(result).join('\n')}`);
  const out = result.outputs.find((o) => o.format === 'scorm12' && o.lang === lang);
  if (!out) throw new Error(`no scorm12 output for ${lang}: ${JSON.stringify(result.outputs)}`);
  const files = await readZip(out.file);
  const manifest = readManifest(files.get('imsmanifest.xml') ?? '<none/>');
  return {
    zip: out.file,
    dir: await unzipTo(out.file),
    files,
    masteryScore: manifest.items.find((i) => i.masteryscore !== undefined)?.masteryscore,
  };
}
