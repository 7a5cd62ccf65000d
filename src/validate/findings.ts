/**
 * What `connectoo validate` finds, and the verdict an LMS admin acts on. Errors are what makes an
 * LMS refuse or break the package; warnings are conformance findings LMSs tolerate. Findings of one
 * kind that repeat become one line ("613 files … are not listed in the manifest, first 5: … (and 608 more)"), so
 * the report of a bad package stays short, and memory stays bounded whatever the package holds.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** A finding as checks report it: a diagnostic, with what groups it when it repeats. */
export interface Finding extends Omit<Diagnostic, 'severity' | 'count'> {
  severity?: Diagnostic['severity'];
  /**
   * Repeats of one rule with the same `what` become one line: `<n> <what>, first 5: <subjects> (and <n - 5> more).`
   * `what` reads after a number ("files of the package are not listed in the manifest").
   */
  group?: { what: string; subject: string };
}
export type FindingReport = (f: Finding) => void;

/** What an LMS will do with the package. */
export type Verdict = 'ready' | 'imports-with-problems' | 'will-not-import' | 'web-only';

export interface Counts {
  errors: number;
  warnings: number;
}

/** From this many findings of one kind, they are printed as one line. */
export const groupFrom = 4;
/** Subjects named on a grouped line. */
const named = 5;

interface Bucket {
  n: number;
  kept: Finding[];
  file: string | undefined;
}

/**
 * Collects findings, keeping at most a few of each kind; `flush` gives the diagnostics to print
 * (repeats grouped) and the counts of every finding, grouped or not.
 */
export function grouping(zip: string) {
  const buckets = new Map<string, Bucket>();
  const counts: Counts = { errors: 0, warnings: 0 };
  const report: FindingReport = (f) => {
    const severity = f.severity ?? 'error';
    if (severity === 'error') counts.errors++;
    else counts.warnings++;
    const key = `${severity}\u0000${f.rule}\u0000${f.group?.what ?? ''}`;
    const b = buckets.get(key) ?? { n: 0, kept: [], file: f.file };
    buckets.set(key, b);
    b.n++;
    if (b.file !== f.file) b.file = undefined;
    if (b.kept.length < named) b.kept.push({ ...f, severity });
  };
  const flush = (): Diagnostic[] => {
    const out: Diagnostic[] = [];
    const plain = ({ group: _, ...f }: Finding): Diagnostic => ({ ...f, severity: f.severity ?? 'error' });
    for (const b of buckets.values()) {
      const first = b.kept[0]!;
      if (b.n < groupFrom) {
        out.push(...b.kept.map(plain));
        continue;
      }
      if (first.group) {
        const subjects = b.kept.map((f) => f.group!.subject).join(', ');
        out.push({
          ...plain(first),
          file: b.file ?? zip,
          line: b.file && b.kept.every((f) => f.line === first.line) ? first.line : 0,
          column: 0,
          message: b.n > b.kept.length ? `${b.n} ${first.group.what}, first ${b.kept.length}: ${subjects} (and ${b.n - b.kept.length} more).` : `${b.n} ${first.group.what}: ${subjects}.`,
          count: b.n,
        });
        continue;
      }
      const shown = b.kept.slice(0, groupFrom - 1).map(plain);
      out.push(...shown, { ...plain(first), file: b.file ?? zip, line: 0, column: 0, message: `…and ${b.n - shown.length} more like the ones above.`, count: b.n - shown.length });
    }
    return out;
  };
  return { report, flush, counts };
}

export function verdictOf(web: boolean, counts: Counts): Verdict {
  if (counts.errors) return 'will-not-import';
  if (web) return 'web-only';
  return counts.warnings ? 'imports-with-problems' : 'ready';
}

/** The verdict in words, as the report's first line says it. */
export const verdictWords: Record<Verdict, string> = {
  ready: 'ready to import',
  'imports-with-problems': 'imports with problems',
  'will-not-import': 'will not import',
  'web-only': 'not an LMS package; upload it as a web page or file resource (the LMS records no progress)',
};
