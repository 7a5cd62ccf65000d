/** One adapter per standard. A format folder holds only what differs between standards. */
import type { CourseModel } from '../course/model.ts';
import type { FormatId } from '../contract/player-data.ts';

export interface PackageFile {
  /** Path inside the zip, forward slashes. */
  path: string;
  data: string | Uint8Array;
}

export interface PackageInput {
  model: CourseModel;
  /** The same course in every language it is written in (the package's own language first), for metadata that lists them all. */
  translations: CourseModel[];
  /** Content files already prepared (index.html, player.js, player.css, media). Sorted by path. */
  content: PackageFile[];
  /** Launch file inside the package. */
  launch: string;
  /** Files the build reads on the adapter's behalf (control schemas). */
  controlFiles: PackageFile[];
}

export interface FormatAdapter {
  id: FormatId;
  /** Player entry bundled as player.js, relative to src/runtime. */
  runtimeEntry: string;
  /** Extra files this standard needs at the package root (manifest...). */
  files(input: PackageInput): PackageFile[];
  /** Files from outside the course this format must ship (e.g. SCORM control schemas). */
  needsControlFiles?: 'scorm12';
  /**
   * With `--split modules`, the adapter that writes ONE package holding every module as its own
   * launchable unit (cmi5: one AU per module), instead of one package per module.
   */
  splitModules?: FormatAdapter;
}

export const zipName = (model: CourseModel, format: FormatId, part?: string) =>
  `${model.id}${part ? `-${part}` : ''}-${model.lang}-${model.version}-${format}.zip`;
