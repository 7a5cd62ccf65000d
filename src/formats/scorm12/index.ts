import { SCORM12_SUSPEND_LIMIT } from '../../contract/state-limits.ts';
import { manifestScormVersion, type FormatAdapter } from '../adapter.ts';
import { scorm12ControlFiles } from './control-files.ts';
import { manifest } from './manifest.ts';

/** SCORM 1.2: imsmanifest.xml plus the four control schemas beside it. */
export const scorm12: FormatAdapter = {
  id: 'scorm12',
  title: 'SCORM 1.2',
  stateLimit: SCORM12_SUSPEND_LIMIT,
  connectSrc: "'none'",
  runtimeEntry: 'entry-scorm12.ts',
  controlFiles: scorm12ControlFiles,
  files: ({ model, content, launch, controlFiles }) => [
    { path: 'imsmanifest.xml', data: manifest(model, launch, content.map((f) => f.path)) },
    ...controlFiles,
  ],
  packages: {
    controlFile: 'imsmanifest.xml',
    reads: ['imsmanifest.xml', ...Object.keys(scorm12ControlFiles.sha256)],
    // Any imsmanifest.xml that neither uses a SCORM 2004 namespace nor declares a 2004 schema version, as LMSs read it.
    detect: (pkg) => pkg.names.has('imsmanifest.xml') && manifestScormVersion(pkg) === '1.2',
    check: async (pkg, file, report) => (await import('../../validate/scorm12.ts')).checkScorm12(pkg, file, report),
  },
  preview: { script: 'scorm-again/scorm12/min', constructorName: 'Scorm12API', apiName: 'API' },
};
