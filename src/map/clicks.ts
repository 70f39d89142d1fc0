/**
 * What a click on the map means, decided from the features under the pointer
 * (topmost first): a cluster to open, one or more stacked sites, or a
 * partnership's arc. Free of MapLibre, so the rules are unit-tested.
 */
import { LAYER } from './layers';

export interface ClickedFeature {
  layer: { id: string };
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates?: unknown };
}

export type ClickTarget =
  | { kind: 'cluster'; clusterId: number; center: [number, number] }
  | { kind: 'site'; id: string }
  /** Several sites under the pointer: the person chooses. */
  | { kind: 'sites'; ids: string[] }
  | { kind: 'partnership'; id: string }
  /** A flow between two regions (many partnerships drawn as one line). */
  | { kind: 'regions'; regions: [string, string] };

export function clickTarget(features: readonly ClickedFeature[]): ClickTarget | undefined {
  const top = features[0];
  if (!top) return undefined;
  switch (top.layer.id) {
    case LAYER.clusters:
      return { kind: 'cluster', clusterId: Number(top.properties.cluster_id), center: top.geometry.coordinates as [number, number] };
    case LAYER.points: {
      const ids = [...new Set(features.filter((f) => f.layer.id === LAYER.points).map((f) => String(f.properties.id)))];
      return ids.length === 1 ? { kind: 'site', id: ids[0] } : { kind: 'sites', ids };
    }
    case LAYER.arcsHit:
      return top.properties.kind === 'flow'
        ? { kind: 'regions', regions: [String(top.properties.from), String(top.properties.to)] }
        : { kind: 'partnership', id: String(top.properties.id) };
    default:
      return undefined;
  }
}

/**
 * A cluster zooms in when that would split it; at the highest zoom its sites
 * stay stacked (a campus with several institutes), so they are listed instead.
 */
export function clusterAction(expansionZoom: number, maxZoom: number): 'zoom' | 'list' {
  return expansionZoom <= maxZoom ? 'zoom' : 'list';
}
