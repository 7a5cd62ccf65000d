/**
 * `connectoo build|check|new|validate|preview|schema`: a thin layer over src/index.ts.
 * Exit 0 ok, 1 author errors, 2 usage errors. The API is loaded only for a command that needs it,
 * so `--help` and `--version` start fast.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { join, relative, resolve } from 'node:path';
import type { BuildOptions, BuildResult } from '../index.ts';
import { availableFormats } from '../formats/index.ts';
import { formatDiagnostic, summary } from '../diagnostics/format-diagnostics.ts';
import { translateUsage } from './translate.ts';

/** The tool's version, from its package.json (two folders up from src/cli/ and from the compiled dist/lib/). */
export const version = (): string => JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** Every command, as `connectoo <command>` takes it. */
export const commands = ['build', 'check', 'new', 'validate', 'preview', 'schema', 'release', 'base-diff', 'base-accept', 'translate'] as const;

const usage = `Usage:
  connectoo build [course-dir...] [--out dist] [--format ${availableFormats.join(',')}] [--lang fr,nl] [--split modules]
  connectoo check [course-dir...]
  connectoo new <course-id> [--lang fr,nl] [--out courses] [--extends <base-course-dir>]
  connectoo validate <package.zip...> [--strict] [--quiet]
  connectoo preview <course-dir> [--lang fr] [--port 4173]
  connectoo schema [--out courses/.schema]
  connectoo release <tag> [course-dir...] [--out dist] [--previous <folder of earlier release manifests>]
  connectoo base-diff <variant-dir>      what changed in the base course since the variant's base.lock.yaml
  connectoo base-accept <variant-dir>    record the base course as it is now in base.lock.yaml
${translateUsage}
  connectoo --version

Without course folders, every folder in ./courses is used.
--lang-ui fr|nl|de|en: the language of author messages for check, build, preview and translate (default: LC_ALL/LANG, else en).
--json (build, check, validate): one JSON document on stdout (courses/.schema/cli-output.schema.json); the text goes to stderr.
validate --strict: warnings fail too (exit 1); --quiet: only the verdict lines and the errors.`;

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

const jsonCommands = ['build', 'check', 'validate'] as const;

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const cwd = process.cwd();
  const colorOn = (s: NodeJS.WritableStream) => Boolean((s as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR;
  const color = colorOn(err);
  // With --json, stdout holds the document alone: what would be printed there goes to stderr.
  const json = argv.includes('--json');
  const human = json ? err : out;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        'lang-ui': { type: 'string' },
        split: { type: 'string' },
        port: { type: 'string' },
        previous: { type: 'string' },
        extends: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean' },
        strict: { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    const [command, ...dirs] = positionals;
    if (values.version && !command) {
      out.write(version() + '\n');
      return 0;
    }
    if (values.help || !command) {
      out.write(usage + '\n');
      return command || values.help ? 0 : 2;
    }
    const { build, check, newCourse, UsageError } = await import('../index.ts');
    const { langOfLocale, systemLang } = await import('../diagnostics/author-report.ts');
    const langUi = values['lang-ui'] === undefined ? systemLang() : langOfLocale(values['lang-ui']);
    if (!langUi) throw new UsageError(`--lang-ui takes fr, nl, de or en, not "${values['lang-ui']}".`);
    if (json && !(jsonCommands as readonly string[]).includes(command)) throw new UsageError(`--json is an option of ${jsonCommands.join(', ')}.`);
    if ((values.strict || values.quiet) && command !== 'validate') throw new UsageError('--strict and --quiet are options of validate.');
    if (command === 'schema') {
      const { writeJsonSchemas } = await import('../package/write-schemas.ts');
      const { allJsonSchemas } = await import('../schema/json-schema.ts');
      const written = await writeJsonSchemas(values.out ?? 'courses/.schema', cwd, allJsonSchemas());
      for (const f of written) out.write(`wrote ${relative(cwd, f)}\n`);
      return 0;
    }
    if (command === 'new') {
      if (dirs.length !== 1) throw new UsageError('new takes one course id, e.g. connectoo new my-course --lang fr,nl');
      const dir = await newCourse({ id: dirs[0], langs: list(values.lang), coursesDir: values.out, cwd, extends: values.extends });
      out.write(`Created ${relative(cwd, dir)}: edit it, then run connectoo check ${relative(cwd, dir)}\n`);
      return 0;
    }
    if (command === 'validate') {
      if (!dirs.length) throw new UsageError('validate takes one or more package files (.zip).');
      const { validatePackage } = await import('../validate/index.ts');
      const { packageReport, totalsLine, validateExitCode } = await import('./validate-report.ts');
      const options = { cwd, strict: !!values.strict, quiet: !!values.quiet, color: colorOn(human) };
      const reports = [];
      for (const zip of dirs) {
        const r = await validatePackage(zip, cwd);
        human.write(packageReport(r, options).join('\n') + '\n');
        reports.push(r);
      }
      if (reports.length > 1) human.write(totalsLine(reports) + '\n');
      const code = validateExitCode(reports, options.strict);
      if (json) out.write(JSON.stringify((await import('./json-output.ts')).validateDocument({ version: version(), cwd, exitCode: code }, options.strict, reports), null, 2) + '\n');
      return code;
    }
    if (command === 'preview') {
      if (dirs.length !== 1) throw new UsageError('preview takes exactly one course folder.');
      const { preview } = await import('../preview/server.ts');
      const p = await preview({ courseDir: dirs[0], lang: values.lang, langUi, port: values.port ? Number(values.port) : 4173, cwd });
      out.write(`Preview of ${dirs[0]} at ${p.url} (rebuilds when a file changes; Ctrl+C to stop)\n`);
      if (!p.status().ok) err.write(p.status().report + '\n');
      await new Promise<void>((done) => process.once('SIGINT', () => void p.close().then(done)));
      return 0;
    }
    if (command === 'translate') {
      const { translateCommand } = await import('./translate.ts');
      return await translateCommand(dirs, { from: values.from, to: values.to, out: values.out }, cwd, langUi, out, err, color);
    }
    if (command === 'base-diff' || command === 'base-accept') {
      if (dirs.length !== 1) throw new UsageError(`${command} takes one variant course folder (a course whose course.yaml has extends:).`);
      const { variantCommand } = await import('./variant-commands.ts');
      return await variantCommand(command, dirs[0]!, cwd, langUi, out, err, color);
    }
    if (command === 'release') {
      const [tag, ...courseDirs] = dirs;
      if (!tag) throw new UsageError('release takes a tag: <course-id>@<version> or v<version>.');
      const { load } = await import('../index.ts');
      const { checkRelease, previousManifests } = await import('./release.ts');
      const { writeFile } = await import('node:fs/promises');
      const outDir = resolve(cwd, values.out ?? 'dist');
      const built = JSON.parse(await readFile(join(outDir, 'release-manifest.json'), 'utf8'));
      const loaded = await load({ courseDirs: courseDirs.length ? courseDirs : undefined, cwd });
      if (!loaded.ok) throw new UsageError('the courses do not check: run connectoo check.');
      const r = checkRelease(tag, version(), built, loaded.courses, await previousManifests(values.previous && resolve(cwd, values.previous)));
      for (const p of r.problems) err.write(`connectoo release: ${p}\n`);
      if (!r.ok) return 1;
      await writeFile(join(outDir, 'release-notes.md'), r.notes);
      out.write(`${tag} may be released; notes in ${relative(cwd, join(outDir, 'release-notes.md'))}\n`);
      return 0;
    }
    if (command !== 'build' && command !== 'check') throw new UsageError(`Unknown command "${command}".`);
    if (values.split !== undefined && values.split !== 'modules') throw new UsageError('--split only accepts "modules".');
    const courseDirs = dirs.length ? dirs : undefined;
    const result =
      command === 'check'
        ? await check({ courseDirs, cwd, langUi })
        : await build({
            courseDirs,
            cwd,
            langUi,
            outDir: values.out,
            formats: list(values.format) as BuildOptions['formats'],
            langs: list(values.lang),
            split: values.split as 'modules' | undefined,
          });
    for (const d of result.diagnostics) err.write(formatDiagnostic(d, cwd, color, langUi) + '\n');
    if (result.diagnostics.length) err.write(`\n${summary(result.diagnostics, langUi)}\n`);
    if (!result.ok) err.write(command === 'build' ? 'Nothing was written: fix the errors above and build again.\n' : '');
    else if ('outputs' in result) {
      for (const o of result.outputs as { file: string; bytes: number }[]) human.write(`${relative(cwd, o.file)}  ${(o.bytes / 1024).toFixed(0)} KB\n`);
    } else human.write('All courses are valid.\n');
    const code = result.ok ? 0 : 1;
    if (json) {
      const doc = await import('./json-output.ts');
      const run = { version: version(), cwd, exitCode: code } as const;
      const built = 'outputs' in result ? (result as BuildResult) : undefined;
      out.write(JSON.stringify(built ? doc.buildDocument(run, built.diagnostics, built.outputs, built.files) : doc.checkDocument(run, result.diagnostics), null, 2) + '\n');
    }
    return code;
  } catch (e) {
    const { UsageError } = await import('../index.ts');
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err.write(`connectoo: ${(e as Error).message}\n\n${usage}\n`);
      const command = argv.find((a) => !a.startsWith('-'));
      if (json && (jsonCommands as readonly string[]).includes(command ?? ''))
        out.write(JSON.stringify((await import('./json-output.ts')).usageDocument(command as (typeof jsonCommands)[number], { version: version(), cwd, exitCode: 2, usageError: (e as Error).message }), null, 2) + '\n');
      return 2;
    }
    throw e;
  }
}
