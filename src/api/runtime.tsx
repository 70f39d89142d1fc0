/**
 * The loaded config and the data source it selects, provided once at the top
 * of the tree so hooks can build their query options from it.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AtlasConfig } from './config';
import { createDataSource } from './sources/createDataSource';
import type { DataSource } from './sources/DataSource';

interface AtlasRuntime {
  config: AtlasConfig;
  source: DataSource;
}

const RuntimeContext = createContext<AtlasRuntime | null>(null);

export function AtlasRuntimeProvider({ config, children }: { config: AtlasConfig; children: ReactNode }) {
  const value = useMemo(() => ({ config, source: createDataSource(config.api) }), [config]);
  return <RuntimeContext.Provider value={value}>{children}</RuntimeContext.Provider>;
}

export function useAtlasRuntime(): AtlasRuntime {
  const runtime = useContext(RuntimeContext);
  if (!runtime) throw new Error('useAtlasRuntime must be used inside AtlasRuntimeProvider');
  return runtime;
}
