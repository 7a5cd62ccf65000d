/** `connectoo base-diff <variant>` and `connectoo base-accept <variant>`: keeping a variant in step with its base course. */
import { relative } from 'node:path';
import { formatDiagnostic, summary } from '../diagnostics/format-diagnostics.ts';
import type { Lang } from '../schema/course.ts';

type Out = { write: (s: string) => unknown };

const indent = (text: string, mark: string) =>
  text
    .split('\n')
    .map((l) => `      ${mark} ${l}`)
    .join('\n');

export async function variantCommand(command: 'base-diff' | 'base-accept', dir: string, cwd: string, langUi: Lang, out: Out, err: Out, color: boolean): Promise<number> {
  const { baseAccept, baseDiff } = await import('../index.ts');
  if (command === 'base-accept') {
    const r = await baseAccept({ courseDir: dir, cwd, langUi });
    for (const d of r.diagnostics) err.write(formatDiagnostic(d, cwd, color, langUi) + '\n');
    if (!r.ok) {
      err.write(`\n${summary(r.diagnostics, langUi)}\nbase.lock.yaml was not written: fix the errors above first.\n`);
      return 1;
    }
    out.write(`wrote ${relative(cwd, r.file!)}: the variant now follows the base as it is.\n`);
    return 0;
  }
  const r = await baseDiff({ courseDir: dir, cwd });
  if ('problem' in r) {
    err.write(`connectoo base-diff: ${r.problem}.\n`);
    return 1;
  }
  const base = relative(cwd, r.base) || '.';
  out.write(`Base course ${r.now.id} (${base}): ${r.locked.version === r.now.version ? `version ${r.now.version}` : `version ${r.locked.version} in base.lock.yaml, ${r.now.version} now`}\n`);
  if (!r.changes.length) {
    out.write('Nothing changed in the base since base.lock.yaml.\n');
    return 0;
  }
  for (const c of r.changes) {
    const touched = c.touched === 'replaced' ? '  (your variant replaces this file)' : c.touched === 'hidden' ? '  (your variant hides this page)' : '';
    out.write(`${c.change.padEnd(8)} ${c.path}${touched}\n`);
    for (const q of c.questions ?? []) out.write(`      question ${q.id}: ${q.change}\n`);
    for (const b of c.blocks ?? []) {
      out.write(`    ${b.kind} at line ${b.line}:\n`);
      if (b.before) out.write(indent(b.before, '-') + '\n');
      if (b.after) out.write(indent(b.after, '+') + '\n');
    }
  }
  out.write(`\n${r.changes.length} file${r.changes.length === 1 ? '' : 's'} changed in the base. Take the corrections you want into your variant, check it, then run: connectoo base-accept ${dir}\n`);
  return 0;
}
