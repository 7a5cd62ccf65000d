/** TinCan launch parameters, statement ids and scores, as the player reads and writes them. */
import { describe, expect, it } from 'vitest';
import { normalizeActor, readTinCanLaunch } from '../../src/runtime/tracking/xapi-launch.ts';
import { readCmi5Launch } from '../../src/runtime/tracking/cmi5.ts';
import { uuid } from '../../src/runtime/tracking/statement-builder.ts';
import { pageIri, questionIri } from '../../src/contract/activities.ts';
import { scoreOf } from '../../src/runtime/tracking/xapi.ts';
import type { PlayerData } from '../../src/contract/player-data.ts';

const q = (actor: unknown, extra: Record<string, string> = {}) =>
  `?${new URLSearchParams({ endpoint: 'https://lrs.example.org/xapi/', auth: 'Basic abc', actor: JSON.stringify(actor), ...extra })}`;

describe('TinCan launch', () => {
  it('reads endpoint, auth, actor, registration, activity_id and grouping', () => {
    const l = readTinCanLaunch(
      q({ mbox: 'mailto:a@b.org', name: 'A' }, { registration: 'B1E5F6A0-1234-4abc-8def-0123456789ab', activity_id: 'https://x.org/c', grouping: 'https://lms.org/g' }),
    );
    expect(l).toEqual({
      endpoint: 'https://lrs.example.org/xapi/',
      auth: 'Basic abc',
      actor: { objectType: 'Agent', name: 'A', mbox: 'mailto:a@b.org' },
      registration: 'B1E5F6A0-1234-4abc-8def-0123456789ab',
      activityId: 'https://x.org/c',
      grouping: [{ objectType: 'Activity', id: 'https://lms.org/g' }],
    });
  });

  it('needs an endpoint and an actor; a malformed registration is left out', () => {
    expect(readTinCanLaunch('?endpoint=x')).toBeNull();
    expect(readTinCanLaunch(q({ name: 'no identifier' }))).toBeNull();
    expect(readTinCanLaunch(q({ mbox: 'mailto:a@b.org' }, { registration: 'nope' }))!.registration).toBeUndefined();
  });

  it('turns the 0.9 actor shape into one 1.0 Agent with exactly one identifier', () => {
    expect(normalizeActor({ mbox: ['mailto:a@b.org'], name: ['Ann'] })).toEqual({ objectType: 'Agent', name: 'Ann', mbox: 'mailto:a@b.org' });
    expect(normalizeActor({ account: [{ accountServiceHomePage: 'https://lms.org', accountName: 'u7' }] })).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://lms.org', name: 'u7' },
    });
    expect(normalizeActor({ mbox: 'a@b.org', openid: 'https://id.org/a' })).toEqual({ objectType: 'Agent', mbox: 'mailto:a@b.org' });
  });
});

describe('cmi5 launch', () => {
  it('needs all five parameters', () => {
    const p = { endpoint: 'https://lrs/', fetch: 'https://lms/f', actor: '{"account":{"homePage":"h","name":"n"}}', registration: '0c8f4c52-3d55-4d3b-a0f4-5b8c3e2a1f00', activityId: 'https://lms/a' };
    expect(readCmi5Launch(`?${new URLSearchParams(p)}`)?.activityId).toBe('https://lms/a');
    for (const k of Object.keys(p)) {
      const less = new URLSearchParams(p);
      less.delete(k);
      expect(readCmi5Launch(`?${less}`), k).toBeNull();
    }
  });
});

describe('statement values', () => {
  it('makes distinct v4 UUIDs', () => {
    const ids = Array.from({ length: 200 }, uuid);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds activity ids under the course IRI', () => {
    expect(pageIri('https://x.org/c', 'm1/p 1')).toBe('https://x.org/c/m1/p%201');
    expect(questionIri('https://x.org/c', 'm1', 'q#1')).toBe('https://x.org/c/m1/q%231');
  });

  it('scores in points when questions weigh whole points, else on 0–100', () => {
    const data = (points: number[]) => ({ modules: [{ quiz: { questions: points.map((p) => ({ points: p })) } }] }) as unknown as PlayerData;
    expect(scoreOf(77.78, data([1, 2, 3, 3]))).toEqual({ scaled: 0.7778, raw: 7, min: 0, max: 9 });
    expect(scoreOf(62.5, data([0.5, 1.5]))).toEqual({ scaled: 0.625, raw: 63, min: 0, max: 100 });
  });
});
