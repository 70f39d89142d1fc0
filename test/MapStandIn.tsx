/**
 * Stands in for the MapLibre map in jsdom: one button per site and partnership
 * the map would draw, and the selection and focus it was given, as text.
 */
import type { MapViewProps } from '../src/map/MapView';

export default function MapStandIn({
  sites,
  partnerships,
  selectedSiteId,
  selectedPartnershipId,
  focus,
  onSelectSite,
  onSelectPartnership,
}: MapViewProps) {
  return (
    <div data-testid="map">
      <output data-testid="map-selection">{selectedSiteId ?? selectedPartnershipId ?? 'none'}</output>
      <output data-testid="map-focus">{focus ? `${focus.kind}:${focus.id}` : 'none'}</output>
      <ul aria-label="map sites">
        {sites.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => onSelectSite(s.id)}>
              map site {s.id}
            </button>
          </li>
        ))}
      </ul>
      <ul aria-label="map arcs">
        {partnerships.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onSelectPartnership(p.id)}>
              map arc {p.id}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
