/**
 * The reading aid a learner can switch on: larger text, higher contrast, more spacing.
 * Written as one base-36 digit (one bit per option) in the learner's state and on the device.
 */

export const aidOptions = ['large', 'contrast', 'spacing'] as const;
export type AidOption = (typeof aidOptions)[number];
export type ReadingAid = Record<AidOption, boolean>;

/** Device storage key: one for every course, as it is the learner's way of reading. */
export const AID_STORAGE_KEY = 'connectoo:reading-aid';

export const noAid = (): ReadingAid => ({ large: false, contrast: false, spacing: false });

export function aidToCode(aid: ReadingAid): string {
  return aidOptions.reduce((n, option, i) => n | (aid[option] ? 1 << i : 0), 0).toString(36);
}

/** The aid written by `aidToCode`; null for anything else. */
export function aidFromCode(code: string | null | undefined): ReadingAid | null {
  if (!code || !/^[0-7]$/.test(code)) return null;
  const n = parseInt(code, 36);
  const aid = noAid();
  aidOptions.forEach((option, i) => (aid[option] = (n & (1 << i)) !== 0));
  return aid;
}

/** The class on `<html>` that turns an option on (see player.css). */
export const aidClass = (option: AidOption): string => `cx-aid-${option}`;

type StorageHost = { localStorage?: Storage } | null | undefined;

export function readStoredAid(win: StorageHost): ReadingAid | null {
  try {
    return aidFromCode(win?.localStorage?.getItem(AID_STORAGE_KEY));
  } catch {
    return null;
  }
}

export function storeAid(win: StorageHost, aid: ReadingAid): void {
  try {
    win?.localStorage?.setItem(AID_STORAGE_KEY, aidToCode(aid));
  } catch {
    // Storage refused: the choice lasts for this visit (and in the learner's state).
  }
}
