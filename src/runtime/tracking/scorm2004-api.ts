/**
 * The SCORM 2004 run-time API (`API_1484_11`, IEEE 1484.11.2): eight functions, every argument and
 * result a string ("true"/"false" for the calls that succeed or fail). Found as the 1.2 `API` is.
 */
import { findApiWith, MAX_HOPS, type WindowLike } from './find-api.ts';

export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic?(code: string): unknown;
}

function apiOf(win: WindowLike): Scorm2004Api | null {
  try {
    const api = win.API_1484_11 as Partial<Scorm2004Api> | undefined;
    return api && typeof api.Initialize === 'function' && typeof api.SetValue === 'function' ? (api as Scorm2004Api) : null;
  } catch {
    return null;
  }
}

/** `API_1484_11` on this window or a parent, then on the opener and its parents. */
export function findApi2004(win: WindowLike, maxHops = MAX_HOPS): Scorm2004Api | null {
  return findApiWith(win, apiOf, maxHops);
}
