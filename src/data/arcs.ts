/**
 * Great-circle arcs for partnerships: from the leading party to each other
 * party. Kept free of MapLibre so it can be unit-tested and built off the map chunk.
 */
import greatCircle from '@turf/great-circle';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { Partnership, Site } from '../api/schema';

export interface ArcProperties extends Pick<Partnership, 'title_en' | 'title_ko' | 'title_ru' | 'title_kk'> {
  id: string;
  kind: Partnership['kind'];
  /** True when the parties are in different countries. */
  crossBorder: boolean;
}

/** Vertices between the ends to ~10 m (4 decimals): half the text; the ends stay exactly on the sites. */
const round4 = (v: number) => Math.round(v * 1e4) / 1e4;
function roundLine(line: number[][]): number[][] {
  return line.map((p, i) => (i === 0 || i === line.length - 1 ? p : [round4(p[0]), round4(p[1])]));
}
function roundInterior(geometry: LineString | MultiLineString): LineString | MultiLineString {
  return geometry.type === 'LineString'
    ? { type: 'LineString', coordinates: roundLine(geometry.coordinates) }
    : { type: 'MultiLineString', coordinates: geometry.coordinates.map(roundLine) };
}

const samePoint = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;

export function partnershipArcs(
  partnerships: Partnership[],
  sitesById: ReadonlyMap<string, Site>,
): FeatureCollection<LineString | MultiLineString, ArcProperties> {
  const features: Feature<LineString | MultiLineString, ArcProperties>[] = [];
  for (const p of partnerships) {
    const [lead, ...others] = p.parties.map((id) => sitesById.get(id));
    if (!lead) continue;
    for (const other of others) {
      if (!other || samePoint(lead.coordinates, other.coordinates)) continue;
      // Short links need few vertices; long ones bend visibly and need more: one per ~100 km draws a smooth
      // curve at the zooms where arcs are read, and every vertex costs the map's worker at 100,000 sites.
      const km = Math.hypot(lead.coordinates[0] - other.coordinates[0], lead.coordinates[1] - other.coordinates[1]) * 111;
      const npoints = Math.max(6, Math.min(64, Math.round(km / 100)));
      const arc = greatCircle(lead.coordinates, other.coordinates, { npoints });
      features.push({
        type: 'Feature',
        geometry: roundInterior(arc.geometry as LineString | MultiLineString),
        properties: {
          id: p.id,
          kind: p.kind,
          // Every title, for the tooltip in the reader's language.
          title_en: p.title_en,
          title_ko: p.title_ko,
          title_ru: p.title_ru,
          title_kk: p.title_kk,
          crossBorder: lead.country !== other.country,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
