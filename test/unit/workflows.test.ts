/** The CI workflows run only commands this repository has: npm scripts from package.json, connectoo commands. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commands } from '../../src/cli/main.ts';
import { repoRoot } from '../helpers/paths.ts';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const dir = join(repoRoot, '.github/workflows');
const workflows = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => [f, parse(readFileSync(join(dir, f), 'utf8'))]));
const runs = (wf: any): string[] => Object.values(wf.jobs).flatMap((job: any) => job.steps.filter((s: any) => s.run).map((s: any) => String(s.run)));
/** Shell lines of the workflow, continuation lines joined. */
const lines = (wf: any) => runs(wf).flatMap((r) => r.replace(/\\\n\s*/g, ' ').split('\n')).map((l) => l.trim()).filter(Boolean);

describe('CI workflows', () => {
  it('exist for pull requests and for release tags', () => {
    expect(Object.keys(workflows).sort()).toEqual(['ci.yml', 'release.yml']);
    expect(workflows['ci.yml'].on).toHaveProperty('pull_request');
    expect(workflows['release.yml'].on.push.tags).toEqual(['*@*', 'v*']);
  });

  it('run only npm scripts that package.json defines and connectoo commands the CLI has', () => {
    const used = Object.values(workflows).flatMap(lines);
    const scripts = used.flatMap((l) => [...l.matchAll(/\bnpm (?:run(?:-script)?\s+)?([a-z][\w:-]*)/g)].map((m) => m[1]));
    const builtIn = new Set(['ci', 'pack', 'install']);
    for (const s of scripts) if (!builtIn.has(s)) expect(Object.keys(pkg.scripts), `npm ${s}`).toContain(s);
    const cli = used.flatMap((l) => [...l.matchAll(/\bnpx connectoo ([a-z-]+)/g)].map((m) => m[1]));
    expect(cli.length).toBeGreaterThan(0);
    for (const c of cli) expect(commands, `connectoo ${c}`).toContain(c);
  });

  it('a pull request installs from the lock file, checks every course and runs the test script', () => {
    expect(lines(workflows['ci.yml'])).toEqual(['npm ci', 'npm run check', 'npm test']);
    expect(pkg.scripts.check).toBe('connectoo check');
    expect(pkg.scripts.test).toContain('vitest run');
  });

  it('a release builds, validates every zip strictly (warnings fail too), checks the release, and attaches zips, badges and the manifest', () => {
    const l = lines(workflows['release.yml']);
    const at = (re: RegExp) => l.findIndex((x) => re.test(x));
    expect(at(/^npm ci$/)).toBeGreaterThanOrEqual(0);
    expect(at(/^npx connectoo build\b/)).toBeGreaterThan(at(/^npm ci$/));
    expect(at(/^npx connectoo validate --strict dist\/\*\.zip$/)).toBeGreaterThan(at(/^npx connectoo build\b/));
    expect(at(/^npx connectoo release "\$TAG"/)).toBeGreaterThan(at(/^npx connectoo validate/));
    const publish = l.find((x) => x.startsWith('gh release create'))!;
    for (const f of ['dist/*.zip', 'dist/*-badge.json', 'dist/release-manifest.json', '--notes-file dist/release-notes.md']) expect(publish).toContain(f);
  });
});
