/**
 * Run as its own process (node --import tsx): validates each zip given, then prints the rules found
 * per zip and the peak resident memory of the whole process, so a test can bound it.
 */
import { validatePackage } from '../../src/validate/index.ts';

const rules: string[][] = [];
for (const zip of process.argv.slice(2)) rules.push([...new Set((await validatePackage(zip)).diagnostics.map((d) => d.rule))].sort());
process.stdout.write(JSON.stringify({ rules, peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
