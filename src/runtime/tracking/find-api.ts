/** Finds the SCORM 1.2 `API` object of the platform (FACTS §2.1); the same walk serves SCORM 2004. */

export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic?(code: string): unknown;
}

/** The bits of `Window` the search uses (a plain object in tests). */
export interface WindowLike {
  API?: unknown;
  /** SCORM 2004 (see scorm2004-api.ts). */
  API_1484_11?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  top?: WindowLike | null;
}

export const MAX_HOPS = 500;

function apiOf(win: WindowLike): Scorm12Api | null {
  try {
    const api = win.API as Partial<Scorm12Api> | undefined;
    return api && typeof api.LMSInitialize === 'function' ? (api as Scorm12Api) : null;
  } catch {
    return null;
  }
}

/** Walks `win` and its parents, at most `maxHops` steps up, for what `pick` finds on a window. */
export function searchUpFor<T>(start: WindowLike | null | undefined, pick: (win: WindowLike) => T | null, maxHops = MAX_HOPS): T | null {
  let win = start;
  for (let hops = 0; win && hops <= maxHops; hops++) {
    const api = pick(win);
    if (api) return api;
    let parent: WindowLike | null | undefined;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** Walks `win` and its parents, at most `maxHops` steps up. */
export function searchUp(start: WindowLike | null | undefined, maxHops = MAX_HOPS): Scorm12Api | null {
  return searchUpFor(start, apiOf, maxHops);
}

const read = <T>(get: () => T): T | null => {
  try {
    return get();
  } catch {
    return null;
  }
};

/** The parents first, then the window that opened this one (and its parents), then the opener of the top window. */
export function findApiWith<T>(win: WindowLike, pick: (win: WindowLike) => T | null, maxHops = MAX_HOPS): T | null {
  return (
    searchUpFor(win, pick, maxHops) ??
    searchUpFor(read(() => win.opener), pick, maxHops) ??
    searchUpFor(read(() => win.top?.opener), pick, maxHops)
  );
}

/** The SCORM 1.2 `API`, searched as `findApiWith` does. */
export function findApi(win: WindowLike, maxHops = MAX_HOPS): Scorm12Api | null {
  return findApiWith(win, apiOf, maxHops);
}
