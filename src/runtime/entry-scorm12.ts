/** Player bundle of SCORM 1.2 packages: the platform's API when found, else local storage. */
import './player.css';
import { startPlayer } from './player.ts';
import { findApi } from './tracking/find-api.ts';
import { Scorm12Tracker } from './tracking/scorm12.ts';
import { StandaloneTracker, storageKey } from './tracking/standalone.ts';

void startPlayer((data) => {
  const api = findApi(window);
  return api ? new Scorm12Tracker(api, data.reporting) : new StandaloneTracker(storageKey(data.id, data.version, data.lang));
});
