import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder holding package.json). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Shared standards kit, next to the repository: schemas are referenced, never copied. */
export const standardsDir = path.resolve(repoRoot, '../shared/standards');

export const fixturesDir = path.join(repoRoot, 'test/fixtures');
