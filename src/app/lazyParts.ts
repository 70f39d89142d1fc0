/**
 * The parts of the first screen whose code loads apart from the entry: the map (MapLibre is most of the app's
 * weight), the site list and the timeline. startEarly starts them before React renders; the layouts render them at
 * once if their code is here by then.
 */
import { preloadable } from '../ui/preloadable';

export const LazyMapView = preloadable(() => import('../map/MapView').then((m) => m.default));
export const LazySiteList = preloadable(() => import('../features/site-list/SiteList').then((m) => m.SiteList));
/** The timeline's code: its data (the worker's background work) comes after the first screen's anyway. */
export const LazyTimeline = preloadable(() => import('../features/timeline/Timeline').then((m) => m.Timeline));
