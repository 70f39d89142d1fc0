/**
 * The loaded config and the data client it sets up (a worker configured with
 * config.json's data source), provided once at the top of the tree.
 */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { AtlasConfig } from '../api/config';
import { createDataSource } from '../api/sources/createDataSource';
import { createDataClient, type DataClient } from './client';

interface AtlasRuntime {
  config: AtlasConfig;
  client: DataClient;
  /** Where the data comes from, for messages ("Sites could not be loaded from …"). */
  describe: string;
}

const RuntimeContext = createContext<AtlasRuntime | null>(null);

export function AtlasRuntimeProvider({ config, children }: { config: AtlasConfig; children: ReactNode }) {
  const value = useMemo(() => {
    const client = createDataClient();
    // The data worker has no page to resolve "data/" against: it gets the absolute address.
    void client.configure({ ...config.api, baseUrl: new URL(config.api.baseUrl, document.baseURI).toString() });
    return { config, client, describe: createDataSource(config.api).describe };
  }, [config]);
  useEffect(() => () => value.client.dispose(), [value]);
  return <RuntimeContext.Provider value={value}>{children}</RuntimeContext.Provider>;
}

export function useAtlasRuntime(): AtlasRuntime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('useAtlasRuntime must be used inside AtlasRuntimeProvider');
  return runtime;
}
