/** The CLI as an author or CI runs it: real process, real files, exit codes 0 / 1 / 2. */
import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.ts';
import { allJsonSchemas, jsonSchemas } from '../../src/schema/json-schema.ts';
import { courseWith, positionOf } from '../helpers/course-copy.ts';
import { compiledEnv } from '../helpers/compiled-cli.ts';
import { makeTempDir } from '../helpers/zip.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'src/cli/connectoo.mjs');

function run(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: compiledEnv({ LC_ALL: 'C', LC_MESSAGES: '', LANG: 'C' }) }, (err, stdout, stderr) =>
      done({ code: err ? (err as { code?: number }).code ?? 1 : 0, stdout, stderr }),
    );
  });
}

describe('connectoo CLI', { timeout: 60_000 }, () => {
  it('builds a course into versioned zips and a release manifest with checksums', async () => {
    const out = await makeTempDir('connectoo-out-');
    const r = await run(['build', 'test/fixtures/minimal', '--out', out, '--format', 'scorm12', '--lang', 'nl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['minimal-nl-1.2.3-badge.json', 'minimal-nl-1.2.3-scorm12-answer-key.csv', 'minimal-nl-1.2.3-scorm12.zip', 'release-manifest.json']);
    const manifest = JSON.parse(await readFile(join(out, 'release-manifest.json'), 'utf8'));
    const zip = await readFile(join(out, 'minimal-nl-1.2.3-scorm12.zip'));
    const { createHash } = await import('node:crypto');
    const badge = await readFile(join(out, 'minimal-nl-1.2.3-badge.json'), 'utf8');
    expect(manifest.badges).toEqual([{ file: 'minimal-nl-1.2.3-badge.json', sha256: createHash('sha256').update(badge).digest('hex') }]);
    expect(manifest.packages).toEqual([
      { file: 'minimal-nl-1.2.3-scorm12.zip', course: 'minimal', version: '1.2.3', lang: 'nl', format: 'scorm12', bytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex') },
    ]);
  });

  it('writes one package per module with --split modules', async () => {
    const out = await makeTempDir('connectoo-out-');
    const r = await run(['build', 'test/fixtures/minimal', '--out', out, '--format', 'scorm12', '--lang', 'fr', '--split', 'modules']);
    expect(r.code).toBe(0);
    expect((await readdir(out)).filter((f) => f.endsWith('.zip')).sort()).toEqual([
      'minimal-fr-1.2.3-scorm12.zip',
      'minimal-m1-basics-fr-1.2.3-scorm12.zip',
    ]);
  });

  it('prints every author error as file:line:column with rule and hint, exits 1 and writes nothing', async () => {
    const dir = await courseWith('minimal', {
      'course.yaml': (t) => t.replace('masteryScore: 80', 'masteryScore: lots'),
    });
    const out = await makeTempDir('connectoo-out-');
    await writeFile(join(out, 'older.zip'), 'previous release');
    const r = await run(['build', dir, '--out', out]);
    expect(r.code).toBe(1);
    const { line, column } = await positionOf(dir, 'course.yaml', 'lots');
    expect(r.stderr).toContain(`${relative(root, join(dir, 'course.yaml'))}:${line}:${column}: error`);
    expect(r.stderr).toContain('[schema/wrong-type]');
    expect(r.stderr).toMatch(/hint: /);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await readdir(out)).toEqual(['older.zip']);
    expect(await readFile(join(out, 'older.zip'), 'utf8')).toBe('previous release');
  });

  it('exits 2 on usage errors', async () => {
    const runs = await Promise.all([
      run(['publish']),
      run(['build', 'test/fixtures/minimal', '--format', 'aicc']),
      run(['build', '--split', 'pages']),
      run(['build', '--bogus']),
      run(['check', 'test/fixtures/does-not-exist']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(runs[1].stderr).toContain('Unknown format "aicc"');
    expect(runs[4].stderr).toContain('Course folder not found');
  });

  it('check validates without writing and exits 0 on a clean course', async () => {
    const r = await run(['check', 'test/fixtures/minimal']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid');
  });

  it('starts a new course that checks and builds as it is', async () => {
    const cwd = await makeTempDir('connectoo-new-');
    const r = await run(['new', 'first-course', '--lang', 'nl,en'], cwd);
    expect(r.code).toBe(0);
    const dir = join(cwd, 'courses/first-course');
    expect(await readdir(join(cwd, 'courses/.schema'))).toEqual(['course.schema.json', 'module.schema.json', 'quiz.schema.json', 'variant-module.schema.json', 'variant.schema.json']);
    expect(await check({ courseDirs: [dir] })).toEqual({ ok: true, diagnostics: [] });
    const built = await build({ courseDirs: [dir], outDir: join(cwd, 'dist'), formats: ['scorm12'] });
    expect(built.outputs.map((o) => o.file.split('/').pop())).toEqual(['first-course-nl-0.1.0-scorm12.zip', 'first-course-en-0.1.0-scorm12.zip']);
    expect((await run(['new', 'first-course'], cwd)).code).toBe(2);
  });

  it('runs from the TypeScript sources too (in a checkout, without CONNECTOO_COMPILED) and says the same', async () => {
    const fromSources = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
        const env = { ...compiledEnv({ LC_ALL: 'C', LC_MESSAGES: '', LANG: 'C' }) };
        delete env.CONNECTOO_COMPILED;
        execFile(process.execPath, [bin, ...args], { cwd: root, env }, (err, stdout, stderr) => done({ code: err ? (err as { code?: number }).code ?? 1 : 0, stdout, stderr }));
      });
    // One start from the sources loads every module of a command; --version is compared with package.json.
    const [a, b] = await Promise.all([fromSources(['check', 'test/fixtures/minimal']), run(['check', 'test/fixtures/minimal'])]);
    expect(a).toEqual(b);
    expect(a.code).toBe(0);
    const version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('ships JSON Schemas that match the validation schemas and the --json output', async () => {
    expect(Object.keys(allJsonSchemas())).toEqual([...Object.keys(jsonSchemas()), 'cli-output.schema.json']);
    for (const [name, schema] of Object.entries(allJsonSchemas())) {
      const committed = JSON.parse(await readFile(join(root, 'courses/.schema', name), 'utf8'));
      expect(committed, `${name} is out of date: run npm run schema`).toEqual(schema);
    }
  });
});
