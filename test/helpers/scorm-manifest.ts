/** Reads a SCORM 1.2 manifest for assertions, with the same reader `connectoo validate` uses. */
import { readManifest as read, type ManifestInfo } from '../../src/validate/scorm12.ts';
import { parseXml } from '../../src/validate/xml.ts';

export type { ManifestInfo };
export { ns } from '../../src/validate/scorm12.ts';

export function readManifest(xml: string | Buffer): ManifestInfo {
  const { doc, error } = parseXml(xml.toString());
  if (!doc) throw new Error(`imsmanifest.xml is not well-formed: ${error?.message}`);
  return read(doc);
}
