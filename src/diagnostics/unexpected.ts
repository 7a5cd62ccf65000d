/**
 * The last guard: an error nobody foresaw still reaches the user as a diagnostic on the file being
 * processed (rule `internal/unexpected`), never as a stack trace.
 */
import type { Report } from './diagnostic.ts';

export function reportUnexpected(report: Report, file: string, e: unknown): void {
  const what = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
  report({
    rule: 'internal/unexpected',
    file,
    line: 0,
    column: 0,
    message: `Connectoo could not process this: ${what.slice(0, 300)}`,
    hint: 'Look for something unusual in this file (very long or deeply nested content, unusual characters). If it looks fine, report it with the file attached.',
  });
}

/** Runs `work`; an unexpected error becomes a diagnostic on `file`, and the result undefined. */
export async function guarded<T>(report: Report, file: string, work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (e) {
    reportUnexpected(report, file, e);
    return undefined;
  }
}
