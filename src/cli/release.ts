/**
 * `connectoo release <tag> [course-dir...] [--out dist] [--previous <folder>]`, run by the release workflow
 * after `connectoo build`: decides whether the built packages may be published under the tag, and writes
 * the release notes (<out>/release-notes.md) from the `changelog:` of each course.
 * - `<course-id>@<version>` releases one course: its course.yaml must say that version and have a
 *   changelog entry for it; `v<version>` releases the tool (package.json version) with every course.
 * - A course language whose sources changed (content hash in release-manifest.json) since a release of the
 *   same version, in any manifest of <previous>, is refused: the author raises `version` first.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CourseContent } from '../index.ts';
import type { CourseSpec } from '../course/load-course.ts';

export interface ReleaseCheck {
  ok: boolean;
  problems: string[];
  notes: string;
}

interface Manifest {
  courses?: CourseContent[];
}

const semver = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?`;

/** Every release manifest (*.json) in a folder of earlier releases' manifests; none when the folder is absent. */
export async function previousManifests(dir: string | undefined): Promise<{ name: string; manifest: Manifest }[]> {
  if (!dir) return [];
  const names = await readdir(dir).catch(() => [] as string[]);
  const out = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) out.push({ name, manifest: JSON.parse(await readFile(join(dir, name), 'utf8')) as Manifest });
  return out;
}

export function checkRelease(tag: string, toolVersion: string, built: Manifest, specs: CourseSpec[], previous: { name: string; manifest: Manifest }[]): ReleaseCheck {
  const problems: string[] = [];
  const course = new RegExp(`^([a-z0-9][a-z0-9-]*)@(${semver})$`).exec(tag);
  const tool = new RegExp(`^v(${semver})$`).exec(tag);
  const contents = built.courses ?? [];
  let released = specs;
  if (course) {
    const [, id, version] = course;
    released = specs.filter((s) => s.course.id === id);
    if (!released.length) problems.push(`${tag}: no course "${id}" was built.`);
    for (const s of released) {
      if (s.course.version !== version) problems.push(`${tag}: ${s.dir}/course.yaml says version ${s.course.version}; tag the version it says, or change it.`);
      else if (!(s.course.changelog ?? []).some((e) => e.version === version)) problems.push(`${tag}: ${s.dir}/course.yaml has no changelog entry for ${version}; add what changed (it becomes the release notes).`);
    }
  } else if (tool) {
    if (tool[1] !== toolVersion) problems.push(`${tag}: package.json says version ${toolVersion}.`);
  } else problems.push(`${tag}: not a release tag; use <course-id>@<version> for a course or v<version> for the tool.`);

  const ids = new Set(released.map((s) => s.course.id));
  for (const c of contents.filter((c) => ids.has(c.course)))
    for (const { name, manifest } of previous) {
      const before = manifest.courses?.find((p) => p.course === c.course && p.lang === c.lang && p.version === c.version);
      if (before && before.sha256 !== c.sha256)
        problems.push(`${c.course} (${c.lang}): the sources changed since version ${c.version} was released (${name}), but course.yaml still says ${c.version}: raise the version and add a changelog entry.`);
    }
  return { ok: problems.length === 0, problems, notes: releaseNotes(released) };
}

/** Markdown: per course, its title and the changelog entry of the version released, in every language. */
export function releaseNotes(specs: CourseSpec[]): string {
  const parts: string[] = [];
  for (const s of specs) {
    const c = s.course;
    const entry = (c.changelog ?? []).find((e) => e.version === c.version);
    const lines = [`## ${c.title[s.languages[0]] ?? c.id} ${c.version}`, ''];
    if (entry) for (const l of s.languages) if (entry.changes[l]) lines.push(`- ${l}: ${entry.changes[l]}`);
    if (!entry) lines.push('No changelog entry for this version.');
    parts.push(lines.join('\n'));
  }
  return parts.join('\n\n') + '\n';
}
