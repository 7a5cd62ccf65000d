/**
 * Input an attacker or a careless author could give: the answer is always a placed author error,
 * never a crash, a hang or a silent loss (each case here crashed or hung before it was handled).
 */
import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.ts';
import { guarded } from '../../src/diagnostics/unexpected.ts';
import { collector } from '../../src/diagnostics/diagnostic.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { makeTempDir } from '../helpers/zip.ts';

const page = 'modules/m1-basics/02-suite.fr.md';
const withBody = (body: string) => (t: string) => `${t}\n${body}\n`;

describe('hostile input', () => {
  it.each([
    ['a 1,000-level nested list', Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + '- x').join('\n').slice(0, 900_000), 'md/too-deep'],
    ['deep emphasis', 'a ' + '*a '.repeat(20_000), 'md/too-complex'],
    ['50,000 links', Array.from({ length: 50_000 }, (_, i) => `[l${i}](02-suite.fr.md)`).join(' ').slice(0, 990_000), 'md/too-complex'],
    ['10,000 nested quotes', '> '.repeat(10_000) + 'x', 'md/too-deep'],
    ['a malformed % escape in a link', '[voir](../../media/100%.svg)', 'md/bad-escape'],
  ])('%s: a placed author error, at once', async (_name, body, rule) => {
    const dir = await courseWith('minimal', { [page]: withBody(body) });
    const { ok, diagnostics } = await check({ courseDirs: [dir] });
    expect(ok).toBe(false);
    const hit = diagnostics.find((d) => d.rule === rule);
    expect(hit, JSON.stringify(diagnostics.map((d) => d.rule))).toBeDefined();
    expect(hit!.file).toBe(join(dir, page));
    expect(hit!.line).toBeGreaterThan(0);
  });

  it('a symbolic link is never followed, and the author is told so', async () => {
    const dir = await courseWith('minimal');
    const outside = join(await makeTempDir('connectoo-outside-'), 'secret.svg');
    await writeFile(outside, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await rm(join(dir, 'media/schema.svg'));
    await symlink(outside, join(dir, 'media/schema.svg'));
    const { ok, diagnostics } = await check({ courseDirs: [dir] });
    expect(ok).toBe(false);
    expect(diagnostics.find((d) => d.rule === 'course/symlink')).toMatchObject({ file: join(dir, 'media/schema.svg'), severity: 'warning' });
    const missing = diagnostics.filter((d) => d.rule === 'md/missing-file');
    expect(missing.length).toBeGreaterThan(0);
    for (const d of missing) expect(d.message).toMatch(/symbolic link/);
  });

  it('an error nobody foresaw becomes a diagnostic on the file being processed', async () => {
    const { list, report } = collector();
    const result = await guarded(report, '/courses/x/course.yaml', () => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(result).toBeUndefined();
    expect(list).toEqual([
      expect.objectContaining({ rule: 'internal/unexpected', file: '/courses/x/course.yaml', severity: 'error', message: expect.stringMatching(/RangeError: Maximum call stack/) }),
    ]);
  });
});
