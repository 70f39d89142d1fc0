/**
 * The loaded config and the data client it sets up (a worker configured with
 * config.json's data source), provided once at the top of the tree.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { AtlasConfig } from '../api/config';
import { describeSource } from '../api/sources/describeSource';
import { createDataClient, type DataClient } from './client';

interface AtlasRuntime {
  config: AtlasConfig;
  client: DataClient;
  /** Where the data comes from, for messages ("Sites could not be loaded from …"). */
  describe: string;
}

const RuntimeContext = createContext<AtlasRuntime | null>(null);

/**
 * One runtime per loaded config, for the page's lifetime: start-up creates it
 * (and starts loading) before React renders, and the provider finds it here.
 */
const runtimes = new WeakMap<AtlasConfig, AtlasRuntime>();

export function runtimeFor(config: AtlasConfig): AtlasRuntime {
  let runtime = runtimes.get(config);
  if (!runtime) {
    const client = createDataClient();
    // The data worker has no page to resolve "data/" against: it gets the absolute address.
    // A worker that cannot take it fails every question after it too, and the loads say why: nothing to add here.
    client.configure({ ...config.api, baseUrl: new URL(config.api.baseUrl, document.baseURI).toString() }).catch(() => undefined);
    runtime = { config, client, describe: describeSource(config.api) };
    runtimes.set(config, runtime);
  }
  return runtime;
}

export function AtlasRuntimeProvider({ config, children }: { config: AtlasConfig; children: ReactNode }) {
  return <RuntimeContext.Provider value={runtimeFor(config)}>{children}</RuntimeContext.Provider>;
}

export function useAtlasRuntime(): AtlasRuntime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('useAtlasRuntime must be used inside AtlasRuntimeProvider');
  return runtime;
}
