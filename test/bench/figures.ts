/** The bench's figures, printed beside those of the previous run (kept in .tmp/bench-last.json, git-ignored). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface Figure {
  key: string;
  label: string;
  value: number;
  unit: string;
  /** Met when `value` stays under it (for ratios: under 1 when the ratio is against the target). */
  under?: number;
  note?: string;
}

const fmt = (v: number, unit: string) => `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${unit}`.trim();

export class Figures {
  readonly list: Figure[] = [];
  constructor(
    private readonly file: string,
    private readonly previous: Record<string, number> = {},
  ) {}

  static async open(file: string): Promise<Figures> {
    let previous: Record<string, number> = {};
    try {
      previous = JSON.parse(await readFile(file, 'utf8')).figures ?? {};
    } catch {
      /* first run */
    }
    return new Figures(file, previous);
  }

  add(f: Figure): Figure {
    this.list.push(f);
    const prev = this.previous[f.key];
    const target = f.under === undefined ? '' : `  target < ${fmt(f.under, f.unit)}: ${f.value < f.under ? 'met' : 'MISSED'}`;
    const before = prev === undefined ? '' : `  (previous run ${fmt(prev, f.unit)})`;
    console.log(`  ${f.label.padEnd(58)} ${fmt(f.value, f.unit).padStart(10)}${before}${target}${f.note ? `\n      ${f.note}` : ''}`);
    return f;
  }

  async save(meta: Record<string, unknown>): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const figures = Object.fromEntries(this.list.map((f) => [f.key, f.value]));
    await writeFile(this.file, JSON.stringify({ ...meta, figures }, null, 2) + '\n');
  }
}
