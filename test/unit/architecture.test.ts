/**
 * The shape of the code, kept by a test: data flows one way, the player and the question types
 * depend only on the contract they share with the build, only sources/ reads disk and only
 * package/ writes it, and no module imports itself back through others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.ts';

const src = path.join(repoRoot, 'src');

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path.join(dir, e.name)] : [],
  );
}

const all = files(src).map((f) => path.relative(src, f));
const edges: Edge[] = [];
const modules = new Map<string, string[]>();
for (const f of all) {
  const text = readFileSync(path.join(src, f), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const spec = m[3] ?? m[4]!;
    if (spec.startsWith('.')) edges.push({ from: f, to: path.normalize(path.join(path.dirname(f), spec)), typeOnly: !!m[2] });
    else found.push(spec);
  }
  modules.set(f, found);
}
const folder = (f: string) => (f.includes('/') ? f.split('/')[0]! : f);

/**
 * Folders each folder may import from. Type-only imports (erased, nothing bundled) may also name the
 * schema's types and the author-rule ids the question checks report.
 */
const typeOnlyFrom = ['schema', 'diagnostics'];
const allowed: Record<string, string[]> = {
  contract: ['contract', 'quiz'],
  quiz: ['quiz', 'contract'],
  runtime: ['runtime', 'contract', 'quiz'],
};

describe('architecture', () => {
  it('the player, the question types and the contract import only what they share', () => {
    const wrong = edges
      .filter((e) => allowed[folder(e.from)])
      .filter((e) => !allowed[folder(e.from)]!.includes(folder(e.to)) && !(e.typeOnly && typeOnlyFrom.includes(folder(e.to))))
      .map((e) => `${e.from} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('the build reaches the player only through the contract (the state budget runs the player\'s own encoder)', () => {
    const exceptions = new Set(['course/state-budget.ts']);
    const wrong = edges.filter((e) => folder(e.to) === 'runtime' && !allowed[folder(e.from)] && !exceptions.has(e.from)).map((e) => `${e.from} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('only sources/ reads the disk and only package/ writes it (the CLI and preview stay thin shells)', () => {
    const shells = ['sources', 'package', 'cli'];
    const wrong = [...modules].filter(([f, specs]) => !shells.includes(folder(f)) && specs.some((s) => /^(node:)?fs(\/promises)?$/.test(s)));
    expect(wrong.map(([f]) => f)).toEqual([]);
  });

  it('has no import cycle', () => {
    const next = new Map<string, string[]>();
    for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 1);
      stack.push(f);
      for (const t of next.get(f) ?? []) {
        if (state.get(t) === 1) cycles.push([...stack.slice(stack.indexOf(t)), t].join(' → '));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, 2);
    };
    for (const f of all) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('sees the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === 'runtime/player.ts' && e.to === 'contract/player-data.ts' && e.typeOnly)).toBe(true);
  });
});
