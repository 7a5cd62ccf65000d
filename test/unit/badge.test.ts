/** The Open Badges 3.0 Achievement written next to the packages. */
import { describe, expect, it } from 'vitest';
import { load, models } from '../../src/index.ts';
import { achievement } from '../../src/formats/badge.ts';
import { courseWith } from '../helpers/course-copy.ts';

describe('Open Badges 3.0 achievement', () => {
  it('describes the course, its completion rule and its modules in each language', async () => {
    const dir = await courseWith('minimal', {
      'course.yaml': (t) => t + 'prerequisites:\n  - { id: base, title: { fr: Niveau de base, nl: Basisniveau } }\n',
    });
    const { courses, diagnostics } = await load({ courseDirs: [dir] });
    expect(diagnostics).toEqual([]);
    const [fr, nl] = models(courses[0]).map(achievement);
    for (const a of [fr, nl]) {
      expect(a['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
      expect(a.type).toEqual(['Achievement']);
      expect(String(a.id)).toBe(`urn:connectoo:course:minimal/achievement/1.2.3/${a.inLanguage}`);
      expect(a.alignment).toEqual([expect.objectContaining({ type: ['Alignment'], targetUrl: expect.stringMatching(/\/m1-basics$/) })]);
    }
    expect(fr.name).toBe('Cours minimal');
    expect(nl.alignment).toEqual([expect.objectContaining({ targetName: 'De basis' })]);
    expect((fr.criteria as { narrative: string }).narrative).toBe(
      'Détenir : Niveau de base. Lire toutes les pages de chaque module. Obtenir au moins 80 % aux questionnaires des modules.',
    );
    expect((nl.criteria as { narrative: string }).narrative).toContain('Minstens 80% behalen');
  });
});
