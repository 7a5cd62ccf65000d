/**
 * Limits of `connectoo validate` (README "Limits of connectoo validate"). No course package comes near
 * them (a large course: a few hundred files, tens of MB, a manifest under 1 MB); a zip bomb or a
 * forged archive hits one before it costs memory or time. Sizes are checked from the zip's central
 * directory before anything is inflated, then again while inflating: an entry that inflates to more
 * than its header says is stopped at that size.
 */
import type { ScanLimits } from '../sources/read-package.ts';

const MB = 1024 * 1024;

export const zipLimits: ScanLimits = {
  /** Entries in the central directory, folders included. */
  entries: 20_000,
  /** Uncompressed size of one entry. */
  entryBytes: 100 * MB,
  /** Uncompressed size of all entries together. */
  totalBytes: 500 * MB,
  /** Uncompressed : compressed ratio allowed for an entry larger than `ratioFrom`. */
  ratio: 200,
  ratioFrom: 1 * MB,
  /** Each file validate reads into memory (manifest, control schemas): a manifest listing 20,000 files is about 2 MB… */
  readBytes: 4 * MB,
  /** …and all of them together. */
  readTotalBytes: 8 * MB,
};

/**
 * Elements in the control file validate parses: memory grows with elements more than with bytes
 * (about 2 KB each once parsed, schema-checked and walked); a manifest listing 20,000 files has ~20,500.
 */
export const controlFileElements = 30_000;

