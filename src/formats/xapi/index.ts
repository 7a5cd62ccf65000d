import { LARGE_STATE_LIMIT } from '../../contract/state-limits.ts';
import type { FormatAdapter } from '../adapter.ts';
import { tincanXml } from './tincan.ts';

/** xAPI (TinCan): tincan.xml at the root; the LMS launches index.html with the LRS in the query. */
export const xapi: FormatAdapter = {
  id: 'xapi',
  title: 'xAPI',
  stateLimit: LARGE_STATE_LIMIT,
  // The LRS is named by the launch URL, at run time: any web origin.
  connectSrc: "'self' https: http:",
  runtimeEntry: 'entry-xapi.ts',
  files: ({ model, translations, launch }) => [{ path: 'tincan.xml', data: tincanXml(model, launch, translations) }],
  packages: {
    controlFile: 'tincan.xml',
    reads: ['tincan.xml'],
    detect: (pkg) => pkg.names.has('tincan.xml') && !pkg.names.has('cmi5.xml'),
    check: async (pkg, file, report) => (await import('../../validate/xapi-cmi5.ts')).checkTincan(pkg, file, report),
    notChecked: async () => (await import('../../validate/xapi-cmi5.ts')).tincanNotChecked,
  },
};
