/**
 * A component whose code loads apart from the entry (like React.lazy), but which can be started before React
 * renders and, once its code is here, renders at once. React.lazy suspends on every first render, even when the
 * code has long arrived, and React reveals suspended content in batches: a prefetched map or list would still
 * appear a few hundred milliseconds late. Used inside a Suspense boundary, for when the code is not here yet.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

/** How to give each component whose code failed to load a new chance at its next mount. */
const failed = new Set<() => void>();

/**
 * Called by an error boundary once it shows a failure: the components whose code failed to load (a dropped
 * connection) ask for it again when next mounted ("Try again", a region opened again). Not sooner: React.lazy keeps a
 * failure for good, and a component that suspends is mounted anew on every retry, so one renewed as soon as it failed
 * would load, fail and load again without end.
 */
export function retryFailedLoads() {
  for (const renew of failed) renew();
  failed.clear();
}

/**
 * A part's stylesheet that failed to download stays failed (the bundler's loader asks for each once, and Chromium
 * gives a failed <link> an empty sheet): noticed as it fails (a load error reaches a capturing listener, not a
 * bubbling one), and asked for again with its code.
 */
const failedStylesheets = new Set<HTMLLinkElement>();
if (typeof window !== 'undefined') {
  window.addEventListener(
    'error',
    (event) => {
      if (event.target instanceof HTMLLinkElement && event.target.rel === 'stylesheet') failedStylesheets.add(event.target);
    },
    true,
  );
}
/** Asks again for the stylesheets that failed, and settles once they have loaded (or fails, in Vite's words, if one fails again). */
function reloadFailedStylesheets(): Promise<unknown> {
  const reloads = [...failedStylesheets].map(
    (link) =>
      new Promise((resolve, reject) => {
        const fresh = link.cloneNode() as HTMLLinkElement;
        fresh.addEventListener('load', resolve, { once: true });
        fresh.addEventListener('error', () => reject(new Error(`Unable to preload CSS for ${link.href}`)), { once: true });
        link.replaceWith(fresh);
      }),
  );
  failedStylesheets.clear();
  return Promise.all(reloads);
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  let failedBefore = false;
  // The bundler's loader does not ask again for a stylesheet it has tried: a part is not drawn before its styles are.
  const attempt = () => (failedBefore ? reloadFailedStylesheets().then(load) : load());
  const preload = () =>
    (loading ??= attempt().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        // Asked for again by the next load (a failed prefetch by the first render; a failed render by "Try again").
        loading = undefined;
        failedBefore = true;
        failed.add(renew);
        throw error;
      },
    ));
  let Lazy = lazy(preload);
  const renew = () => {
    Lazy = lazy(preload);
  };
  function Preloadable(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component itself would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  /** Starts loading the code ahead of the first render; a failure is for that render to explain (its error boundary). */
  const prefetch = () => void preload().catch(() => undefined);
  return Object.assign(Preloadable, { preload, prefetch });
}
