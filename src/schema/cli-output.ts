/**
 * What `connectoo build|check|validate --json` prints on stdout: one JSON document per run, for CI.
 * The JSON Schema generated from it is committed as courses/.schema/cli-output.schema.json
 * (`connectoo schema` writes it; a test keeps it current). `schemaVersion` changes only when a field
 * is removed or changes meaning; new optional fields may appear within a version.
 */
import { z } from 'zod';

export const cliOutputSchemaVersion = 1;

const count = z.number().int().min(0);

export const CliDiagnostic = z
  .object({
    file: z.string().describe('Path relative to the current folder, forward slashes; inside a zip: <zip>!/<entry>'),
    line: z.number().int().min(0).describe('1-based; 0 when the whole file is concerned'),
    column: z.number().int().min(0).describe('1-based; 0 when the whole file or line is concerned'),
    rule: z.string().describe('Stable rule id, e.g. quiz/no-correct-answer, scorm12/launch (README lists them)'),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    hint: z.string().optional().describe('What to do, in plain words'),
    count: z.number().int().min(1).optional().describe('validate: how many findings this diagnostic stands for, when repeats are grouped'),
  })
  .strict()
  .meta({ id: 'Diagnostic' });

const Counts = z.object({ errors: count, warnings: count }).strict().meta({ id: 'Counts', description: 'Every finding, grouped ones included' });

export const CliBuildOutput = z
  .object({
    file: z.string().describe('Path relative to the current folder'),
    kind: z.enum(['package', 'badge', 'answer-key']),
    course: z.string(),
    language: z.string(),
    version: z.string(),
    format: z.enum(['scorm12', 'scorm2004', 'xapi', 'cmi5', 'web']).optional().describe('Packages only'),
    module: z.string().optional().describe('Packages of one module (--split modules)'),
    bytes: count,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict()
  .meta({ id: 'Output' });

export const CliVerdict = z
  .object({
    file: z.string().describe('The zip, relative to the current folder'),
    kind: z.enum(['scorm12', 'scorm2004', 'aicc', 'xapi', 'cmi5', 'web', 'unknown']).describe('What the zip is (xapi: TinCan; unknown: not a package)'),
    identified: z.string().describe('The same in words, e.g. "SCORM 2004 3rd edition", "web only", "not a package"'),
    edition: z.enum(['2nd', '3rd', '4th', 'unknown']).optional().describe('SCORM 2004 only'),
    verdict: z
      .enum(['ready', 'imports-with-problems', 'will-not-import', 'web-only'])
      .describe('What an LMS will do: import it as it is, import it despite conformance findings (warnings), refuse or break it (errors); web-only: not an LMS package'),
    counts: Counts,
    notChecked: z.array(z.string()).describe('What validate did not check for this package'),
  })
  .strict()
  .meta({ id: 'Verdict' });

const common = {
  schemaVersion: z.literal(cliOutputSchemaVersion),
  tool: z.object({ name: z.literal('connectoo'), version: z.string() }).strict(),
  ok: z.boolean().describe('The run succeeded: exitCode is 0'),
  exitCode: z.union([z.literal(0), z.literal(1), z.literal(2)]).describe('0 success, 1 errors (validate: a package will not import, or --strict and a warning), 2 usage error'),
  usageError: z.string().optional().describe('Why the command line was refused (exitCode 2)'),
  counts: Counts,
  diagnostics: z.array(CliDiagnostic),
};

export const CliOutput = z.discriminatedUnion('command', [
  z.object({ command: z.literal('build'), ...common, outputs: z.array(CliBuildOutput).describe('Files written (nothing when the build has errors)') }).strict(),
  z.object({ command: z.literal('check'), ...common }).strict(),
  z.object({ command: z.literal('validate'), ...common, strict: z.boolean(), verdicts: z.array(CliVerdict) }).strict(),
]);
export type CliOutput = z.infer<typeof CliOutput>;
export type CliDiagnostic = z.infer<typeof CliDiagnostic>;
export type CliBuildOutput = z.infer<typeof CliBuildOutput>;
export type CliVerdict = z.infer<typeof CliVerdict>;
