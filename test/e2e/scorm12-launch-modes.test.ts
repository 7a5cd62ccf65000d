/**
 * The SCORM 1.2 package launched in a popup (the API is on window.opener): a learner who gets
 * most answers wrong, retries one question, and leaves by closing the window. With retries left the
 * LMS is told `incomplete` with no score under the default reporting policy, `failed` with the score
 * under `passed-failed` (README, "Reporting policy").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { useBrowser } from '../helpers/browser.ts';
import { courseWith } from '../helpers/course-copy.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { scormPackage, type ScormPackage } from '../helpers/course-build.ts';
import { readFixtureCourse } from '../helpers/fixture-course.ts';
import { callOrderProblems, interactionProblems, lastSet, type Expected } from '../helpers/interaction-checks.ts';
import { Learner } from '../helpers/player.ts';
import { firstSessionCmi, installHost, launchInLms } from '../helpers/scorm-host.ts';
import { isCorrect, rightResponse, wrongResponse } from '../helpers/scorm-oracle.ts';
import { startServer, type StaticServer } from '../helpers/server.ts';

const fixture = 'e2e-all-types';
const course = readFixtureCourse(fixture, 'fr');
const browser = useBrowser();
let server: StaticServer;
const packages: Record<string, ScormPackage> = {};

beforeAll(async () => {
  packages['passed-incomplete'] = await scormPackage(fixture, 'fr');
  const dir = await courseWith(fixture, { 'course.yaml': (t) => t.replace('completion: pages-and-quiz', 'completion: pages-and-quiz\nreporting: passed-failed') });
  packages['passed-failed'] = await scormPackage(path.relative(fixturesDir, dir), 'fr');
  server = await startServer();
  installHost(server);
  for (const [policy, pkg] of Object.entries(packages)) server.mount(policy, pkg.dir);
});
afterAll(() => server?.close());

describe.each(['passed-incomplete', 'passed-failed'])('SCORM 1.2 in a popup, failing run, reporting %s', (policy) => {
  it('records a retry as a new interaction, keeps exit=suspend while retries remain, tells the LMS what the policy says', async () => {
    const pkg = packages[policy]!;
    const page = await browser().newPage();
    const s = await launchInLms(page, server, { cmi: firstSessionCmi(pkg.masteryScore), window: 'popup', sco: `/${policy}/index.html` });
    const learner = new Learner(s.sco);
    await learner.ready();
    expect(await s.sco.evaluate(() => window.parent === window && window.opener !== null)).toBe(true);

    const [m1, m2] = course.modules as [(typeof course.modules)[0], (typeof course.modules)[0]];
    await learner.nextUntil((w) => w === `quiz:${m1.id}`);

    // An incomplete answer is refused and recorded nowhere.
    const region = m1.quiz!.questions.find((x) => x.type === 'fill-in')!;
    await learner.question(m1.id, region.id).locator('[data-action="submit"]').click();
    expect((await learner.state()).answers[`${m1.id}-${region.id}`]).toBeUndefined();

    const answers: Expected[] = [];
    const [first, ...rest] = m1.quiz!.questions;
    answers.push({ module: m1.id, q: first!, r: wrongResponse(first!) });
    answers.push({ module: m1.id, q: first!, r: rightResponse(first!) });
    for (const q of rest) answers.push({ module: m1.id, q, r: wrongResponse(q) });
    for (const e of answers) await learner.answer(e.module, e.q.id, e.r);
    const afterRetry = await learner.state();
    expect(afterRetry.answers[`${m1.id}-${first!.id}`]).toMatchObject({ correct: true, tries: 2 });

    await learner.next();
    await learner.nextUntil((w) => w === `quiz:${m2.id}`);
    const m2answers = m2.quiz!.questions.map((q) => ({ module: m2.id, q, r: wrongResponse(q) }));
    for (const e of m2answers) await learner.answer(e.module, e.q.id, e.r);
    answers.push(...m2answers);

    const st = await learner.state();
    const finals = [...new Map(answers.map((e) => [`${e.module}-${e.q.id}`, e])).values()];
    const total = finals.reduce((n, e) => n + (e.q.points ?? 1), 0);
    const earned = finals.filter((e) => isCorrect(e.q, e.r)).reduce((n, e) => n + (e.q.points ?? 1), 0);
    expect(st.status).toBe('failed');
    expect(st.score).toBeCloseTo((100 * earned) / total, 2);
    const retriesLeft = course.modules.some((m) => (m.quiz?.attempts ?? 0) === 0);
    expect(st.finished).toBe(!retriesLeft);

    await learner.next();
    expect(await learner.where()).toBe('certificate');
    expect(await s.sco.locator('[data-certificate-body]').isVisible(), 'certificate stays locked').toBe(false);

    await s.leave();
    const log = await s.log();
    const stored = (await s.stored())!;
    expect(callOrderProblems(log, 0)).toEqual([]);
    expect(interactionProblems(stored, answers)).toEqual([]);
    expect(retriesLeft, 'the fixture lets the learner retry').toBe(true);
    if (policy === 'passed-failed') {
      expect(lastSet(log, 'cmi.core.lesson_status'), 'status set by the SCO itself').toBe('failed');
      expect(stored.core.lesson_status).toBe('failed');
      expect(Number(stored.core.score.raw)).toBeCloseTo((100 * earned) / total, 2);
    } else {
      // The learner can still improve: nothing the LMS's mastery override could turn into failed.
      expect(lastSet(log, 'cmi.core.lesson_status')).toBe('incomplete');
      expect(stored.core.lesson_status).toBe('incomplete');
      expect(stored.core.score.raw).toBe('');
    }
    expect(stored.core.exit).toBe('suspend');
    expect(stored.suspend_data.length).toBeLessThanOrEqual(4096);
    await page.close();
  });
});
