/** The command line: `connectoo build <dirs> --out <dir>` and its exit codes (0 ok, 1 author errors, 2 usage). */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, editFile } from '../helpers/fixture-copy.ts';
import { repoRoot } from '../helpers/paths.ts';
import { snapshotDir } from '../helpers/dir-snapshot.ts';
import { makeTempDir } from '../helpers/zip.ts';

const cli = path.join(repoRoot, 'src/cli/connectoo.mjs');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: repoRoot, timeout: 55_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('connectoo CLI', () => {
  it('builds a course folder into --out and exits 0', async () => {
    const out = await makeTempDir('connectoo-cli-');
    const r = await run(['build', path.join(repoRoot, 'test/fixtures/e2e-all-types'), '--out', out, '--format', 'scorm12']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = [...(await snapshotDir(out)).keys()];
    expect(files).toEqual(expect.arrayContaining(['e2e-all-types-fr-1.2.3-scorm12.zip', 'e2e-all-types-nl-1.2.3-scorm12.zip']));
  });

  it('exits 1 with a positioned message on an author error, and writes nothing', async () => {
    const src = await copyFixture('e2e-all-types');
    await editFile(src, 'modules/m2-pratique/quiz.nl.yaml', 'type: true-false', 'type: vrai-faux');
    const out = await makeTempDir('connectoo-cli-');
    const r = await run(['build', src, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/quiz\.nl\.yaml:\d+:\d+/);
    expect((await snapshotDir(out)).size).toBe(0);
  });

  it('exits 2 on a usage error', async () => {
    const runs = await Promise.all([
      run(['build', '--bogus']),
      run(['build', path.join(repoRoot, 'test/fixtures/e2e-all-types'), '--format', 'pdf']),
      run(['frobnicate']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
  });
});
