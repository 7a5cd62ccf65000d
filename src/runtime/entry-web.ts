/** Player bundle of web packages: progress kept in the browser's local storage. */
import './player.css';
import { startPlayer } from './player.ts';
import { StandaloneTracker, storageKey } from './tracking/standalone.ts';

void startPlayer((data) => new StandaloneTracker(storageKey(data.id, data.version, data.lang)));
