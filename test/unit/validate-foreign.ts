/**
 * Packages in the style of other authoring tools, made by hand for the validate tests: SCORM 1.2 and
 * 2004 manifests as exporters write them (their own control schemas, extension metadata), TinCan,
 * cmi5 and AICC course files, web zips. Each is a zip in a temporary folder.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scorm2004ControlFiles } from '../../src/formats/scorm2004/control-files.ts';
import { controlFilesDir } from '../../src/sources/read-tool-files.ts';
import { validatePackage, type PackageReport } from '../../src/validate/index.ts';
import { packageReport, verdictLine } from '../../src/cli/validate-report.ts';
import { controlFileFromNpm, scorm12ControlFiles } from '../helpers/xsd.ts';
import { zipFile } from './validate-built.ts';
import { deflated, type RawEntry } from './validate-zip-bytes.ts';

export type Files = Record<string, string | Buffer>;

const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

/** The four SCORM 1.2 control schemas as published, or with LF line endings (as some exporters ship them). */
export const scorm12Schemas = (edit: (xsd: string) => string = (x) => x): Files =>
  Object.fromEntries(scorm12ControlFiles.map((n) => [n, Buffer.from(edit(controlFileFromNpm(n).toString('utf8')))]));
export const lfEndings = (x: string) => x.replace(/\r\n/g, '\n');

export interface Scorm12Options {
  metadata?: string;
  launch?: string;
  files?: string[];
  item?: string;
  organizations?: string;
}

/** A SCORM 1.2 manifest as exporters write it: one SCO, its files listed, a mastery score. */
export function scorm12Manifest(o: Scorm12Options = {}): string {
  const files = o.files ?? ['index_lms.html', 'story_content/slides.js', 'story_content/style.css'];
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<manifest identifier="SafetyBasics_ABC123" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>${o.metadata ?? '<schema>ADL SCORM</schema><schemaversion>1.2</schemaversion>'}</metadata>
  ${o.organizations ?? `<organizations default="SafetyBasics_ORG">
    <organization identifier="SafetyBasics_ORG">
      <title>Safety basics</title>
      ${o.item ?? '<item identifier="SafetyBasics_SCO" identifierref="SafetyBasics_RES" isvisible="true"><title>Safety basics</title><adlcp:masteryscore>80</adlcp:masteryscore></item>'}
    </organization>
  </organizations>`}
  <resources>
    <resource identifier="SafetyBasics_RES" type="webcontent" adlcp:scormtype="sco" href="${o.launch ?? 'index_lms.html'}">
${files.map((f) => `      <file href="${f}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The content files a SCORM 1.2 package of scorm12Manifest() lists. */
export const scorm12Content: Files = {
  'index_lms.html': page('Safety basics'),
  'story_content/slides.js': 'window.slides = [];',
  'story_content/style.css': 'body { margin: 0 }',
};

/** A SCORM 2004 manifest of any edition (`version`: the <schemaversion>, or none). */
export function scorm2004Manifest(o: { version?: string; launch?: string; files?: string[] } = {}): string {
  const files = o.files ?? ['shared/launch.html', 'shared/style.css'];
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.fire-safety" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>${o.version === undefined ? '' : `
    <schemaversion>${o.version}</schemaversion>`}
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>Fire safety</title>
      <item identifier="ITEM-1" identifierref="RES-1">
        <title>Fire safety</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="PRIMARY" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
      <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormType="sco" href="${o.launch ?? 'shared/launch.html'}">
${files.map((f) => `      <file href="${f}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export const scorm2004Content: Files = { 'shared/launch.html': page('Fire safety'), 'shared/style.css': 'body { margin: 0 }' };
/** Stand-ins for the schema files a 2004 manifest names (their content is not compared below the 4th edition). */
export const scorm2004SchemaNames = ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'adlseq_v1p3.xsd', 'adlnav_v1p3.xsd', 'imsss_v1p0.xsd'];
export const scorm2004OwnSchemas: Files = Object.fromEntries(scorm2004SchemaNames.map((n) => [n, '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>']));
/** The 4th edition control schemas as published (connectoo's own packages carry these). */
export const scorm2004Published = (): Files =>
  Object.fromEntries(Object.keys(scorm2004ControlFiles.sha256).map((n) => [n, readFileSync(join(controlFilesDir(scorm2004ControlFiles), n))]));

export const tincanXml = (launch = 'story.html') => `<?xml version="1.0" encoding="utf-8" ?>
<tincan xmlns="http://projecttincan.com/tincan.xsd">
  <activities>
    <activity id="http://example.com/courses/fire-safety" type="http://adlnet.gov/expapi/activities/course">
      <name lang="en-US">Fire safety</name>
      <description lang="en-US">What to do when the alarm rings.</description>
      <launch lang="en-US">${launch}</launch>
    </activity>
    <activity id="http://example.com/courses/fire-safety/quiz" type="http://adlnet.gov/expapi/activities/assessment">
      <name lang="en-US">Quiz</name>
      <description lang="en-US">Five questions.</description>
    </activity>
  </activities>
</tincan>
`;

export const cmi5Xml = (o: { url?: string; mastery?: string } = {}) => `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://example.com/courses/fire-safety">
    <title><langstring lang="en-US">Fire safety</langstring></title>
    <description><langstring lang="en-US">What to do when the alarm rings.</langstring></description>
  </course>
  <au id="https://example.com/courses/fire-safety/au1" moveOn="CompletedAndPassed" masteryScore="${o.mastery ?? '0.8'}">
    <title><langstring lang="en-US">Fire safety</langstring></title>
    <description><langstring lang="en-US">The whole course.</langstring></description>
    <url>${o.url ?? 'content/index.html?lang=en'}</url>
  </au>
</courseStructure>
`;

/** The four AICC course files, as AICC exporters write them (CSV with quoted headers). */
export const aiccFiles = (launch = 'course/index.html'): Files => ({
  'course.crs': '[Course]\r\nCourse_Creator="Other Tool"\r\nCourse_ID="FIRE01"\r\nCourse_System="HTML"\r\nCourse_Title="Fire safety"\r\nLevel="1"\r\nMax_Fields_CST=2\r\nTotal_AUs=1\r\nTotal_Blocks=0\r\nVersion=3.4\r\n[Course_Behavior]\r\nMax_Normal=1\r\n[Course_Description]\r\nWhat to do when the alarm rings.\r\n',
  'course.au': `"System_ID","Type","Command_Line","File_Name","Core_Vendor","Max_Score","Mastery_Score","Max_Time_Allowed","Time_Limit_Action","System_Vendor","Web_Launch","AU_Password"\r\n"A1","HTML","","${launch}","","100","80","","","","",""\r\n`,
  'course.des': '"System_ID","Developer_ID","Title","Description"\r\n"A1","FIRE01-A1","Fire safety","The whole course."\r\n',
  'course.cst': '"Block","Member"\r\n"Root","A1"\r\n',
});

export const webFiles: Files = { 'index.html': page('Fire safety'), 'css/site.css': 'body { margin: 0 }', 'img/logo.png': Buffer.from('89504e470d0a1a0a', 'hex') };

/** Writes the files as a zip (names as given: unsafe ones too) and validates it. */
export async function validateFiles(files: Files, name = 'package.zip'): Promise<PackageReport & { lines: string[]; verdictText: string }> {
  const entries: RawEntry[] = Object.entries(files).map(([n, data]) => deflated(n, data));
  const zip = await zipFile(entries, name);
  const r = await validatePackage(zip);
  const o = { cwd: join(zip, '..'), strict: false, quiet: false, color: false };
  return { ...r, lines: packageReport(r, o), verdictText: verdictLine(r, o).slice(basename(zip).length + 2) };
}

/** Rules of the findings, with their severity: "warning scorm12/control-files". */
export const findings = (r: PackageReport) => r.diagnostics.map((d) => `${d.severity} ${d.rule}`).sort();
