/** Assembles the files of one package (content + format files) and zips them in memory. */
import type { CourseModel } from '../course/model.ts';
import type { FormatAdapter, PackageFile } from '../formats/adapter.ts';
import { renderIndex, type RenderedPage } from '../render/index-page.ts';
import { bundlePlayer } from './bundle-player.ts';
import { zipToBuffer } from './zip.ts';

export interface PackageSources {
  template: string;
  /** Bytes of course files, by course-relative path. */
  assets: Map<string, Uint8Array>;
  controlFiles: Record<string, PackageFile[]>;
  /** Every language's model of the course, for formats that list names per language. */
  translations?: CourseModel[];
}

export async function packageFiles(
  model: CourseModel,
  adapter: FormatAdapter,
  pages: Map<string, RenderedPage>,
  src: PackageSources,
): Promise<PackageFile[]> {
  const player = await bundlePlayer(adapter.runtimeEntry);
  const content: PackageFile[] = [
    { path: 'index.html', data: renderIndex(model, adapter.id, src.template, pages) },
    { path: 'player.js', data: player.js },
    ...(player.css ? [{ path: 'player.css', data: player.css }] : []),
    ...model.assets.map((a) => ({ path: a.path, data: src.assets.get(a.source)! })),
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
  const controlFiles = adapter.needsControlFiles ? src.controlFiles[adapter.needsControlFiles] ?? [] : [];
  const others = (src.translations ?? []).filter((t) => t.lang !== model.lang);
  return [...content, ...adapter.files({ model, translations: [model, ...others], content, launch: 'index.html', controlFiles })];
}

export async function buildZip(
  model: CourseModel,
  adapter: FormatAdapter,
  pages: Map<string, RenderedPage>,
  src: PackageSources,
): Promise<Buffer> {
  return zipToBuffer(await packageFiles(model, adapter, pages, src));
}
