/**
 * Stands in for the MapLibre map in jsdom: one button per site, arc and flow the map
 * would draw (read from the same GeoJSON the data service gives the map), and
 * the selection ring and camera request it was given, as text.
 */
import type { MapViewProps } from '../src/map/MapView';
import { focusTarget } from '../src/map/types';

type Properties = { id: string; kind?: string; from?: string; to?: string };
type Collection = { features: { properties: Properties }[] };
const featuresOf = (data: MapViewProps['sites']) => (data && typeof data === 'object' ? (data as unknown as Collection).features : []);
const idsOf = (data: MapViewProps['sites']) => [
  ...new Set(
    featuresOf(data)
      .filter((f) => f.properties.kind !== 'flow')
      .map((f) => f.properties.id),
  ),
];

export default function MapStandIn(props: MapViewProps) {
  const { sites, arcs, selectedArcs, selectedSites, selectedPartnershipId, focus, onSelectSite, onSelectPartnership, onSelectRegions } = props;
  return (
    <div data-testid="map">
      <output data-testid="map-selection">
        {selectedSites.length ? selectedSites.map((s) => s.id).join(' ') : 'none'}
        {selectedPartnershipId ? ` arc:${selectedPartnershipId}` : ''}
        {selectedPartnershipId && selectedArcs?.features.length ? ` (${selectedArcs.features.length} drawn)` : ''}
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
      <ul aria-label="map flows">
        {featuresOf(arcs)
          .filter((f) => f.properties.kind === 'flow')
          .map(({ properties: { id, from, to } }) => (
            <li key={id}>
              <button type="button" onClick={() => onSelectRegions?.([from!, to!])}>
                map flow {from} {to}
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
}
