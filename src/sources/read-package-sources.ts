/** Everything outside the course model that packages of a course are made from, read once for build and preview. */
import type { CourseModel } from '../course/model.ts';
import type { FormatAdapter, PackageFile } from '../formats/adapter.ts';
import { readCourseFile, type CourseRoot } from './read-course.ts';
import { readControlFiles, readTemplate } from './read-tool-files.ts';

export interface PackageSources {
  template: string;
  /** Bytes of course files, by course-relative path. */
  assets: Map<string, Uint8Array>;
  /** Control files by format id (only for formats that ship some). */
  controlFiles: Record<string, PackageFile[]>;
}

/** The tool's files for these formats (template, control files), read once per run. */
export async function readToolSources(adapters: FormatAdapter[]): Promise<Omit<PackageSources, 'assets'>> {
  const controlFiles: Record<string, PackageFile[]> = {};
  for (const a of adapters) if (a.controlFiles) controlFiles[a.id] = await readControlFiles(a.controlFiles);
  return { template: await readTemplate('player.hbs'), controlFiles };
}

/** The course files the packages hold (pages' media, certificate logo, theme files…), by course-relative path. */
export async function readCourseAssets(root: string | CourseRoot, models: readonly CourseModel[]): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  for (const m of models)
    for (const a of m.assets) if (!assets.has(a.source)) assets.set(a.source, new Uint8Array(await readCourseFile(root, a.source)));
  return assets;
}
