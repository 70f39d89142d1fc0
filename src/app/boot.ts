/**
 * The entry's first module, run before the rest of it (React, i18next, the
 * app): it starts what the data waits on, the data worker's script and
 * config.json, ~50 ms sooner than startEarly could (see startEarly.ts, which
 * takes both over).
 */
import { startConfigLoad } from '../api/config';
import { startDataWorker } from '../data/client';

// `npm run dev:mock` answers config.json and the data from a service worker that is not running yet: there,
// startEarly starts both once it is.
if (import.meta.env.MODE !== 'mock') {
  startDataWorker();
  startConfigLoad();
}
