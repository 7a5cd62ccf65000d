/** Translated texts written into YAML: only the values change, comments, order and quoting stay. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { setYamlTexts } from '../../src/translate/yaml-edit.ts';

const course = `# yaml-language-server: $schema=../.schema/course.schema.json
id: x
languages: [fr]
title: { fr: Cours minimal }   # short
description:
  fr: "Un: cours"    # keep this comment
changelog:
  - version: 1.0.0
    changes:
      fr: 'L''été'
modules:
  - m1
  - m2
prompt: |
  Line one
  line two
after: 1
`;

describe('setYamlTexts', () => {
  it('adds a language to flow and block maps and lists, replaces values in their quoting, and touches nothing else', () => {
    const out = setYamlTexts(
      course,
      [
        { path: ['title', 'nl'], value: 'Minimale, cursus' },
        { path: ['description', 'nl'], value: 'Een: cursus' },
        { path: ['description', 'fr'], value: 'Un cours' },
        { path: ['changelog', 0, 'changes', 'fr'], value: "L'hiver" },
        { path: ['prompt'], value: 'Regel één\nregel twee' },
      ],
      [{ path: ['languages'], value: 'nl' }, { path: ['modules'], value: 'm3' }],
    );
    expect(out).toBe(`# yaml-language-server: $schema=../.schema/course.schema.json
id: x
languages: [fr, nl]
title: { fr: Cours minimal, nl: "Minimale, cursus" }   # short
description:
  fr: "Un cours"    # keep this comment
  nl: "Een: cursus"
changelog:
  - version: 1.0.0
    changes:
      fr: 'L''hiver'
modules:
  - m1
  - m2
  - m3
prompt: "Regel één\\nregel twee"
after: 1
`);
  });

  it('replaces a list of texts (accepted answers) in flow or block style', () => {
    const flow = setYamlTexts('answers: [a, "b c"]\n', [{ path: ['answers'], value: ['x', 'y: z', 'w'] }]);
    expect(flow).toBe('answers: [x, "y: z", w]\n');
    const block = setYamlTexts('q:\n  answers:\n    - a\n    - b\n  next: 1\n', [{ path: ['q', 'answers'], value: ['x'] }]);
    expect(parse(block)).toEqual({ q: { answers: ['x'], next: 1 } });
  });

  it('quotes what YAML would read otherwise', () => {
    for (const value of ['true', '42', '- item', '#tag', 'a: b', 'x #y', '[list]', "l'été", '"quoted"', '  padded  ', 'null']) {
      const out = setYamlTexts('t: plain\n', [{ path: ['t'], value }]);
      expect(parse(out).t, out).toBe(value);
    }
  });
});
