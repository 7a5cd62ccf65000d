import type { FormatAdapter } from '../adapter.ts';
import { manifest } from './manifest.ts';

/** SCORM 1.2: imsmanifest.xml plus the four control schemas beside it. */
export const scorm12: FormatAdapter = {
  id: 'scorm12',
  runtimeEntry: 'entry-scorm12.ts',
  needsControlFiles: 'scorm12',
  files: ({ model, content, launch, controlFiles }) => [
    { path: 'imsmanifest.xml', data: manifest(model, launch, content.map((f) => f.path)) },
    ...controlFiles,
  ],
};
