/**
 * Test builds only (Vitest's "test" mode and `vite build --mode e2e`): throws
 * while rendering when a test sets `window.__atlasCrashIn` to this region, so
 * the error boundaries can be proven in a real browser. In a production build
 * the condition is false at build time and the code is dropped.
 */
declare global {
  interface Window {
    __atlasCrashIn?: string;
  }
}

export function CrashSwitch({ region }: { region: string }) {
  if ((import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test') && window.__atlasCrashIn === region) {
    throw new Error(`Deliberate test error in the ${region}`);
  }
  return null;
}
