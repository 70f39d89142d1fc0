/**
 * Keeps the rest of the atlas working when the map cannot run (no WebGL, a
 * crash in the map chunk): the user is told why, the panels stay usable.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  fallback: (reason: string) => ReactNode;
  children: ReactNode;
}

export class MapBoundary extends Component<Props, { reason: string | null }> {
  state = { reason: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }

  render() {
    return this.state.reason !== null ? this.props.fallback(this.state.reason) : this.props.children;
  }
}

export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
