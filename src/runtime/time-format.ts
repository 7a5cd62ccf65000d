/** Time values as SCORM 1.2, SCORM 2004 and xAPI write them. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`: 2–4 hour digits, at most two decimals.
 * Negative or invalid spans give `00:00:00`; spans beyond `9999:59:59.99` are capped.
 */
export function cmiTimespan(ms: number): string {
  let cs = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  cs = Math.min(cs, 9999 * 360000 + 59 * 6000 + 59 * 100 + 99);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const frac = cs % 100;
  return `${pad(h, h > 99 ? String(h).length : 2)}:${pad(m)}:${pad(s)}${frac ? `.${pad(frac)}` : ''}`;
}

/** SCORM 1.2 CMITime: local time of day `HH:MM:SS`. */
export function cmiTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** ISO 8601 duration in seconds with at most two decimals (`PT95.5S`), as xAPI and cmi5 want. */
export function isoDuration(ms: number): string {
  const cs = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  const s = cs / 100;
  return `PT${String(s)}S`;
}

/** SCORM 2004 time (RTE 4.1.1.10): UTC date and time to the hundredth, `2026-01-01T09:05:07.25Z`. */
export function scorm2004Time(date: Date): string {
  return `${date.toISOString().slice(0, 22)}Z`;
}
