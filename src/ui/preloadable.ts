/**
 * A component whose code loads apart from the entry (like React.lazy), but which can be started before React
 * renders and, once its code is here, renders at once. React.lazy suspends on every first render, even when the
 * code has long arrived, and React reveals suspended content in batches: a prefetched map or list would still
 * appear a few hundred milliseconds late. Used inside a Suspense boundary, for when the code is not here yet.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return { default: component };
    }));
  const Lazy = lazy(preload);
  function Preloadable(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component itself would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return Object.assign(Preloadable, { preload });
}
