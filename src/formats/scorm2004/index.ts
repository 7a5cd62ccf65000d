import { LARGE_STATE_LIMIT } from '../../contract/state-limits.ts';
import { manifestScormVersion, type FormatAdapter, type PackageInput } from '../adapter.ts';
import { scorm2004ControlFiles } from './control-files.ts';
import { manifest } from './manifest.ts';

const packageFiles = (split: boolean) => ({ model, translations, content, launch, controlFiles }: PackageInput) => [
  { path: 'imsmanifest.xml', data: manifest(model, translations, launch, content.map((f) => f.path), split) },
  ...controlFiles,
];

/** SCORM 2004 4th edition: imsmanifest.xml plus the 4th edition control schemas beside it; the player speaks API_1484_11. */
export const scorm2004: FormatAdapter = {
  id: 'scorm2004',
  title: 'SCORM 2004',
  stateLimit: LARGE_STATE_LIMIT,
  connectSrc: "'none'",
  runtimeEntry: 'entry-scorm2004.ts',
  controlFiles: scorm2004ControlFiles,
  files: packageFiles(false),
  /** With `--split modules`: one package, one SCO per module, each opening once the previous one is completed. */
  splitModules: { files: packageFiles(true) },
  packages: {
    controlFile: 'imsmanifest.xml',
    reads: ['imsmanifest.xml', ...Object.keys(scorm2004ControlFiles.sha256)],
    // Every edition (2nd, 3rd, 4th): the checks an import relies on apply to all; the report names the edition.
    detect: (pkg) => pkg.names.has('imsmanifest.xml') && manifestScormVersion(pkg) === '2004',
    check: async (pkg, file, report) => (await import('./check.ts')).checkScorm2004(pkg, file, report),
    notChecked: async (pkg) => (await import('./check.ts')).notChecked(pkg),
  },
  preview: { script: 'scorm-again/scorm2004/min', constructorName: 'Scorm2004API', apiName: 'API_1484_11' },
};
