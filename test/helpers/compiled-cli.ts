/**
 * Global setup of the CLI tests: compiles src/ into dist/lib (JavaScript and players, as `npm run compile` does,
 * without the types) so that the tests run the command users run, fresh from the sources, and each process
 * starts in a fraction of the time the TypeScript sources take through tsx.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export default function setup(): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/compile.ts'), '--no-types'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run compile failed:\n${r.stdout}\n${r.stderr}`);
}

/** The environment of a CLI test process: the compiled command, messages in English, no colours. */
export const compiledEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...process.env, CONNECTOO_COMPILED: '1', NO_COLOR: '1', ...extra });
