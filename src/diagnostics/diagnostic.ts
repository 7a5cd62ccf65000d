/** An author-facing problem found in a source file. Never thrown: collected and printed all at once. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Stable rule id, e.g. `quiz/no-correct-answer`. Documented in README. */
  rule: string;
  /** Path relative to the current directory when printed; absolute while collected. */
  file: string;
  /** 1-based; 0 when the whole file is concerned. */
  line: number;
  column: number;
  message: string;
  /** How to fix it, in plain words. */
  hint?: string;
  /** When one diagnostic stands for several findings of its rule (`connectoo validate` groups them): how many. */
  count?: number;
}

export type Report = (d: Omit<Diagnostic, 'severity' | 'count'> & { severity?: Diagnostic['severity'] }) => void;

export function collector() {
  const list: Diagnostic[] = [];
  const report: Report = (d) => list.push({ ...d, severity: d.severity ?? 'error' });
  return { list, report };
}

export const hasErrors = (ds: readonly Diagnostic[]) => ds.some((d) => d.severity === 'error');

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}
