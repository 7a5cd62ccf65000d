import type { FormatId } from '../contract/player-data.ts';
import type { FormatAdapter } from './adapter.ts';
import { cmi5 } from './cmi5/index.ts';
import { scorm12 } from './scorm12/index.ts';
import { scorm2004 } from './scorm2004/index.ts';
import { web } from './web/index.ts';
import { xapi } from './xapi/index.ts';

/**
 * Formats this build can write, in the order they are built; `connectoo validate` asks them in
 * this order which one a package is, so `web` (any package with an index.html) stays last.
 */
export const formats: Partial<Record<FormatId, FormatAdapter>> = { scorm12, scorm2004, xapi, cmi5, web };
export const availableFormats = Object.keys(formats) as FormatId[];
export const adapters = (): FormatAdapter[] => Object.values(formats);
