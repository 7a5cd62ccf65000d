/**
 * One adapter per standard: everything about a format lives in its folder and is reached through
 * this interface (package files, control files, player entry, recognising and checking its
 * packages, the LMS its preview runs in). Build, preview and validate loop over the adapters.
 */
import type { CourseModel } from '../course/model.ts';
import type { FormatId } from '../contract/player-data.ts';
import type { PackageView } from '../sources/read-package.ts';
import type { FindingReport } from '../validate/findings.ts';

export type { PackageView };

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
  /** This format's control files, read by the build (see `controlFiles`). */
  controlFiles: PackageFile[];
}

/** Files a format ships in every package byte for byte, as an npm dependency publishes them. */
export interface ControlFileSet {
  /** The npm package (pinned in package.json). */
  npmPackage: string;
  /** Folder inside it. */
  dir: string;
  /** File name → published sha256: the build refuses any other bytes. */
  sha256: Readonly<Record<string, string>>;
}

/**
 * `connectoo validate` for one format. A package is seen through a `PackageView`: the names of all its
 * files, and the bytes of the few files this format `reads` (a zip bomb never reaches memory).
 */
export interface PackageChecks {
  /** The file at the package root that says what the package is (imsmanifest.xml, cmi5.xml…). */
  controlFile: string;
  /** Files whose bytes detect() and check() read (each at most a few MB); every other file is seen by name. */
  reads: readonly string[];
  /** The files are a package of this format (its control file is at the root, and says so). */
  detect(pkg: PackageView): boolean;
  /** Checks the package as an LMS import would; loaded on demand, so builds never load XML tooling. */
  check(pkg: PackageView, file: string, report: FindingReport): Promise<void>;
  /** What check() leaves out for this package, in words for the report (empty: everything an import relies on). */
  notChecked?(pkg: PackageView): Promise<string[]>;
  /**
   * `false` for web pages, which an LMS shows as a file and records nothing from: validate calls such a zip
   * "web only", never "ready", and recognises it only when no LMS package format nor AICC matches.
   */
  lms?: false;
}

const manifestText = (pkg: PackageView) => Buffer.from(pkg.read('imsmanifest.xml') ?? '').toString('utf8');

/** The schema version a manifest declares (SCORM 1.2 or 2004), read without parsing the XML. */
export const manifestSchemaVersion = (pkg: PackageView) => /<(?:[\w.-]+:)?schemaversion\s*>([^<]*)</.exec(manifestText(pkg))?.[1].trim();

/**
 * Which SCORM an imsmanifest.xml is, without parsing it: 2004 when it uses a SCORM 2004 namespace
 * (ADL CP/SEQ/NAV 1.3, IMS SS) or declares a 2004 schema version; otherwise 1.2, as LMSs assume.
 */
export function manifestScormVersion(pkg: PackageView): '1.2' | '2004' {
  if (/www\.adlnet\.org\/xsd\/adl(cp|seq|nav)_v1p3|www\.imsglobal\.org\/xsd\/imsss/.test(manifestText(pkg))) return '2004';
  return /^(CAM 1\.3|2004\b)/i.test(manifestSchemaVersion(pkg) ?? '') ? '2004' : '1.2';
}

/** The LMS a preview runs the package in: a script of scorm-again's and the API object it exposes. */
export interface PreviewLms {
  /** Module specifier of the LMS-side script served to the preview page. */
  script: string;
  /** Global constructor the script defines, and the window property the package looks for. */
  constructorName: string;
  apiName: string;
}

export interface FormatAdapter {
  id: FormatId;
  /** The format's name for people (messages, reports). */
  title: string;
  /** Characters of saved learner state the player can keep (the limit its tracker gives the encoder). */
  stateLimit: number;
  /** Where the player may send requests (CSP `connect-src`): `'none'` unless it talks to a server. */
  connectSrc: string;
  /** Player entry bundled as player.js, relative to src/runtime. */
  runtimeEntry: string;
  /** Extra files this standard needs at the package root (manifest...). */
  files(input: PackageInput): PackageFile[];
  controlFiles?: ControlFileSet;
  packages: PackageChecks;
  preview?: PreviewLms;
  /**
   * With `--split modules`, the adapter that writes ONE package holding every module as its own
   * launchable unit (cmi5: one AU per module), instead of one package per module.
   */
  splitModules?: Pick<FormatAdapter, 'files'>;
}

export const zipName = (model: CourseModel, format: FormatId, part?: string) =>
  `${model.id}${part ? `-${part}` : ''}-${model.lang}-${model.version}-${format}.zip`;
