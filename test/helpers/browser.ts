/**
 * Real headless Chromium through playwright-core. One browser for the whole run (launched by the e2e
 * project's global setup, browser-server.ts); each test file connects to it:
 * call `useBrowser()` at the top level of a test file and read the browser inside tests.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

/** Fixed flags: the package's own `args` are tuned for serverless hosts and are not used here. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const mod = await import('@sparticuz/chromium');
  return mod.default.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutable(), headless: true, args: chromiumArgs });
}

/** Registers beforeAll/afterAll hooks; the returned getter gives the file's connection to the run's browser
 * (a browser of its own when the file runs without the global setup). */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const endpoint = inject('chromiumWsEndpoint');
    browser = endpoint ? await chromium.connect(endpoint) : await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not started: call useBrowser() at the top level of the test file');
    return browser;
  };
}
