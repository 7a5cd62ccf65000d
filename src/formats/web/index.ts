import type { FormatAdapter } from '../adapter.ts';

/** A plain web package: opens in any browser, progress kept on the device. */
export const web: FormatAdapter = {
  id: 'web',
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
