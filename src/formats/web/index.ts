import { LARGE_STATE_LIMIT } from '../../contract/state-limits.ts';
import type { FormatAdapter } from '../adapter.ts';

/** A plain web package: opens in any browser, progress kept on the device. */
export const web: FormatAdapter = {
  id: 'web',
  title: 'web',
  stateLimit: LARGE_STATE_LIMIT,
  connectSrc: "'none'",
  runtimeEntry: 'entry-web.ts',
  files: () => [],
  packages: {
    controlFile: 'index.html',
    reads: [],
    // Listed last: any package with a start page and no other format's control file.
    detect: (pkg) => pkg.names.has('index.html'),
    check: async () => {},
  },
};
