import { describe, expect, it } from 'vitest';
import { indexCourse } from '../../src/runtime/course-index.ts';
import { aidFromCode, aidToCode, noAid, readStoredAid, storeAid, AID_STORAGE_KEY } from '../../src/runtime/reading-aid.ts';
import { newState } from '../../src/runtime/state.ts';
import { decodeState, encodeState } from '../../src/runtime/suspend-codec.ts';
import { makeData } from './runtime-fixtures.ts';

const index = indexCourse(makeData({ pages: [3, 2], questions: [2, 0] }));

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('reading aid code', () => {
  it('round-trips every combination in one character', () => {
    for (let n = 0; n < 8; n++) {
      const aid = { large: (n & 1) > 0, contrast: (n & 2) > 0, spacing: (n & 4) > 0 };
      expect(aidToCode(aid)).toHaveLength(1);
      expect(aidFromCode(aidToCode(aid))).toEqual(aid);
    }
    expect(aidToCode(noAid())).toBe('0');
  });
  it('refuses anything else', () => {
    for (const bad of ['', '8', 'z', '12', null, undefined]) expect(aidFromCode(bad)).toBeNull();
  });
  it('is kept on the device, and a refusing storage does not break anything', () => {
    const win = { localStorage: memoryStorage() };
    expect(readStoredAid(win)).toBeNull();
    storeAid(win, { large: true, contrast: false, spacing: true });
    expect(win.localStorage.getItem(AID_STORAGE_KEY)).toBe('5');
    expect(readStoredAid(win)).toEqual({ large: true, contrast: false, spacing: true });
    const refusing = {
      get localStorage(): Storage {
        throw new Error('denied');
      },
    };
    expect(() => storeAid(refusing, noAid())).not.toThrow();
    expect(readStoredAid(refusing)).toBeNull();
  });
});

describe('reading aid in the suspend data', () => {
  const base = () => {
    const s = newState(42);
    s.visited.add(index.pageIds[0]!);
    s.answers.set(index.questions[0]!.interactionId, { response: true, correct: true, tries: 1 });
    return s;
  };

  it('travels after the learner name, and comes back', () => {
    const s = { ...base(), learnerName: 'An Peeters', readingAid: { large: true, contrast: true, spacing: false } };
    const text = encodeState(index, s);
    expect(text.split('|')).toHaveLength(6);
    expect(text.endsWith('|An%20Peeters|3')).toBe(true);
    expect(decodeState(index, text)).toMatchObject({ learnerName: 'An Peeters', readingAid: s.readingAid });
  });

  it('keeps an empty name field when there is no name', () => {
    const text = encodeState(index, { ...base(), readingAid: { large: false, contrast: false, spacing: true } });
    expect(text.endsWith('||4')).toBe(true);
    const back = decodeState(index, text)!;
    expect(back.learnerName).toBeUndefined();
    expect(back.readingAid).toEqual({ large: false, contrast: false, spacing: true });
  });

  it('changes nothing for a learner who never chose an aid', () => {
    const withName = encodeState(index, { ...base(), learnerName: 'An' });
    expect(withName.split('|')).toHaveLength(5);
    expect(encodeState(index, base()).split('|')).toHaveLength(4);
  });

  it('loads suspend data written before the reading aid existed', () => {
    for (const old of ['1|16|B|0:3t', '1|16|B|0:3t|An%20Peeters']) {
      const s = decodeState(index, old)!;
      expect(s.readingAid).toBeUndefined();
      expect(s.visited).toEqual(new Set([index.pageIds[0]]));
      expect(s.answers.get(index.questions[0]!.interactionId)).toEqual({ response: true, correct: true, tries: 1 });
    }
    expect(decodeState(index, '1|16|B|0:3t|An%20Peeters|x')!.readingAid).toBeUndefined();
  });

  it('stays when the name has to go for lack of room', () => {
    const s = { ...base(), learnerName: 'A'.repeat(100), readingAid: { large: true, contrast: false, spacing: false } };
    const full = encodeState(index, s);
    const text = encodeState(index, s, full.length - 50);
    expect(text.endsWith('||1')).toBe(true);
    expect(decodeState(index, text)!.readingAid).toEqual(s.readingAid);
  });
});
