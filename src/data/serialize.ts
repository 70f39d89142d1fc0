/**
 * The export formats, free of React and the DOM: CSV (UTF-8 with a BOM, CRLF,
 * RFC 4180 quoting by Papa Parse) and GeoJSON in the same shape as the files
 * in public/data/, so an export can be loaded back as a data source.
 */
import Papa from 'papaparse';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { NAME_LANGUAGES, nameKey, type NameKey } from '../api/names';
import type { Partnership, PartnershipProperties, Site, SiteProperties } from '../api/schema';

/** Excel reads a CSV as UTF-8 (Hangul, Cyrillic, Chinese) only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';
const LIST_SEPARATOR = '; ';

export const SITE_CSV_COLUMNS = [
  'id',
  'name_en',
  ...NAME_LANGUAGES.map(nameKey),
  'kind',
  'sectors',
  'country',
  'region',
  'regionName',
  'city_en',
  'status',
  'founded',
  'lon',
  'lat',
  'locationPrecision',
  'parentId',
  'summary_en',
  'source_titles',
  'source_urls',
] as const;

export const PARTNERSHIP_CSV_COLUMNS = [
  'id',
  'title_en',
  'kind',
  'parties',
  'dateStart',
  'dateEnd',
  'status',
  'summary_en',
  'source_titles',
] as const;

type Cell = string | number;

/** Header and rows, every line ending in CRLF (Papa ends an empty table with one but not a full one). */
function toCsv(fields: readonly string[], rows: Cell[][]): string {
  const body = Papa.unparse(
    { fields: [...fields], data: rows },
    {
      newline: '\r\n',
      // Papa quotes only what needs it: a delimiter, a quote, a line break, or edge spaces.
      quotes: false,
      // A text cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it as a formula.
      escapeFormulae: true,
    },
  );
  return `${BOM}${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}

const joinList = (items: readonly (string | undefined)[]) => items.filter((s): s is string => Boolean(s)).join(LIST_SEPARATOR);

export function siteRow(s: Site): Cell[] {
  const [lon, lat] = s.coordinates;
  const values: Record<(typeof SITE_CSV_COLUMNS)[number], Cell | undefined> = {
    id: s.id,
    name_en: s.name_en,
    ...(Object.fromEntries(NAME_LANGUAGES.map((l) => [nameKey(l), s[nameKey(l)]])) as Record<NameKey, string | undefined>),
    kind: s.kind,
    sectors: joinList(s.sectors),
    country: s.country,
    region: s.region,
    regionName: s.regionName,
    city_en: s.city_en,
    status: s.status,
    founded: s.founded,
    lon,
    lat,
    locationPrecision: s.locationPrecision,
    parentId: s.parentId,
    summary_en: s.summary_en,
    source_titles: joinList(s.sources.map((src) => src.title)),
    source_urls: joinList(s.sources.map((src) => src.url)),
  };
  return SITE_CSV_COLUMNS.map((c) => values[c] ?? '');
}

export function partnershipRow(p: Partnership): Cell[] {
  const values: Record<(typeof PARTNERSHIP_CSV_COLUMNS)[number], Cell | undefined> = {
    id: p.id,
    title_en: p.title_en,
    kind: p.kind,
    parties: joinList(p.parties),
    dateStart: p.dateStart,
    dateEnd: p.dateEnd,
    status: p.status,
    summary_en: p.summary_en,
    source_titles: joinList(p.sources.map((src) => src.title)),
  };
  return PARTNERSHIP_CSV_COLUMNS.map((c) => values[c] ?? '');
}

export function sitesToCsv(sites: readonly Site[]): string {
  return toCsv(SITE_CSV_COLUMNS, sites.map(siteRow));
}

export function partnershipsToCsv(partnerships: readonly Partnership[]): string {
  return toCsv(PARTNERSHIP_CSV_COLUMNS, partnerships.map(partnershipRow));
}

/** The stored properties of a site: the record without the app's own `coordinates`. */
function siteProperties(site: Site): SiteProperties {
  const properties: Partial<Site> = { ...site };
  delete properties.coordinates;
  return properties as SiteProperties;
}

export function sitesToFeatureCollection(sites: readonly Site[]): FeatureCollection<Point, SiteProperties> {
  return {
    type: 'FeatureCollection',
    features: sites.map((s): Feature<Point, SiteProperties> => ({
      type: 'Feature',
      id: s.id,
      geometry: { type: 'Point', coordinates: [...s.coordinates] },
      properties: siteProperties(s),
    })),
  };
}

/**
 * Partnerships as stored: a LineString through the parties' points in parties
 * order (as scripts/build-partnership-geometry.mjs draws it). The exporter only
 * knows the sites it is given (the filtered ones), so a partnership with a party
 * outside them gets `geometry: null`, which the data contract allows
 * ("null where a party has no location").
 */
export function partnershipsToFeatureCollection(
  partnerships: readonly Partnership[],
  sites: readonly Pick<Site, 'id' | 'coordinates'>[],
): FeatureCollection<LineString | null, PartnershipProperties> {
  const coordinatesById = new Map(sites.map((s) => [s.id, s.coordinates]));
  return {
    type: 'FeatureCollection',
    features: partnerships.map((p): Feature<LineString | null, PartnershipProperties> => {
      const points = p.parties.map((id) => coordinatesById.get(id));
      const complete = points.every((c): c is [number, number] => c !== undefined);
      return {
        type: 'Feature',
        id: p.id,
        geometry: complete && points.length >= 2 ? { type: 'LineString', coordinates: points.map((c) => [...c]) } : null,
        properties: { ...p },
      };
    }),
  };
}

export function sitesToGeoJson(sites: readonly Site[]): string {
  return `${JSON.stringify(sitesToFeatureCollection(sites), null, 2)}\n`;
}

export function partnershipsToGeoJson(partnerships: readonly Partnership[], sites: readonly Pick<Site, 'id' | 'coordinates'>[]): string {
  return `${JSON.stringify(partnershipsToFeatureCollection(partnerships, sites), null, 2)}\n`;
}

export { exportFilename, MIME_TYPES, type ExportCollection, type ExportFormat } from './exportFiles';
