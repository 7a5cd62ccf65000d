/**
 * The cmi5 statements the player builds follow FACTS §5.4–5.6, and the checker the browser tests
 * rely on does catch each kind of violation.
 */
import { describe, expect, it } from 'vitest';
import { cmi5SessionProblems, validationProblems } from '../helpers/lrs-checks.ts';
import { activity, ActivityType } from '../../src/contract/activities.ts';
import { CMI5, experienced, lifecycle, mergeContext, type StatementScope } from '../../src/runtime/tracking/statement-builder.ts';
import { courseStructureXml, masteryDecimal, moveOnOf } from '../../src/formats/cmi5/course-structure.ts';

const publisherId = 'https://connectoo.example.org/courses/c/au';
const activityId = 'https://lms.example.org/activities/42';
const sessionId = '7b2d3c1e-8f4a-4b6c-9d0e-1f2a3b4c5d6e';
const template = {
  contextActivities: { grouping: [{ objectType: 'Activity' as const, id: publisherId }] },
  extensions: { [CMI5.sessionId]: sessionId },
};
const scope: StatementScope = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'u1' } },
  registration: '0c8f4c52-3d55-4d3b-a0f4-5b8c3e2a1f00',
  lang: 'fr',
  iri: 'https://connectoo.example.org/courses/c',
  course: activity('https://connectoo.example.org/courses/c', ActivityType.course, 'fr', 'Cours'),
  cmi5: { activityId, template, masteryScore: 0.8 },
};
const rules = (mode = 'Normal') => ({ activityId, publisherId, sessionId, mode, masteryScore: 0.8 });
const score = { scaled: 0.9, raw: 9, min: 0, max: 10 };

function session(): any[] {
  return [
    lifecycle(scope, 'initialized'),
    experienced(scope, { id: 'm1', title: 'Module 1' }, { id: 'm1/p1', title: 'Page 1' }),
    lifecycle(scope, 'completed', { completion: true, duration: 'PT5S' }),
    lifecycle(scope, 'passed', { success: true, score, duration: 'PT6S' }),
    lifecycle(scope, 'terminated', { duration: 'PT7S' }),
  ].map((s, i) => ({ ...s, timestamp: `2026-01-01T00:00:0${i}.000Z` }));
}

describe('cmi5 statements', () => {
  it('a whole session built by the player breaks no rule and passes xapi-validation', () => {
    const s = session();
    expect(cmi5SessionProblems(s, rules())).toEqual([]);
    expect(validationProblems(s)).toEqual([]);
  });

  it('cmi5-defined statements use the launch activityId, the cmi5 category, moveon only when judged', () => {
    const [init, page, completed] = session();
    expect((init!.object as any).id).toBe(activityId);
    expect((init!.context as any).contextActivities.category.map((c: any) => c.id)).toEqual([CMI5.category]);
    expect((completed!.context as any).contextActivities.category.map((c: any) => c.id)).toEqual([CMI5.category, CMI5.moveOn]);
    expect((page!.context as any).contextActivities.category).toBeUndefined();
    expect((page!.context as any).extensions[CMI5.sessionId]).toBe(sessionId);
  });

  it('the context template is never overwritten, only added to', () => {
    const merged = mergeContext(template, { registration: 'r', extensions: { [CMI5.sessionId]: 'other', x: 1 }, contextActivities: { grouping: [{ objectType: 'Activity', id: 'c' }] } });
    expect(merged.extensions).toEqual({ [CMI5.sessionId]: sessionId, x: 1 });
    expect((merged.contextActivities!.grouping as any[]).map((a) => a.id)).toEqual([publisherId, 'c']);
    expect(template.contextActivities.grouping).toHaveLength(1);
  });

  it('the checker catches each kind of violation', () => {
    const bad = (edit: (s: any[]) => void, mode = 'Normal') => {
      const s = JSON.parse(JSON.stringify(session()));
      edit(s);
      return cmi5SessionProblems(s, rules(mode));
    };
    expect(bad((s) => ([s[0].timestamp, s[4].timestamp] = [s[4].timestamp, s[0].timestamp]))).toEqual(['first statement is terminated', 'last statement is initialized']);
    expect(bad((s) => s[1].context.contextActivities.category = [{ id: CMI5.category }])).toEqual([expect.stringMatching(/allowed statement with the cmi5 category/)]);
    expect(bad((s) => delete s[3].result.duration)).toEqual([expect.stringMatching(/passed .*duration/)]);
    expect(bad((s) => (s[3].object.id = publisherId))).toEqual([expect.stringMatching(/not the launch activityId/)]);
    expect(bad((s) => (s[3].result.score.scaled = 0.5))).toEqual([expect.stringMatching(/scaled 0.5 against mastery/)]);
    expect(bad((s) => s[0].context.contextActivities.category.push({ id: CMI5.moveOn }))).toEqual([expect.stringMatching(/moveon category present/)]);
    expect(bad(() => {}, 'Browse')).toEqual(['completed sent in Browse mode', 'passed sent in Browse mode']);
    expect(bad((s) => s.splice(3, 0, { ...s[3], id: 'x', verb: { id: 'http://adlnet.gov/expapi/verbs/failed' }, result: { success: false, duration: 'PT1S' } }))).toEqual(
      expect.arrayContaining(['both passed and failed in one session']),
    );
  });
});

describe('cmi5.xml values', () => {
  it('maps the completion rule to moveOn and the 0–100 mastery to 0–1', () => {
    expect(moveOnOf('pages', true)).toBe('Completed');
    expect(moveOnOf('quiz', true)).toBe('Passed');
    expect(moveOnOf('pages-and-quiz', true)).toBe('CompletedAndPassed');
    expect(moveOnOf('quiz', false)).toBe('Completed');
    expect(masteryDecimal(80)).toBe('0.8');
    expect(masteryDecimal(66.666)).toBe('0.6667');
    expect(masteryDecimal(100)).toBe('1');
  });

  it('escapes what it writes', () => {
    const xml = courseStructureXml({ iri: 'https://x.org/c?a=1&b=2', lang: 'fr', title: 'A <b> & "c"', description: '', completion: 'pages', masteryScore: 80, modules: [] } as never, 'index.html', false);
    expect(xml).toContain('id="https://x.org/c?a=1&amp;b=2"');
    expect(xml).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });
});
