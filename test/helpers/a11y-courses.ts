/**
 * The real Connectoo courses (courses/*), built through the public `build()` API (and the test build
 * cache, helpers/course-build.ts) and unpacked, plus what a browser test needs to walk them: their stops
 * and a saved completed state.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions } from '../../src/index.ts';
import { indexCourse, locationOf } from '../../src/runtime/course-index.ts';
import type { PlayerData } from '../../src/contract/player-data.ts';
import { newState } from '../../src/runtime/state.ts';
import { encodeState } from '../../src/runtime/suspend-codec.ts';
import { storageKey } from '../../src/runtime/tracking/standalone.ts';
import { buildCached, errorsOf } from './course-build.ts';
import { repoRoot } from './paths.ts';
import { unzipTo } from './zip.ts';

export const realCourses = ['connectoo-basique', 'connectoo-expert'];

export interface BuiltCourse {
  course: string;
  lang: string;
  /** The unpacked package. */
  dir: string;
  data: PlayerData;
}

export async function buildRealCourses(
  format: 'web' | 'scorm12' = 'web',
  { courses = realCourses, langs }: { courses?: string[]; langs?: BuildOptions['langs'] } = {},
): Promise<BuiltCourse[]> {
  const built: BuiltCourse[] = [];
  for (const course of courses) {
    // Through the test build cache: several files play the same course in the same format.
    const { result } = await buildCached(path.join(repoRoot, 'courses', course), { formats: [format], ...(langs ? { langs } : {}) });
    if (!result.ok) throw new Error(`build failed:\n${errorsOf(result).join('\n')}`);
    for (const out of result.outputs.filter((o) => o.format === format && !o.module)) {
      const dir = await unzipTo(out.file);
      built.push({ course: out.course, lang: out.lang, dir, data: await playerDataOf(dir) });
    }
  }
  return built;
}

/** The course data embedded in a package's index.html. */
export async function playerDataOf(dir: string): Promise<PlayerData> {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const m = /<script type="application\/json" id="connectoo-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error(`${dir}: no course data in index.html`);
  return JSON.parse(m[1]!) as PlayerData;
}

/** Every place of the course in reading order, as the player's bookmarks name them. */
export function stopsOf(data: PlayerData): string[] {
  return indexCourse(data).stops.map(locationOf);
}

/**
 * What a web package keeps in local storage for a learner who read every page and answered every
 * question (question i right when `right(i)`), placed on `bookmark`: opening the package resumes
 * there, as after a real visit. With every answer right the course is passed and the certificate earned.
 */
export function completedStorage(data: PlayerData, bookmark = 'certificate', right = (_i: number) => true): { key: string; value: string } {
  const index = indexCourse(data);
  const state = newState(1);
  for (const id of index.pageIds) state.visited.add(id);
  index.questions.forEach((q, i) => state.answers.set(q.interactionId, { response: null, correct: right(i), tries: 1 }));
  return {
    key: storageKey(data.id, data.version, data.lang),
    value: JSON.stringify({ state: encodeState(index, state, 64000), bookmark }),
  };
}
