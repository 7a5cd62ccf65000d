import { describe, expect, it } from 'vitest';
import { findApi, searchUp, type WindowLike } from '../../src/runtime/tracking/find-api.ts';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
});

/** A chain of `depth` windows above a leaf; the top one is its own parent, as in browsers. */
function chain(depth: number, at?: number, value: unknown = api()): WindowLike[] {
  const wins: WindowLike[] = Array.from({ length: depth + 1 }, () => ({}));
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  wins.forEach((w) => (w.top = wins[depth]));
  if (at !== undefined) wins[at]!.API = value;
  return wins;
}

describe('findApi', () => {
  it('finds the API on the window itself or a parent', () => {
    expect(findApi(chain(0, 0)[0]!)).not.toBeNull();
    expect(findApi(chain(3, 3)[0]!)).not.toBeNull();
    expect(findApi(chain(3)[0]!)).toBeNull();
  });
  it('climbs up to 500 parents, not more', () => {
    expect(findApi(chain(500, 500)[0]!)).not.toBeNull();
    expect(findApi(chain(501, 501)[0]!)).toBeNull();
  });
  it('treats a cross-origin parent as "not here"', () => {
    const wins = chain(2, 2);
    Object.defineProperty(wins[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findApi(wins[0]!)).not.toBeNull();
    const blocked: WindowLike = {};
    Object.defineProperty(blocked, 'parent', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(findApi(blocked)).toBeNull();
  });
  it('then looks in the opener and its parents', () => {
    const opener = chain(2, 2);
    const popup = chain(0)[0]!;
    popup.opener = opener[0]!;
    expect(findApi(popup)).toBe(opener[2]!.API);
  });
  it('then in the opener of the top window', () => {
    const frames = chain(1);
    const opener = chain(0, 0)[0]!;
    frames[1]!.opener = opener;
    expect(findApi(frames[0]!)).toBe(opener.API);
  });
  it('ignores an API that is not a SCORM 1.2 object', () => {
    expect(searchUp(chain(1, 1, { Initialize: () => 'true' })[0]!)).toBeNull();
    expect(searchUp(chain(1, 1, null)[0]!)).toBeNull();
  });
});
