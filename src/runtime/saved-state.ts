/**
 * Which saved state the player takes back at launch. The platform's word that the session resumes
 * (SCORM 1.2 `cmi.core.entry = "resume"`) is not needed: Chamilo 1.11 never says it, yet gives back
 * the state, the bookmark and the status of the attempt. So a saved text is taken whenever it is ours:
 * written by this player (suspend-codec.ts, or version 1 in suspend-legacy.ts) for this course, that is
 * with this course's fingerprint, or, written by another version of the course or an older player, naming
 * at least one page or question this course still has. Anything else (empty, another format, another
 * course) gives a fresh start.
 */
import type { CourseIndex } from './course-index.ts';
import type { ProgressState } from './state.ts';
import { layoutOf } from './state-keys.ts';
import { decodeState, SUSPEND_VERSION } from './suspend-codec.ts';

export function restoreState(index: CourseIndex, text: string | null | undefined): ProgressState | null {
  const state = decodeState(index, text);
  if (!state || !text) return null;
  if (text.startsWith(SUSPEND_VERSION + layoutOf(index).fingerprint)) return state;
  return state.visited.size > 0 || state.answers.size > 0 ? state : null;
}
