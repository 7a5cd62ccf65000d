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
    // Web pages and no other format's control file. Not an LMS package: validate says so and checks nothing.
    detect: (pkg) => [...pkg.names].some((n) => /\.x?html?$/i.test(n)),
    check: async () => {},
    lms: false,
  },
};
