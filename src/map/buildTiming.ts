/**
 * When the map is built without its data (see MapView's `built`). Building it (its WebGL context, its base map's
 * first frames) takes both cores for a while in software rendering, so while the data is on its way the map waits
 * for it, but not for long: a reader on a slow network should see the base map while the data comes.
 */

/** After its style is ready, the map is built without its data after this... */
export const BUILD_WAIT_MS = 1000;
/** ...unless its data is due within this (a large file arriving fast, its parse holding a core)... */
export const DATA_DUE_SOON_MS = 3000;
/** ...then it waits for the data at most this long after its style. */
export const BUILD_WAIT_MAX_MS = 5000;

/** Whether sites due in this many ms are worth waiting for (0: loaded, on their way to the map; Infinity: not coming). */
export const isDueSoon = (dueInMs: number) => dueInMs <= DATA_DUE_SOON_MS;

/**
 * Whether the sites are due soon, from their query and their load's progress (`dueInMs`, src/api/progress.ts):
 * loaded ones are on their way to the map; failed ones, or a failed attempt waiting to be tried again, are not
 * coming now; while they load, whether the rest of their file is due soon; undefined until that is known (nothing
 * has come yet, or the server does not say the file's size).
 */
export function sitesDueSoon(
  query: { isSuccess: boolean; isError: boolean; failureCount: number },
  progress: { dueInMs?: number } | undefined,
) {
  if (query.isSuccess) return true;
  if (query.isError || (query.failureCount > 0 && !progress)) return false;
  return progress?.dueInMs === undefined ? undefined : isDueSoon(progress.dueInMs);
}

/**
 * How long after its style the map is built without its data: longer when its sites were, when last known, due soon.
 *
 * Measured at 100,000 sites (193 MB, the file arriving at ~65 MB/s, as fast as the data worker parses it): the map
 * built a second after its style drew its base map while the sites loaded, and the list and counts came at
 * 0.99–1.13× the bare MapLibre page's settle time; waiting for the data, at 0.85–0.90× (four A/B runs of 3 loads),
 * the map settling no later.
 */
export function buildWithoutDataAfterMs(sitesDueSoon: boolean): number {
  return sitesDueSoon ? BUILD_WAIT_MAX_MS : BUILD_WAIT_MS;
}
