/** "Did you mean …?": the closest of some names, when it is close enough to be a typing mistake. */
import { posix } from 'node:path';

/** Edit distance (insertions, deletions, substitutions). */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]++;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The option nearest to `word` (capitals ignored), if at most about a third of it differs. */
export function closest(word: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) [best, bestD] = [o, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/**
 * The course file an author most likely meant by `looked` (course-relative), by file name: same name in
 * another folder, other capitals, or a letter or two off. Files in the same folder win a tie.
 */
export function nearFile(looked: string, files: Iterable<string>): string | undefined {
  const name = posix.basename(looked).toLowerCase();
  const dir = posix.dirname(looked);
  let best: string | undefined;
  let bestD = Infinity;
  for (const f of files) {
    if (f === looked) continue;
    const d = distance(name, posix.basename(f).toLowerCase()) + (posix.dirname(f) === dir ? 0 : 0.5);
    if (d < bestD) [best, bestD] = [f, d];
  }
  return bestD <= Math.max(1, Math.floor(name.length / 5)) + 0.5 ? best : undefined;
}

/** How a page at `page` links to the course file `target`: relative to the page, or from the course folder. */
export function linkFrom(page: string, target: string, absolute: boolean): string {
  return absolute ? `/${target}` : posix.relative(posix.dirname(page), target);
}
