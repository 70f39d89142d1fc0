/**
 * Great-circle arcs for partnerships: from the leading party to each other
 * party; or, when there are too many to read (and to draw quickly), one flow per
 * pair of regions. Kept free of MapLibre so it can be unit-tested and built off the map chunk.
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

/**
 * A great circle from a to b. Short links need few vertices; long ones bend visibly and need more: one per
 * ~100 km draws a smooth curve at the zooms where arcs are read, and every vertex costs the map's worker.
 */
function arcBetween(a: [number, number], b: [number, number]): LineString | MultiLineString {
  const km = Math.hypot(a[0] - b[0], a[1] - b[1]) * 111;
  const npoints = Math.max(6, Math.min(64, Math.round(km / 100)));
  return roundInterior(greatCircle(a, b, { npoints }).geometry as LineString | MultiLineString);
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
      features.push({
        type: 'Feature',
        geometry: arcBetween(lead.coordinates, other.coordinates),
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

export interface FlowProperties {
  /** `flow:` and the two regions' codes in order, e.g. `flow:KR-43~KZ-71`. */
  id: string;
  kind: 'flow';
  /** The two regions (ISO 3166-2), in code order, and their names as the data gives them (English). */
  from: string;
  fromName: string;
  to: string;
  toName: string;
  /** Partnerships linking a site in one region with a site in the other. */
  count: number;
  crossBorder: boolean;
}

/** Where a region's flows start and end: the middle of its sites, the same for any filters. */
export type RegionAnchors = ReadonlyMap<string, [number, number]>;

export function regionAnchors(sites: readonly Pick<Site, 'region' | 'coordinates'>[]): RegionAnchors {
  const sums = new Map<string, [number, number, number]>();
  for (const { region, coordinates } of sites) {
    const sum = sums.get(region);
    if (sum) {
      sum[0] += coordinates[0];
      sum[1] += coordinates[1];
      sum[2] += 1;
    } else sums.set(region, [coordinates[0], coordinates[1], 1]);
  }
  return new Map([...sums].map(([region, [lon, lat, n]]) => [region, [lon / n, lat / n]]));
}

/**
 * One line per pair of regions that the partnerships link (leading party to each other party, as the arcs), its
 * count the partnerships between them. A partnership within one region draws no flow.
 */
export function regionFlows(
  partnerships: Iterable<Pick<Partnership, 'id' | 'parties'>>,
  siteOf: (id: string) => Pick<Site, 'region' | 'regionName' | 'country'> | undefined,
  anchors: RegionAnchors,
): FeatureCollection<LineString | MultiLineString, FlowProperties> {
  const flows = new Map<
    string,
    { from: Pick<Site, 'region' | 'regionName' | 'country'>; to: Pick<Site, 'region' | 'regionName' | 'country'>; ids: Set<string> }
  >();
  for (const p of partnerships) {
    const [lead, ...others] = p.parties.map(siteOf);
    if (!lead) continue;
    for (const other of others) {
      if (!other || other.region === lead.region) continue;
      const [from, to] = lead.region < other.region ? [lead, other] : [other, lead];
      const key = `${from.region}~${to.region}`;
      let flow = flows.get(key);
      if (!flow) flows.set(key, (flow = { from, to, ids: new Set() }));
      flow.ids.add(p.id);
    }
  }
  const features: Feature<LineString | MultiLineString, FlowProperties>[] = [];
  for (const [key, { from, to, ids }] of flows) {
    const a = anchors.get(from.region);
    const b = anchors.get(to.region);
    if (!a || !b || samePoint(a, b)) continue;
    features.push({
      type: 'Feature',
      geometry: arcBetween(a, b),
      properties: {
        id: `flow:${key}`,
        kind: 'flow',
        from: from.region,
        fromName: from.regionName,
        to: to.region,
        toName: to.regionName,
        count: ids.size,
        crossBorder: from.country !== to.country,
      },
    });
  }
  // The widest drawn last, on top.
  features.sort((x, y) => x.properties.count - y.properties.count);
  return { type: 'FeatureCollection', features };
}
