/**
 * The CLI as CI runs it: `--json` on build, check and validate prints one JSON document on stdout and
 * nothing else, valid against the committed JSON Schema (zod and a JSON Schema validator); exit codes
 * 0 / 1 / 2 in the document as in the process.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { Validator } from 'jsonschema';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliOutput } from '../../src/schema/cli-output.ts';
import { courseWith, positionOf } from '../helpers/course-copy.ts';
import { scorm12Content, scorm12Manifest, scorm12Schemas, webFiles } from './validate-foreign.ts';
import { zipFile } from './validate-built.ts';
import { deflated } from './validate-zip-bytes.ts';
import { compiledEnv } from '../helpers/compiled-cli.ts';
import { makeTempDir } from '../helpers/zip.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'src/cli/connectoo.mjs');
const schema = JSON.parse(await readFile(join(root, 'courses/.schema/cli-output.schema.json'), 'utf8'));

function run(args: string[], cwd = root): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: compiledEnv({ LC_ALL: 'C', LC_MESSAGES: '', LANG: 'C' }), maxBuffer: 1 << 24 }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** stdout is one JSON document and nothing else, valid for zod and for a JSON Schema validator. */
function parsed(stdout: string): CliOutput {
  const doc = JSON.parse(stdout);
  const v = new Validator().validate(doc, schema);
  expect(v.errors.map((e) => e.stack)).toEqual([]);
  return CliOutput.parse(doc);
}

const zip = async (files: Record<string, string | Buffer>, name: string) => zipFile(Object.entries(files).map(([n, d]) => deflated(n, d)), name);

let out: string;
let built: CliOutput & { command: 'build' };
beforeAll(async () => {
  out = await makeTempDir('connectoo-json-');
  const r = await run(['build', 'test/fixtures/minimal', '--out', out, '--lang', 'fr', '--json']);
  expect(r.code).toBe(0);
  built = parsed(r.stdout) as typeof built;
}, 60_000);

describe('--json', { timeout: 60_000 }, () => {
  it('build: every file written, with its bytes and sha256, course, language and format', async () => {
    expect(built).toMatchObject({ command: 'build', schemaVersion: 1, ok: true, exitCode: 0, diagnostics: [], tool: { name: 'connectoo' } });
    const rel = relative(root, out);
    expect(built.outputs.map((o) => [o.kind, o.file, o.format]).sort()).toEqual([
      ['answer-key', `${rel}/minimal-fr-1.2.3-scorm12-answer-key.csv`, undefined],
      ['badge', `${rel}/minimal-fr-1.2.3-badge.json`, undefined],
      ...['cmi5', 'scorm12', 'scorm2004', 'web', 'xapi'].map((f) => ['package', `${rel}/minimal-fr-1.2.3-${f}.zip`, f]),
    ].sort());
    for (const o of built.outputs) {
      const data = await readFile(join(root, o.file));
      expect([o.bytes, o.sha256, o.course, o.language, o.version]).toEqual([data.length, createHash('sha256').update(data).digest('hex'), 'minimal', 'fr', '1.2.3']);
    }
  });

  it('check: a clean course, then a course with an error (exit 1, placed diagnostics, text on stderr only)', async () => {
    const clean = await run(['check', 'test/fixtures/minimal', '--json']);
    expect(clean.code).toBe(0);
    expect(parsed(clean.stdout)).toMatchObject({ command: 'check', ok: true, exitCode: 0, counts: { errors: 0, warnings: 0 }, diagnostics: [] });
    expect(clean.stderr).toBe('All courses are valid.\n');

    const dir = await courseWith('minimal', { 'course.yaml': (t) => t.replace('masteryScore: 80', 'masteryScore: lots') });
    const bad = await run(['check', dir, '--json']);
    expect(bad.code).toBe(1);
    const doc = parsed(bad.stdout);
    expect(doc).toMatchObject({ command: 'check', ok: false, exitCode: 1, counts: { errors: 1 } });
    const { line, column } = await positionOf(dir, 'course.yaml', 'lots');
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ file: relative(root, join(dir, 'course.yaml')), line, column, rule: 'schema/wrong-type', severity: 'error', hint: expect.any(String) }),
    ]);
    expect(bad.stderr).toContain('[schema/wrong-type]');
  });

  it('validate: verdicts of our own packages, with --strict (web only does not fail the run)', async () => {
    const zips = built.outputs.filter((o) => o.kind === 'package').map((o) => o.file);
    const r = await run(['validate', '--strict', '--json', ...zips]);
    expect(r.code).toBe(0);
    const doc = parsed(r.stdout) as CliOutput & { command: 'validate' };
    expect(doc).toMatchObject({ command: 'validate', strict: true, ok: true, diagnostics: [], counts: { errors: 0, warnings: 0 } });
    expect(doc.verdicts.map((v) => [v.file, v.kind, v.identified, v.verdict])).toEqual(
      built.outputs.filter((o) => o.kind === 'package').map((o) => [o.file, o.format, ...{
        scorm12: ['SCORM 1.2', 'ready'],
        scorm2004: ['SCORM 2004 4th edition', 'ready'],
        xapi: ['TinCan (xAPI)', 'ready'],
        cmi5: ['cmi5', 'ready'],
        web: ['web only', 'web-only'],
      }[o.format!]]),
    );
    expect(doc.verdicts.find((v) => v.kind === 'scorm2004')).toMatchObject({ edition: '4th', counts: { errors: 0, warnings: 0 }, notChecked: [] });
    // The human report goes to stderr.
    expect(r.stderr).toContain('SCORM 1.2 — ready to import');
  });

  it('validate: a package with problems passes, fails with --strict; one that will not import fails', async () => {
    const warned = await zip({ 'imsmanifest.xml': scorm12Manifest({ metadata: '' }), ...scorm12Schemas(), ...scorm12Content }, 'other-tool.zip');
    const broken = await zip({ 'imsmanifest.xml': scorm12Manifest({ launch: 'start.html' }), ...scorm12Schemas(), ...scorm12Content }, 'broken.zip');
    const web = await zip(webFiles, 'site.zip');
    const [lenient, strict, bad] = await Promise.all([run(['validate', warned, web, '--json']), run(['validate', warned, '--strict', '--json']), run(['validate', broken, '--json'])]);
    expect([lenient.code, strict.code, bad.code]).toEqual([0, 1, 1]);
    const l = parsed(lenient.stdout) as CliOutput & { command: 'validate' };
    expect(l.verdicts.map((v) => v.verdict)).toEqual(['imports-with-problems', 'web-only']);
    expect(l.diagnostics).toEqual([expect.objectContaining({ file: `${relative(root, warned)}!/imsmanifest.xml`, rule: 'scorm12/schema-version', severity: 'warning' })]);
    expect(parsed(strict.stdout)).toMatchObject({ ok: false, exitCode: 1, strict: true });
    const b = parsed(bad.stdout) as CliOutput & { command: 'validate' };
    expect(b.verdicts[0]).toMatchObject({ kind: 'scorm12', verdict: 'will-not-import', counts: { errors: 1, warnings: 0 } });
    expect(b.diagnostics[0]).toMatchObject({ rule: 'scorm12/launch', line: expect.any(Number), column: 1, hint: expect.any(String) });
  });

  it('a usage error still prints a document (exit 2); --json belongs to build, check and validate', async () => {
    const r = await run(['build', 'test/fixtures/minimal', '--format', 'aicc', '--json']);
    expect(r.code).toBe(2);
    expect(parsed(r.stdout)).toMatchObject({ command: 'build', ok: false, exitCode: 2, usageError: expect.stringContaining('Unknown format "aicc"'), outputs: [] });
    expect((await run(['schema', '--json'])).code).toBe(2);
  });
});
