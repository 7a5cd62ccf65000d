/**
 * Calls to a SCORM run-time API (1.2 or 2004) that never throw: a call that throws or fails is
 * logged with the LMS's own error code and words, and the player goes on.
 */
export interface ScormCallOptions {
  /** The API's GetValue function name: an empty answer from it is the one that signals an error. */
  getValue: string;
  lastError: () => unknown;
  errorString: (code: string) => unknown;
  /** Error codes that are no problem (SCORM 2004's 403: a value the LMS has not set yet). */
  benign?: readonly string[];
  log: (message: string) => void;
  /** After the session ended, calls do nothing. */
  ended: () => boolean;
}

export function scormCaller(o: ScormCallOptions) {
  const checkError = (fn: string, what: string): void => {
    try {
      const code = String(o.lastError());
      if (code && code !== '0' && !o.benign?.includes(code)) o.log(`connectoo: ${fn}(${what}) failed: ${code} ${String(o.errorString(code))}`);
    } catch {
      // The platform cannot even report errors; nothing more to do.
    }
  };
  return (fn: string, run: () => unknown, what = ''): string => {
    if (o.ended()) return '';
    let result: unknown;
    try {
      result = run();
    } catch (e) {
      o.log(`connectoo: ${fn}(${what}) threw ${String(e)}`);
      return '';
    }
    const text = result === undefined || result === null ? '' : String(result);
    if (fn !== o.getValue ? text !== 'true' : text === '') checkError(fn, what);
    return text;
  };
}
