/** Bundles the player for one format with esbuild (in memory; cached per entry for the run). */
import { build } from 'esbuild';
import { join } from 'node:path';
import { runtimeDir } from '../sources/read-tool-files.ts';

export interface PlayerBundle {
  js: string;
  css: string;
}

const cache = new Map<string, Promise<PlayerBundle>>();

export function bundlePlayer(entry: string): Promise<PlayerBundle> {
  if (!cache.has(entry)) cache.set(entry, doBundle(entry));
  return cache.get(entry)!;
}

async function doBundle(entry: string): Promise<PlayerBundle> {
  const result = await build({
    entryPoints: [join(runtimeDir, entry)],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2019',
    outdir: 'out',
    entryNames: 'player',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}
