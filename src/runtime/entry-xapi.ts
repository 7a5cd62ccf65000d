/** Player bundle of xAPI (TinCan) packages: an LRS when launched with one, else local storage. */
import './player.css';
import { startPlayer } from './player.ts';
import { StandaloneTracker, storageKey } from './tracking/standalone.ts';
import { XapiTracker } from './tracking/xapi.ts';
import { readTinCanLaunch, tinCanSession } from './tracking/xapi-launch.ts';

void startPlayer((data) => {
  const launch = readTinCanLaunch(window.location.search);
  return launch ? new XapiTracker(data, tinCanSession(data, launch)) : new StandaloneTracker(storageKey(data.id, data.version, data.lang));
});
