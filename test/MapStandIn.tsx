/**
 * Stands in for the MapLibre map in jsdom: one button per site and arc the map
 * would draw (read from the same GeoJSON the data service gives the map), and
 * the selection ring and camera request it was given, as text.
 */
import type { MapViewProps } from '../src/map/MapView';
import { focusTarget } from '../src/map/types';

type Collection = { features: { properties: { id: string } }[] };
const idsOf = (data: MapViewProps['sites']) =>
  data && typeof data === 'object' ? [...new Set((data as unknown as Collection).features.map((f) => f.properties.id))] : [];

export default function MapStandIn({ sites, arcs, selectedSites, selectedPartnershipId, focus, onSelectSite, onSelectPartnership }: MapViewProps) {
  return (
    <div data-testid="map">
      <output data-testid="map-selection">
        {selectedSites.length ? selectedSites.map((s) => s.id).join(' ') : 'none'}
        {selectedPartnershipId ? ` arc:${selectedPartnershipId}` : ''}
      </output>
      <output data-testid="map-focus">{focus ? focusTarget(focus) : 'none'}</output>
      <ul aria-label="map sites">
        {idsOf(sites).map((id) => (
          <li key={id}>
            <button type="button" onClick={() => onSelectSite(id)}>
              map site {id}
            </button>
          </li>
        ))}
      </ul>
      <ul aria-label="map arcs">
        {idsOf(arcs).map((id) => (
          <li key={id}>
            <button type="button" onClick={() => onSelectPartnership(id)}>
              map arc {id}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
