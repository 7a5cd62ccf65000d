/** Every language of every Connectoo course has its accessibility test file (test/e2e/a11y-axe-<course>-<lang>.test.ts). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { expect, it } from 'vitest';
import { realCourses } from '../helpers/a11y-courses.ts';
import { repoRoot } from '../helpers/paths.ts';

it('has an accessibility test file per course language', () => {
  const missing: string[] = [];
  for (const course of realCourses) {
    const yaml = YAML.parse(readFileSync(path.join(repoRoot, 'courses', course, 'course.yaml'), 'utf8'));
    for (const lang of yaml.languages as string[]) {
      const file = `test/e2e/a11y-axe-${course.replace(/^connectoo-/, '')}-${lang}.test.ts`;
      if (!existsSync(path.join(repoRoot, file))) missing.push(file);
      else expect(readFileSync(path.join(repoRoot, file), 'utf8')).toContain(`a11yAxeSuite('${course}', '${lang}')`);
    }
  }
  expect(missing).toEqual([]);
});
