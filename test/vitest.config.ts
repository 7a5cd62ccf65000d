import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * Three projects:
 * - unit: fast, parallel, no browser, no child process.
 * - cli: the CLI as real processes (test/unit/cli*.test.ts, validate-processes); runs beside the e2e files.
 * - e2e: builds real packages and drives a real headless Chromium: one browser for the run
 *   (global setup, helpers/browser-server.ts) that every file connects to; files run in parallel
 *   (one per worker); generous timeouts.
 * Fixture builds are cached across files and runs in .tmp/fixture-builds (helpers/course-build.ts).
 * The unit and e2e files of one worker share their modules (isolate: false): the sources and helpers are loaded
 * once per worker, not once per file. No test file may leave a module's state changed (a test that turns
 * something on turns it off in afterEach).
 */
/**
 * Dependencies load as they do for users, without the "development" export condition that Vite adds to the
 * test workers: with it, micromark loads a build full of assertions and debug calls, and every course build
 * in the tests is slower.
 */
const asPublished: Plugin = {
  name: 'connectoo-dependencies-as-published',
  configResolved(config) {
    const ssr = config.ssr.resolve as { conditions?: string[] } | undefined;
    if (ssr?.conditions) ssr.conditions = ssr.conditions.filter((c) => c !== 'development|production' && c !== 'development');
  },
};

export default defineConfig({
  // The repository root: test paths below are relative to it.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Every core (vitest's default keeps one free): the e2e and cli groups are one worker each.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        plugins: [asPublished],
        test: {
          name: 'unit',
          isolate: false,
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/cli.test.ts', 'test/unit/cli-json.test.ts', 'test/unit/validate-processes.test.ts'],
          environment: 'node',
          setupFiles: ['test/helpers/temp-cleanup.ts'],
          testTimeout: 10_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins: [asPublished],
        test: {
          name: 'cli',
          // The command as published: src/ compiled into dist/lib once per run (helpers/compiled-cli.ts).
          globalSetup: ['test/helpers/compiled-cli.ts'],
          include: ['test/unit/cli.test.ts', 'test/unit/cli-json.test.ts', 'test/unit/validate-processes.test.ts'],
          environment: 'node',
          setupFiles: ['test/helpers/temp-cleanup.ts'],
          testTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        plugins: [asPublished],
        test: {
          name: 'e2e',
          isolate: false,
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/helpers/temp-cleanup.ts'],
          globalSetup: ['test/helpers/browser-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
