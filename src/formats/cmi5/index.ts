import { LARGE_STATE_LIMIT } from '../../contract/state-limits.ts';
import type { FormatAdapter } from '../adapter.ts';
import { courseStructureXml } from './course-structure.ts';

/** cmi5: cmi5.xml at the root, the whole course as one AU. */
export const cmi5: FormatAdapter = {
  id: 'cmi5',
  title: 'cmi5',
  stateLimit: LARGE_STATE_LIMIT,
  // The LMS's LRS is named by the launch URL, at run time: any web origin.
  connectSrc: "'self' https: http:",
  runtimeEntry: 'entry-cmi5.ts',
  files: ({ model, launch, translations }) => [{ path: 'cmi5.xml', data: courseStructureXml(model, launch, false, translations) }],
  /** With `--split modules`: one package, one AU per module, instead of one package per module. */
  splitModules: {
    files: ({ model, launch, translations }) => [{ path: 'cmi5.xml', data: courseStructureXml(model, launch, true, translations) }],
  },
  packages: {
    controlFile: 'cmi5.xml',
    reads: ['cmi5.xml'],
    detect: (pkg) => pkg.names.has('cmi5.xml'),
    check: async (pkg, file, report) => (await import('../../validate/xapi-cmi5.ts')).checkCmi5(pkg, file, report),
    notChecked: async () => (await import('../../validate/xapi-cmi5.ts')).cmi5NotChecked,
  },
};
