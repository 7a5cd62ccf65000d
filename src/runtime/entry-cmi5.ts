/** Player bundle of cmi5 packages: the LMS's launch when given, else local storage. */
import './player.css';
import { startPlayer } from './player.ts';
import { cmi5Session, readCmi5Launch } from './tracking/cmi5.ts';
import { showOnlyModule } from './tracking/cmi5-module.ts';
import { StandaloneTracker, storageKey } from './tracking/standalone.ts';
import { XapiTracker } from './tracking/xapi.ts';

const query = new URLSearchParams(window.location.search);
showOnlyModule(document, query.get('module'));
void startPlayer((data) => {
  const launch = readCmi5Launch(window.location.search);
  const module = query.get('module');
  return launch
    ? new XapiTracker(data, cmi5Session(data, launch, window))
    : new StandaloneTracker(storageKey(module ? `${data.id}-${module}` : data.id, data.version, data.lang));
});
