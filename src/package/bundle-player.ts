/**
 * The player of one format: bundled with esbuild from src/runtime (in memory; cached per entry for the run).
 * The compiled package carries the same bundles prebuilt in dist/lib/player/ (`npm run compile`), so it
 * needs neither the runtime sources nor esbuild.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { runtimeDir } from '../sources/read-tool-files.ts';

export interface PlayerBundle {
  js: string;
  css: string;
}

/** Defined (as the folder of the prebuilt bundles, relative to the compiled module) by the compile step only. */
declare const CONNECTOO_PREBUILT_PLAYERS: string | undefined;

const cache = new Map<string, Promise<PlayerBundle>>();

export function bundlePlayer(entry: string): Promise<PlayerBundle> {
  if (!cache.has(entry)) cache.set(entry, typeof CONNECTOO_PREBUILT_PLAYERS === 'string' ? readPrebuilt(entry, CONNECTOO_PREBUILT_PLAYERS) : doBundle(entry));
  return cache.get(entry)!;
}

/** File names of a prebuilt bundle: `entry-scorm12.ts` → `entry-scorm12.js` and `.css`. */
export const prebuiltNames = (entry: string) => {
  const name = basename(entry).replace(/\.ts$/, '');
  return { js: `${name}.js`, css: `${name}.css` };
};

async function readPrebuilt(entry: string, folder: string): Promise<PlayerBundle> {
  const dir = new URL(`${folder}/`, import.meta.url);
  const names = prebuiltNames(entry);
  const [js, css] = await Promise.all([readFile(new URL(names.js, dir), 'utf8'), readFile(new URL(names.css, dir), 'utf8')]);
  return { js, css };
}

async function doBundle(entry: string): Promise<PlayerBundle> {
  const { build } = await import('esbuild');
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
