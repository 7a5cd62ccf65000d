/**
 * The last guard: an error nobody foresaw still reaches the user as a diagnostic on the file being
 * processed (rule `internal/unexpected`), never as a stack trace.
 */
import type { Lang } from '../contract/languages.ts';
import { authorReport } from './author-report.ts';
import type { Report } from './diagnostic.ts';

export function reportUnexpected(report: Report, file: string, e: unknown, lang?: Lang): void {
  const what = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
  authorReport(report, lang)({ rule: 'internal/unexpected', params: { what: what.slice(0, 300) }, file, line: 0, column: 0 });
}

/** Runs `work`; an unexpected error becomes a diagnostic on `file`, and the result undefined. */
export async function guarded<T>(report: Report, file: string, work: () => T | Promise<T>, lang?: Lang): Promise<T | undefined> {
  try {
    return await work();
  } catch (e) {
    reportUnexpected(report, file, e, lang);
    return undefined;
  }
}
