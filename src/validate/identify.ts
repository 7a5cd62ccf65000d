/**
 * What a zip is, named in one line for an LMS admin: SCORM 1.2, SCORM 2004 and its edition, AICC,
 * TinCan, cmi5, "web only" (web pages and no control file: not an LMS package) or "not a package".
 * The formats connectoo builds are recognised by their adapters; AICC here.
 */
import type { FormatId } from '../contract/player-data.ts';
import { manifestSchemaVersion, type FormatAdapter } from '../formats/adapter.ts';
import { adapters } from '../formats/index.ts';
import { editionOf, type Edition } from '../formats/scorm2004/check.ts';
import type { PackageView } from '../sources/read-package.ts';
import { aiccFile, isAicc } from './aicc.ts';

export type PackageKind = FormatId | 'aicc' | 'unknown';
export type { Edition };

export interface Identity {
  kind: PackageKind;
  /** What the package is, in a few words: "SCORM 2004 3rd edition", "TinCan (xAPI)", "web only"… */
  label: string;
  /** SCORM 2004 only. */
  edition?: Edition;
  /** The adapter whose checks apply (the formats connectoo builds). */
  adapter?: FormatAdapter;
  /** The control file, when the zip holds it one folder down instead of at its root. */
  nested?: string;
}

const titles: Partial<Record<PackageKind, string>> = { scorm12: 'SCORM 1.2', xapi: 'TinCan (xAPI)', cmi5: 'cmi5', aicc: 'AICC', web: 'web only', unknown: 'not a package' };

/** The control files LMS packages start from (web pages are no control file). */
export const controlFiles = () => [...new Set(adapters().filter(isLms).map((a) => a.packages.controlFile))];

/** An adapter of an LMS package format (not web pages). */
export const isLms = (a: FormatAdapter) => a.packages.lms !== false;

/** Names validate reads the bytes of: the adapters' control files, and AICC course files. */
export function readsForIdentify(): (name: string) => boolean {
  const names = new Set(adapters().flatMap((a) => a.packages.reads));
  return (name) => names.has(name) || aiccFile(name);
}

export function identify(pkg: PackageView): Identity {
  const all = adapters();
  const adapter = all.find((a) => isLms(a) && a.packages.detect(pkg));
  if (adapter?.id === 'scorm2004') {
    const edition = editionOf(manifestSchemaVersion(pkg));
    return { kind: 'scorm2004', adapter, edition, label: edition === 'unknown' ? 'SCORM 2004 (edition unknown)' : `SCORM 2004 ${edition} edition` };
  }
  if (adapter) return { kind: adapter.id, adapter, label: titles[adapter.id] ?? adapter.title };
  if (isAicc(pkg.names)) return { kind: 'aicc', label: titles.aicc! };
  const controls = new Set(controlFiles());
  const nested = [...pkg.names].find((n) => /^[^/]+\/[^/]+$/.test(n) && controls.has(n.slice(n.indexOf('/') + 1)));
  if (nested) return { kind: 'unknown', label: titles.unknown!, nested };
  const pages = all.find((a) => !isLms(a) && a.packages.detect(pkg));
  if (pages) return { kind: pages.id, adapter: pages, label: titles[pages.id] ?? pages.title };
  return { kind: 'unknown', label: titles.unknown! };
}
