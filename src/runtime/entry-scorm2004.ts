/**
 * Player bundle of SCORM 2004 packages: the platform's `API_1484_11` when found, else local storage.
 * In a package split by module, each SCO opens `index.html?module=<id>` and holds that module only.
 */
import './player.css';
import { startPlayer } from './player.ts';
import { showOnlyModule } from './tracking/cmi5-module.ts';
import { findApi2004 } from './tracking/scorm2004-api.ts';
import { Scorm2004Tracker } from './tracking/scorm2004.ts';
import { StandaloneTracker, storageKey } from './tracking/standalone.ts';

const module = new URLSearchParams(window.location.search).get('module');
showOnlyModule(document, module);
void startPlayer((data) => {
  const api = findApi2004(window);
  return api
    ? new Scorm2004Tracker(api, data)
    : new StandaloneTracker(storageKey(module ? `${data.id}-${module}` : data.id, data.version, data.lang));
});
