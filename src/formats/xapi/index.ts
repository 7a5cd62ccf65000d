import type { FormatAdapter } from '../adapter.ts';
import { tincanXml } from './tincan.ts';

/** xAPI (TinCan): tincan.xml at the root; the LMS launches index.html with the LRS in the query. */
export const xapi: FormatAdapter = {
  id: 'xapi',
  runtimeEntry: 'entry-xapi.ts',
  files: ({ model, translations, launch }) => [{ path: 'tincan.xml', data: tincanXml(model, launch, translations) }],
  packages: {
    controlFile: 'tincan.xml',
    reads: ['tincan.xml'],
    detect: (pkg) => pkg.names.has('tincan.xml') && !pkg.names.has('cmi5.xml'),
    check: async (pkg, file, report) => (await import('../../validate/xapi-cmi5.ts')).checkTincan(pkg, file, report),
  },
};
