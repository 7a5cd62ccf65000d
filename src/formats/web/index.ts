import type { FormatAdapter } from '../adapter.ts';

/** A plain web package: opens in any browser, progress kept on the device. */
export const web: FormatAdapter = {
  id: 'web',
  runtimeEntry: 'entry-web.ts',
  files: () => [],
};
