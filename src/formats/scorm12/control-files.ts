import type { ControlFileSet } from '../adapter.ts';

/** The four SCORM 1.2 control schemas (IMS CP 1.1.2, ADL extensions, IMS MD 1.2.1, xml:), as published. */
export const scorm12ControlFiles: ControlFileSet = {
  npmPackage: 'node-scorm-packager',
  dir: 'lib/schemas/definitionFiles/scorm12edition',
  sha256: {
    'imscp_rootv1p1p2.xsd': 'd9ee699094e0db4518cf0143c81873d196b2683cf1c5ed770f108239ee079dda',
    'adlcp_rootv1p2.xsd': '173decaf9cd31ea847e6ff6853c702137974aca6b56567151aa4a885e0aa4883',
    'imsmd_rootv1p2p1.xsd': '51310a1097f373e619e54ef2ba9c050117de4822e6119a1cc2a3d07cfe450db9',
    'ims_xml.xsd': '5209ff1d1e89cac16e797a2cdb0d5f345343ad97c1b125483a4bc6fc29319bd5',
  },
};
