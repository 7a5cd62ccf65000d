/**
 * Connectoo's API: what the CLI and the tests call.
 * sources (disk) → course spec → course model per language → rendered pages → format adapter → zip (disk).
 */
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { loadCourse, type CourseSpec } from './course/load-course.ts';
import type { CourseModel } from './course/model.ts';
import { toModel } from './course/to-model.ts';
import { authorReport } from './diagnostics/author-report.ts';
import { collector, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { guarded } from './diagnostics/unexpected.ts';
import { zipName } from './formats/adapter.ts';
import { answerKeyCsv, answerKeyName } from './formats/answer-key.ts';
import { achievement, badgeName } from './formats/badge.ts';
import { availableFormats, formats } from './formats/index.ts';
import { buildZip } from './package/build-package.ts';
import { contentHash } from './package/content-hash.ts';
import { mergeManifests, releaseManifest, withOutputLock, type CourseContent } from './package/release-manifest.ts';
import { writeAtomic } from './package/zip.ts';
import { readOutputFolder } from './sources/read-output.ts';
import { renderPages } from './render/index-page.ts';
import type { FormatId } from './contract/player-data.ts';
import { supportedLanguages, type Lang } from './schema/course.ts';
import { scaffoldCourse } from './course/scaffold.ts';
import { scaffoldVariant } from './course/scaffold-variant.ts';
import { checkStateBudget } from './course/state-budget.ts';
import { checkTranslationRecords } from './translate/check-records.ts';
import { writeNewCourse } from './package/write-course.ts';
import { writeJsonSchemas } from './package/write-schemas.ts';
import { listCourseDirs, lockFileName, readCourseSources, translationsFileName } from './sources/read-course.ts';
import { diffBase, lockText, makeLock } from './course/variant-lock.ts';
import { readMediaSamples } from './sources/read-media.ts';
import { checkMedia } from './course/media-checks.ts';
import { reportInBase } from './course/variant.ts';
import { readCourseAssets, readToolSources, type PackageSources } from './sources/read-package-sources.ts';

export type { Diagnostic } from './diagnostics/diagnostic.ts';
export type { CourseContent } from './package/release-manifest.ts';
export type { CourseModel } from './course/model.ts';
export { availableFormats } from './formats/index.ts';

export interface CheckOptions {
  /** Course folders; default: every folder in `<cwd>/courses`. */
  courseDirs?: string[];
  cwd?: string;
  /** Formats the courses are checked for (the learner's saved state must fit each); default: every format. */
  formats?: FormatId[];
  /** Language of the author messages and hints (rule ids stay the same); default: en. */
  langUi?: Lang;
}
export interface BuildOptions extends CheckOptions {
  outDir?: string;
  langs?: string[];
  split?: 'modules';
}
export interface BuildOutput {
  file: string;
  course: string;
  lang: string;
  format: FormatId;
  module?: string;
  version: string;
  sha256: string;
  bytes: number;
}
/** A file written beside the packages: a course language's badge, or its SCORM 1.2 answer key. */
export interface BuildFile {
  file: string;
  kind: 'badge' | 'answer-key';
  course: string;
  lang: string;
  version: string;
  sha256: string;
  bytes: number;
}
export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  outputs: BuildOutput[];
  /** Badges and answer keys written (empty when nothing was written). */
  files: BuildFile[];
}

/** A mistake in how the tool was called (not in a course): the CLI exits with 2. */
export class UsageError extends Error {}

async function courseDirsOf(opts: CheckOptions): Promise<string[]> {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.courseDirs?.length) return opts.courseDirs.map((d) => resolve(cwd, d));
  const dirs = await listCourseDirs(join(cwd, 'courses'));
  if (!dirs.length) throw new UsageError(`No course folder found in ${join(cwd, 'courses')}.`);
  return dirs;
}

/** Creates `<coursesDir>/<id>/` with a small valid course to start from. */
export async function newCourse(opts: { id: string; langs?: string[]; coursesDir?: string; cwd?: string; extends?: string }): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(opts.id)) throw new UsageError(`"${opts.id}" is not a course id: use lower-case letters, digits and dashes.`);
  const langs = (opts.langs?.length ? opts.langs : ['fr']) as Lang[];
  for (const l of langs) if (!(supportedLanguages as readonly string[]).includes(l)) throw new UsageError(`Unknown language "${l}". Use: ${supportedLanguages.join(', ')}.`);
  const cwd = opts.cwd ?? process.cwd();
  const coursesDir = resolve(cwd, opts.coursesDir ?? 'courses');
  const dir = join(coursesDir, opts.id);
  // A local edition of a course: its course.yaml names the base; the lock records the base as it is.
  const base = opts.extends === undefined ? undefined : await readCourseSources(resolve(cwd, opts.extends)).catch(() => undefined);
  if (opts.extends !== undefined && !base?.courseYaml) throw new UsageError(`--extends ${opts.extends}: no course.yaml there; name the folder of the base course.`);
  const files = base ? scaffoldVariant(opts.id, relative(dir, base.dir).split(sep).join('/'), base.courseYaml!.text) : scaffoldCourse(opts.id, langs);
  try {
    await writeNewCourse(dir, files);
    // The editor schemas the new files point to (`# yaml-language-server: $schema=../.schema/…`).
    await writeJsonSchemas(join(coursesDir, '.schema'), coursesDir);
  } catch (e) {
    if ((e as { code?: string }).code === 'EEXIST') throw new UsageError(`${dir} already exists: choose another id.`);
    throw e;
  }
  if (base) await baseAccept({ courseDir: dir, cwd });
  return dir;
}

/** Reads and validates courses; never writes. */
export async function load(opts: CheckOptions = {}): Promise<{ ok: boolean; diagnostics: Diagnostic[]; courses: CourseSpec[] }> {
  const { list, report } = collector();
  const author = authorReport(report, opts.langUi);
  const courses: CourseSpec[] = [];
  const ids = new Map<string, string>();
  for (const dir of await courseDirsOf(opts)) {
    let src;
    try {
      src = await readCourseSources(dir);
    } catch (e) {
      const missing = (e as { code?: string }).code === 'ENOENT';
      throw new UsageError(missing ? `Course folder not found: ${dir}` : `Cannot read course folder ${dir}: ${(e as Error).message}`);
    }
    const spec = await guarded(report, join(dir, 'course.yaml'), () => loadCourse(src, author), opts.langUi);
    if (!spec) continue;
    if (ids.has(spec.course.id)) {
      author({ rule: 'course/duplicate-id', params: { kind: 'course', id: spec.course.id, other: ids.get(spec.course.id)! }, file: join(dir, 'course.yaml'), line: 1, column: 1 });
      continue;
    }
    ids.set(spec.course.id, dir);
    // The media the pages use, and the certificate's logo, are packed: each must be what its name says and hold nothing that runs.
    const cert = spec.course.certificate;
    const logo = typeof cert === 'object' ? cert.logo?.replace(/^\.?\//, '') : undefined;
    const used = [...Object.values(spec.assets).flatMap((set) => [...(set ?? [])]), ...(logo && spec.files.includes(logo) ? [logo] : [])];
    await guarded(report, join(dir, 'course.yaml'), async () => checkMedia(dir, await readMediaSamples(spec, used), reportInBase(spec, author)));
    await guarded(report, join(dir, 'course.yaml'), () =>
      checkStateBudget(spec, src.courseYaml!.text, opts.formats?.length ? opts.formats : availableFormats, author),
    opts.langUi);
    // Translations whose source changed since they were made (translations.lock.yaml): warnings.
    await guarded(report, join(dir, translationsFileName), () => checkTranslationRecords(src, author), opts.langUi);
    courses.push(spec);
  }
  const diagnostics = sortDiagnostics(list);
  return { ok: !hasErrors(diagnostics), diagnostics, courses };
}

/** The sources of a variant (a course with `extends:`); a usage error for any other folder. */
async function variantSources(courseDir: string, cwd: string) {
  const dir = resolve(cwd, courseDir);
  // The lock records a hash of every base file: base-diff and base-accept read them.
  const src = await readCourseSources(dir, { digests: true }).catch(() => undefined);
  if (!src?.courseYaml) throw new UsageError(`No course.yaml in ${dir}.`);
  if (!src.base) throw new UsageError(`${courseDir} does not extend a base course: its course.yaml has no extends:.`);
  return src;
}

/** `connectoo base-diff`: every change in a variant's base course since its base.lock.yaml. */
export async function baseDiff(opts: { courseDir: string; cwd?: string }) {
  const src = await variantSources(opts.courseDir, opts.cwd ?? process.cwd());
  return { dir: src.dir, base: src.base!.dir, ...diffBase(src) };
}

/**
 * `connectoo base-accept`: records the base course as it is now in the variant's base.lock.yaml, once the
 * variant checks without errors against it.
 */
export async function baseAccept(opts: { courseDir: string; cwd?: string; langUi?: Lang }): Promise<{ ok: boolean; diagnostics: Diagnostic[]; file?: string }> {
  const cwd = opts.cwd ?? process.cwd();
  const src = await variantSources(opts.courseDir, cwd);
  const checked = await load({ courseDirs: [src.dir], cwd, langUi: opts.langUi });
  const diagnostics = checked.diagnostics.filter((d) => !d.rule.startsWith('variant/') || d.severity === 'error');
  if (!checked.ok || !src.base?.sources) return { ok: false, diagnostics };
  const file = join(src.dir, lockFileName);
  await writeAtomic(file, lockText(makeLock(src)));
  return { ok: true, diagnostics, file };
}

export async function check(opts: CheckOptions = {}) {
  const { ok, diagnostics } = await load(opts);
  return { ok, diagnostics };
}

/** Course models for every selected language (plain data, printable). */
export function models(spec: CourseSpec, langs?: string[]): CourseModel[] {
  return spec.languages.filter((l) => !langs?.length || langs.includes(l)).map((l) => toModel(spec, l as Lang));
}

/** One module as a course of its own, for `--split modules`. */
function moduleModel(model: CourseModel, index: number): CourseModel {
  const m = model.modules[index];
  const text = JSON.stringify(m);
  return {
    ...model,
    id: `${model.id}-${m.id}`,
    title: `${model.title} – ${m.title}`,
    // Activities keep their ids whatever the packaging, so reports line up across packages.
    iri: model.iri,
    certificate: false,
    durationMinutes: m.durationMinutes,
    modules: [m],
    assets: model.assets.filter((a) => text.includes(JSON.stringify(a.path))),
  };
}

export async function build(opts: BuildOptions = {}): Promise<BuildResult> {
  const cwd = opts.cwd ?? process.cwd();
  const outDir = resolve(cwd, opts.outDir ?? 'dist');
  const wanted = opts.formats?.length ? opts.formats : availableFormats;
  for (const f of wanted) if (!formats[f]) throw new UsageError(`Unknown format "${f}". Available: ${availableFormats.join(', ')}.`);
  const { ok, diagnostics, courses } = await load(opts);
  if (!ok) return { ok, diagnostics, outputs: [], files: [] };
  if (opts.langs?.length && !courses.some((c) => c.languages.some((l) => opts.langs!.includes(l))))
    throw new UsageError(`No course is written in ${opts.langs.join(', ')}.`);

  const tool = await readToolSources(wanted.map((f) => formats[f]!));
  const pending: { output: Omit<BuildOutput, 'sha256' | 'bytes'>; zip: Buffer }[] = [];
  const contents: CourseContent[] = [];
  const badges: { file: string; json: string; model: CourseModel }[] = [];
  const keys: { file: string; csv: string; model: CourseModel }[] = [];
  const late = collector();
  for (const spec of courses) await guarded(late.report, join(spec.dir, 'course.yaml'), async () => {
    const translations = models(spec);
    const src: PackageSources = { ...tool, assets: await readCourseAssets(spec, translations) };
    for (const model of models(spec, opts.langs)) {
      const others = translations.filter((t) => t.lang !== model.lang);
      const pages = renderPages(model);
      badges.push({ file: join(outDir, badgeName(model)), json: JSON.stringify(achievement(model), null, 2) + '\n', model });
      if (wanted.includes('scorm12')) keys.push({ file: join(outDir, answerKeyName(model)), csv: answerKeyCsv(model), model });
      contents.push({ course: model.id, lang: model.lang, version: model.version, sha256: await contentHash(spec.dir, model.lang, model.assets.map((a) => a.source)) });
      const variants = [{ model, module: undefined as string | undefined }];
      if (opts.split === 'modules') model.modules.forEach((m, i) => variants.push({ model: moduleModel(model, i), module: m.id }));
      for (const v of variants)
        for (const f of wanted) {
          const adapter = formats[f]!;
          const whole = opts.split === 'modules' && !!adapter.splitModules;
          if (whole && v.module) continue;
          const zip = await buildZip(v.model, adapter, pages, src, { translations: [model, ...others], splitModules: whole });
          const file = join(outDir, zipName(model, f, v.module));
          pending.push({ output: { file, course: model.id, lang: model.lang, format: f, module: v.module, version: model.version }, zip });
        }
    }
  });
  if (late.list.length) return { ok: false, diagnostics: sortDiagnostics([...diagnostics, ...late.list]), outputs: [], files: [] };
  // Everything is built in memory first: a failure above leaves dist/ untouched.
  const outputs: BuildOutput[] = [];
  for (const p of pending) {
    await writeAtomic(p.output.file, p.zip);
    outputs.push({ ...p.output, sha256: createHash('sha256').update(p.zip).digest('hex'), bytes: p.zip.length });
  }
  for (const b of badges) await writeAtomic(b.file, b.json);
  for (const k of keys) await writeAtomic(k.file, k.csv);
  const rel = (f: string) => f.slice(outDir.length + 1);
  const current = releaseManifest(
    outputs.map((o) => ({ file: rel(o.file), course: o.course, version: o.version, lang: o.lang, format: o.format, ...(o.module ? { module: o.module } : {}), bytes: o.bytes, sha256: o.sha256 })),
    badges.map((b) => ({ file: rel(b.file), json: b.json })),
    contents,
    keys.map((k) => ({ file: rel(k.file), json: k.csv })),
  );
  await withOutputLock(outDir, async () => {
    const earlier = await readOutputFolder(outDir);
    await writeAtomic(join(outDir, 'release-manifest.json'), JSON.stringify(mergeManifests(earlier.manifest, current, earlier.files), null, 2) + '\n');
  });
  const written = (kind: BuildFile['kind'], file: string, text: string, model: CourseModel): BuildFile => {
    const data = Buffer.from(text, 'utf8');
    return { file, kind, course: model.id, lang: model.lang, version: model.version, sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length };
  };
  const files = [...badges.map((b) => written('badge', b.file, b.json, b.model)), ...keys.map((k) => written('answer-key', k.file, k.csv, k.model))];
  return { ok: true, diagnostics, outputs, files };
}

