/** A region of a layout (explore, map, timeline, panel) that fails on its own: its message takes its place and the rest keeps working. */
import type { ReactNode } from 'react';
import { CrashSwitch } from '../ui/CrashSwitch';
import { ErrorBoundary, type ErrorRegion } from '../ui/ErrorBoundary';

export function Region({ region, resetKey, children }: { region: Exclude<ErrorRegion, 'page'>; resetKey?: string; children: ReactNode }) {
  return (
    <ErrorBoundary region={region} resetKey={resetKey}>
      <CrashSwitch region={region} />
      {children}
    </ErrorBoundary>
  );
}
