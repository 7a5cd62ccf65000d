/**
 * Builds fixture courses through the public `build()` API into temporary folders.
 * Successful builds are cached in .tmp/fixture-builds/ (git-ignored), keyed by a hash of the fixture
 * folder, the tool's sources (src/, templates/, package-lock.json) and the options: files of the same
 * run, and later runs, reuse them. Every caller gets its own copy of the output folder.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions, type BuildResult } from '../../src/index.ts';
import { extendsOf } from '../../src/sources/read-course.ts';
import { fixturesDir, repoRoot } from './paths.ts';
import { readManifest } from './scorm-manifest.ts';
import { makeTempDir, readZip, unzipTo } from './zip.ts';

export interface FixtureBuild {
  outDir: string;
  result: BuildResult;
}

const cacheRoot = path.join(repoRoot, '.tmp/fixture-builds');

async function hashTree(hash: ReturnType<typeof createHash>, dir: string, rel = ''): Promise<void> {
  const entries = (await readdir(path.join(dir, rel), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = path.join(rel, e.name);
    if (e.isDirectory()) await hashTree(hash, dir, p);
    else if (e.isFile()) hash.update(`${p}\0`).update(await readFile(path.join(dir, p))).update('\0');
  }
}

let toolHash: Promise<string> | undefined;
function hashOfTool(): Promise<string> {
  toolHash ??= (async () => {
    const h = createHash('sha256');
    for (const d of ['src', 'templates']) await hashTree(h, path.join(repoRoot, d));
    h.update(await readFile(path.join(repoRoot, 'package-lock.json')));
    return h.digest('hex');
  })();
  return toolHash;
}

async function cacheKey(courseDir: string, opts: object): Promise<string> {
  // The folder's path too: diagnostics name their files.
  const h = createHash('sha256').update(await hashOfTool()).update(JSON.stringify([courseDir, opts]));
  await hashTree(h, courseDir);
  // A variant is built from its base course's files too.
  const base = extendsOf(await readFile(path.join(courseDir, 'course.yaml'), 'utf8').catch(() => ''));
  if (base) await hashTree(h, path.resolve(courseDir, base)).catch(() => h.update('no base'));
  return h.digest('hex').slice(0, 32);
}

/** Keeps the 60 newest cache entries (each edit of src/ starts new ones). */
async function prune(): Promise<void> {
  const entries = await Promise.all(
    (await readdir(cacheRoot)).filter((n) => !n.endsWith('.tmp')).map(async (n) => ({ n, t: (await stat(path.join(cacheRoot, n))).mtimeMs })),
  );
  for (const { n } of entries.sort((a, b) => b.t - a.t).slice(60)) await rm(path.join(cacheRoot, n), { recursive: true, force: true });
}

const withDir = (result: BuildResult, from: string, to: string): BuildResult => ({
  ...result,
  outputs: result.outputs.map((o) => ({ ...o, file: path.join(to, path.relative(from, o.file)) })),
});

export async function buildFixture(name: string, opts: Omit<BuildOptions, 'courseDirs' | 'outDir'> = {}, outDir?: string): Promise<FixtureBuild> {
  return buildCached(path.resolve(fixturesDir, name), opts, outDir);
}

/** Builds one course folder (a fixture or a real course) through the cache. */
export async function buildCached(courseDir: string, opts: Omit<BuildOptions, 'courseDirs' | 'outDir'> = {}, outDir?: string): Promise<FixtureBuild> {
  const dir = outDir ?? (await makeTempDir('connectoo-out-'));
  const cached = path.join(cacheRoot, await cacheKey(courseDir, opts));
  try {
    const result = JSON.parse(await readFile(path.join(cached, 'result.json'), 'utf8')) as BuildResult;
    await cp(path.join(cached, 'out'), dir, { recursive: true });
    return { outDir: dir, result: withDir(result, '/out', dir) };
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') throw e;
  }
  const result = await build({ ...opts, courseDirs: [courseDir], outDir: dir });
  if (result.ok) {
    // Written beside the cache entry, then renamed: a concurrent reader sees all of it or nothing.
    const tmp = `${cached}.${process.pid}.tmp`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    await cp(dir, path.join(tmp, 'out'), { recursive: true });
    await writeFile(path.join(tmp, 'result.json'), JSON.stringify(withDir(result, dir, '/out')));
    await rename(tmp, cached).catch(() => rm(tmp, { recursive: true, force: true }));
    await prune();
  }
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
