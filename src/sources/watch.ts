/** Calls `onChange` (debounced) when anything in a course folder changes. */
import { watch } from 'node:fs';

/** An editor's save is a burst of events within a few milliseconds: one rebuild follows it. */
export function watchCourse(dir: string, onChange: () => void, delayMs = 40): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
