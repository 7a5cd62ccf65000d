/**
 * Vitest global setup of the e2e project: one headless Chromium for every browser test of the run.
 * Each test file connects to it (`useBrowser()` in browser.ts) and gets its own connection; closing a
 * connection closes the contexts the file opened, never the shared browser.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumExecutable } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumWsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({ executablePath: await chromiumExecutable(), headless: true, args: chromiumArgs });
  project.provide('chromiumWsEndpoint', server.wsEndpoint());
  return () => server.close();
}
