import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder holding package.json). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Shared standards kit, next to the repository (`../shared/standards`), or where
 * CONNECTOO_STANDARDS_DIR says: schemas are referenced, never copied.
 */
export const standardsDir = process.env.CONNECTOO_STANDARDS_DIR
  ? path.resolve(process.env.CONNECTOO_STANDARDS_DIR)
  : path.resolve(repoRoot, '../shared/standards');

export const fixturesDir = path.join(repoRoot, 'test/fixtures');
