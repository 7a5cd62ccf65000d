/** Assembles the files of one package (content + format files) and zips them in memory: the one assembly build and preview share. */
import type { CourseModel } from '../course/model.ts';
import type { FormatAdapter, PackageFile } from '../formats/adapter.ts';
import { renderIndex, type RenderedPage } from '../render/index-page.ts';
import { themeCss } from '../render/theme-css.ts';
import type { PackageSources } from '../sources/read-package-sources.ts';
import { bundlePlayer } from './bundle-player.ts';
import { zipToBuffer } from './zip.ts';

export type { PackageSources };

export interface PackageOptions {
  /** Every language's model of the course, for formats that list names per language. */
  translations?: CourseModel[];
  /** `--split modules` for a format that puts every module in one package (cmi5). */
  splitModules?: boolean;
}

export async function packageFiles(
  model: CourseModel,
  adapter: FormatAdapter,
  pages: Map<string, RenderedPage>,
  src: PackageSources,
  opts: PackageOptions = {},
): Promise<PackageFile[]> {
  const player = await bundlePlayer(adapter.runtimeEntry);
  const content: PackageFile[] = [
    { path: 'index.html', data: renderIndex(model, adapter.id, src.template, pages, adapter.connectSrc) },
    { path: 'player.js', data: player.js },
    ...(player.css ? [{ path: 'player.css', data: player.css }] : []),
    ...(model.theme ? [{ path: 'theme.css', data: themeCss(model.theme) }] : []),
    ...model.assets.map((a) => ({ path: a.path, data: src.assets.get(a.source)! })),
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
  const others = (opts.translations ?? []).filter((t) => t.lang !== model.lang);
  const files = opts.splitModules && adapter.splitModules ? adapter.splitModules.files : adapter.files;
  return [...content, ...files({ model, translations: [model, ...others], content, launch: 'index.html', controlFiles: src.controlFiles[adapter.id] ?? [] })];
}

export async function buildZip(
  model: CourseModel,
  adapter: FormatAdapter,
  pages: Map<string, RenderedPage>,
  src: PackageSources,
  opts: PackageOptions = {},
): Promise<Buffer> {
  return zipToBuffer(await packageFiles(model, adapter, pages, src, opts));
}
