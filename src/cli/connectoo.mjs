#!/usr/bin/env node
// The `connectoo` command. In a source checkout (the TypeScript sources beside this file) it runs them
// through tsx, so every edit is live; the published package runs the JavaScript compiled into dist/lib
// at prepack (`npm run compile`). CONNECTOO_COMPILED=1 runs the compiled files from a checkout too.
import { existsSync } from 'node:fs';

if (existsSync(new URL('./run.ts', import.meta.url)) && !process.env.CONNECTOO_COMPILED) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./run.ts');
} else {
  await import('../../dist/lib/cli.js');
}
