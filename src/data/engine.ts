/**
 * The atlas's data engine: it holds every loaded record and answers what the
 * interface asks of them — filtered counts, the sorted list, the timeline, the
 * map's GeoJSON, one record's details, an export. In the browser it runs in a
 * Web Worker (src/data/worker.ts), so 100,000 sites are parsed, validated,
 * searched and sorted off the main thread, which keeps only what is on screen;
 * in tests it runs in-process. It reuses the pure logic of src/state, so the
 * rules are the ones the rest of the atlas has always used.
 */
import { localText, type ReaderLanguage } from '../api/names';
import { linkPartnerships, type Parsed, type SkippedRecord } from '../api/parse';
import type { Partnership, Site } from '../api/schema';
import type { Sector } from '../api/vocabulary';
import { buildSiteIndex, facetCounts, indexSiteFacets, partnershipsOf, regionsOf, type FacetCounts, type SiteFacetIndex, type SiteIndex } from '../state/filters';
import { sortSites, type SiteSort } from '../state/sortSites';
import { summaryOfTallies, type SummaryCounts } from '../state/summaryCounts';
import { tallyPositions } from '../state/facets';
import { collectTimelineEvents, timelineModel, type TimelineEvent, type TimelineModel } from '../state/timelineEvents';
import { matchKeyOf, type Filters } from '../state/urlState';
import { partnershipArcs, regionAnchors, regionFlows, type RegionAnchors } from './arcs';
import { drawsFlows } from './flows';
import { partnershipsToCsv, partnershipsToGeoJson, sitesToCsv, sitesToGeoJson, type ExportCollection, type ExportFormat } from './serialize';

/** What the main thread keeps of a site: enough for lists, labels, the map's camera and links — not its texts and sources. */
export type SiteLite = Pick<
  Site,
  'id' | 'name_en' | 'name_ko' | 'name_ru' | 'name_kk' | 'name_zh' | 'kind' | 'sectors' | 'country' | 'region' | 'regionName' | 'city_en' | 'status' | 'coordinates' | 'parentId'
>;

/** A party as the explorer names it: its names and its country. */
export type PartySite = Pick<SiteLite, 'id' | 'name_en' | 'name_ko' | 'name_ru' | 'name_kk' | 'name_zh' | 'country'>;

/** What the main thread keeps of a partnership: enough for the explorer (with its parties' names and countries). */
export type PartnershipLite = Pick<
  Partnership,
  'id' | 'title_en' | 'title_ko' | 'title_ru' | 'title_kk' | 'kind' | 'parties' | 'dateStart' | 'dateEnd' | 'status'
> & { partySites: PartySite[] };

/** One row of the site list. */
export interface SiteRow extends SiteLite {
  partnerships: number;
}

/** What is known once the sites (and, separately, the partnerships) are in. */
export interface LoadedSummary {
  siteCount: number;
  partnershipCount: number;
  skipped: SkippedRecord[];
  regions: { code: string; name: string; country: Site['country'] }[];
  yearSpan: [number, number] | undefined;
  /** Main sectors present (the legend lists only these). */
  sectorsInUse: Sector[];
  /** Every partnership, light (the explorer lists them all; panels ask for details). */
  partnerships: PartnershipLite[];
}

export interface ExploreRequest {
  filters: Filters;
  /** The selected site: the result says where it is in the list. */
  selectedId?: string;
  sort: SiteSort | null;
  /** Restrict the list (not the map or the counts) to this [west, south, east, north]. */
  inView?: [number, number, number, number];
  reader: ReaderLanguage;
}

export interface MapArcsOptions {
  /** Above this many partnerships, draw one flow per pair of regions instead of their arcs (default: never). */
  flowsAbove?: number;
}

export interface ExploreResult {
  total: number;
  /** Sites matching every filter. */
  matching: number;
  counts: FacetCounts;
  summary: SummaryCounts;
  /** The list: matching sites (in view, when asked), sorted; positions in the engine's site order. */
  listOrder: Uint32Array;
  /** Partnerships with a party among the matching sites (and dated in the years). */
  partnershipIds: string[];
  /** Identifies the matching set, so the map data is rebuilt only when it changes. */
  matchKey: string;
  /** Position of the selected site in the list, or -1. */
  selectedPosition: number;
  /**
   * The list's first rows, so the list shows them with the counts: asked for apart, they would wait behind the
   * map's data, which the worker builds next and which takes a second at 100,000 sites.
   */
  firstRows: SiteRow[];
}

/** Rows sent with each answer to the filters: more than a tall screen's list shows. */
export const FIRST_ROWS = 60;

export interface SiteDetails {
  site: Site;
  parent?: SiteLite;
  members: SiteLite[];
  partnerships: Partnership[];
}

export interface PartnershipDetails {
  partnership: Partnership;
  parties: SiteLite[];
}

export const lite = (s: Site): SiteLite => ({
  id: s.id,
  name_en: s.name_en,
  name_ko: s.name_ko,
  name_ru: s.name_ru,
  name_kk: s.name_kk,
  name_zh: s.name_zh,
  kind: s.kind,
  sectors: s.sectors,
  country: s.country,
  region: s.region,
  regionName: s.regionName,
  city_en: s.city_en,
  status: s.status,
  coordinates: s.coordinates,
  parentId: s.parentId,
});

const partySite = (s: Site): PartySite => ({
  id: s.id,
  name_en: s.name_en,
  name_ko: s.name_ko,
  name_ru: s.name_ru,
  name_kk: s.name_kk,
  name_zh: s.name_zh,
  country: s.country,
});

const partnershipLite = (p: Partnership, partySites: PartySite[]): PartnershipLite => ({
  partySites,
  id: p.id,
  title_en: p.title_en,
  title_ko: p.title_ko,
  title_ru: p.title_ru,
  title_kk: p.title_kk,
  kind: p.kind,
  parties: p.parties,
  dateStart: p.dateStart,
  dateEnd: p.dateEnd,
  status: p.status,
});

/** Map labels stay short: a runaway name from the data must not stall glyph rendering. */
const MAX_LABEL = 60;
const label = (name: string | undefined) => (name && name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

/** The map's copy of one site: a point with only what the layers and tooltips read, as GeoJSON text. */
export function mapSiteFeature(s: Site): string {
  return JSON.stringify({
    type: 'Feature',
    id: s.id,
    geometry: { type: 'Point', coordinates: s.coordinates },
    properties: {
      id: s.id,
      sector: s.sectors[0],
      // Where the map is, said after a keyboard move ("map moved to Jeollanam-do").
      region: s.region,
      name_en: label(s.name_en),
      name_ko: label(s.name_ko),
      name_ru: label(s.name_ru),
      name_kk: label(s.name_kk),
    },
  });
}

/** The parties of each partnership as positions in the sites (see partyPositions); -1 for a party not among them. */
function positionsOfParties(partnerships: Partnership[], byId: ReadonlyMap<string, number>) {
  const start = new Uint32Array(partnerships.length + 1);
  partnerships.forEach((p, i) => (start[i + 1] = start[i] + p.parties.length));
  const position = new Int32Array(start[partnerships.length]);
  partnerships.forEach((p, i) => p.parties.forEach((id, k) => (position[start[i] + k] = byId.get(id) ?? -1)));
  return { start, position };
}

/** Clusters and zones the overview lists at most. */
const GROUPS_SHOWN = 40;

const featureCollection = (features: string[]) => `{"type":"FeatureCollection","features":[${features.join(',')}]}`;

/** See mapSiteSelection. */
export interface MapSiteSelection {
  /** The sites the selection is made from: another value means other data, and another `all`. (`all` and `some` are read at once.) */
  dataset: readonly unknown[];
  /** The map's GeoJSON of every site, in the engine's order. */
  all: () => string;
  /** Positions in `all`'s features, ascending; undefined for all of them. */
  positions?: Uint32Array<ArrayBuffer>;
  /** The map's GeoJSON of the selected sites alone (as mapSites), for a small selection while there is no `all` yet. */
  some: () => string;
}

export function createAtlasEngine() {
  let sites: Site[] = [];
  let sitesSkipped: SkippedRecord[] = [];
  let partnershipsParsed: Parsed<Partnership> | undefined;
  let partnerships: Partnership[] = [];
  let linkSkipped: SkippedRecord[] = [];
  let byId = new Map<string, number>();
  let partnershipById = new Map<string, Partnership>();
  /** Each partnership's parties as site positions: partnership i's are position[start[i]] … position[start[i + 1] - 1]. */
  let partyPositions = positionsOfParties([], byId);
  let index: SiteIndex = buildSiteIndex([], []);
  /** The sites' facet values as numbers (they do not depend on the partnerships): made at the first count of a load. */
  let facetIndex: SiteFacetIndex | undefined;
  /** Sorted orders of all sites, per sort and language (sorting 100,000 names takes long; filtering an order does not). */
  let orders = new Map<string, Uint32Array>();
  /** Each site's map feature and each partnership's arcs as GeoJSON text, made once: a filter then only picks. */
  let siteFeatures: (string | undefined)[] = [];
  let arcFeatures = new Map<string, string[]>();
  /** Where each region's flows meet, for the sites loaded (see mapArcs). */
  let anchors: { sites: Site[]; byRegion: RegionAnchors } | undefined;
  /** Timeline events of all sites and partnerships, per language, each with the position of its record. */
  let events = new Map<ReaderLanguage, { event: TimelineEvent; site: number; partnership?: string }[]>();

  /**
   * The sites matching the last filters asked, made in one pass with the facet counts: the map's sites and arcs,
   * asked next for the same filters, reuse it rather than filter 100,000 sites twice more.
   */
  let lastMatch: Match | undefined;

  let sitesLoaded = false;
  /** How many sites' search text is made ahead (see warm). */
  let warmed = 0;

  function relink() {
    // Until the sites are in, no party is known: partnerships wait rather than all count as naming unknown parties.
    const linked = partnershipsParsed && sitesLoaded ? linkPartnerships(partnershipsParsed.records, sites) : { records: [], skipped: [] };
    partnerships = linked.records;
    linkSkipped = linked.skipped;
    partnershipById = new Map(partnerships.map((p) => [p.id, p]));
    partyPositions = positionsOfParties(partnerships, byId);
    index = buildSiteIndex(sites, partnerships);
    warmed = 0;
    // Orders by name, kind, region or status stay (sorting 100,000 names takes a second); by partnerships they go.
    for (const key of orders.keys()) if (key.startsWith('partnerships:')) orders.delete(key);
    events = new Map();
    arcFeatures = new Map();
    lastMatch = undefined;
  }

  /** The map's GeoJSON of the sites at these positions, each feature's text made once per load. */
  function siteCollection(positions: readonly number[]): string {
    return featureCollection(positions.map((i) => (siteFeatures[i] ??= mapSiteFeature(sites[i]))));
  }

  /** A partnership's arcs as GeoJSON text, made once per load. */
  function arcsOf(p: Partnership): string[] {
    let arcs = arcFeatures.get(p.id);
    if (!arcs) {
      const parties = new Map<string, Site>();
      for (const party of p.parties) {
        const i = byId.get(party);
        if (i !== undefined) parties.set(party, sites[i]);
      }
      arcs = partnershipArcs([p], parties).features.map((f) => JSON.stringify(f));
      arcFeatures.set(p.id, arcs);
    }
    return arcs;
  }

  /** The positions of the sites these filters match, and the facet counts, from one pass over the facet index. */
  function pass(filters: Filters) {
    const flags = new Uint8Array(sites.length);
    const positions: number[] = [];
    const facets = (facetIndex ??= indexSiteFacets(sites));
    const counts = facetCounts(sites, filters, index, {
      facets,
      onMatch: (position) => {
        flags[position] = 1;
        positions.push(position);
      },
    });
    // Whether a partnership (of `partnerships`, by index) has a party among the matching sites: positions, not ids
    // (25,000 id lookups in a 100,000-site map were 40% of a filter's time).
    const { start, position } = partyPositions;
    const hasPartyAt = (index: number) => {
      for (let k = start[index]; k < start[index + 1]; k++) if (flags[position[k]] === 1) return true;
      return false;
    };
    return { flags, positions, counts, hasPartyAt, facets };
  }

  function match(filters: Filters): Match {
    const key = matchKeyOf(filters);
    if (lastMatch?.key === key) return lastMatch;
    const { flags, positions, counts, hasPartyAt, facets } = pass(filters);
    // The summary charts count the matching sites per country and sector, from the same index.
    const tally = (facet: 'country' | 'sector') => tallyPositions(facets, facet, positions) as Map<string, number>;
    const summary = summaryOfTallies(tally('country'), tally('sector'), filters.sector);
    return (lastMatch = { key, flags, positions, counts, summary, hasPartyAt });
  }

  function summary(): LoadedSummary {
    const sectorsInUse = new Set<Sector>();
    for (const s of sites) sectorsInUse.add(s.sectors[0]);
    return {
      siteCount: sites.length,
      partnershipCount: partnerships.length,
      skipped: [...sitesSkipped, ...(partnershipsParsed?.skipped ?? []), ...linkSkipped],
      regions: regionsOf(sites),
      yearSpan: index.yearSpan,
      sectorsInUse: [...sectorsInUse],
      partnerships: partnerships.map((p) =>
        partnershipLite(
          p,
          p.parties.map((id) => partySite(sites[byId.get(id)!])),
        ),
      ),
    };
  }

  function orderOf(sort: SiteSort | null, reader: ReaderLanguage): Uint32Array {
    const key = `${sort?.key ?? ''}:${sort?.desc ?? ''}:${reader}`;
    let order = orders.get(key);
    if (!order) {
      const sorted = sortSites(sites, sort, {
        partnershipCount: index.partnershipCount,
        nameOf: (s) => localText(s, 'name', reader).text,
      });
      order = Uint32Array.from(sorted, (s) => byId.get(s.id)!);
      orders.set(key, order);
    }
    return order;
  }

  function eventsOf(reader: ReaderLanguage) {
    let list = events.get(reader);
    if (!list) {
      list = collectTimelineEvents(sites, partnerships, reader).map((event) => {
        const site = byId.get(event.recordId);
        return site !== undefined ? { event, site } : { event, site: -1, partnership: event.recordId };
      });
      events.set(reader, list);
    }
    return list;
  }

  return {
    /** Replaces the sites (validated and parsed elsewhere) and relinks the partnerships to them. */
    setSites(parsed: Parsed<Site>): LoadedSummary {
      sites = parsed.records;
      sitesSkipped = parsed.skipped;
      sitesLoaded = true;
      byId = new Map(sites.map((s, i) => [s.id, i]));
      facetIndex = undefined;
      orders = new Map();
      siteFeatures = new Array(sites.length);
      relink();
      return summary();
    },

    setPartnerships(parsed: Parsed<Partnership>): LoadedSummary {
      partnershipsParsed = parsed;
      relink();
      return summary();
    },

    summary,

    explore({ filters, sort, inView, reader, selectedId }: ExploreRequest): ExploreResult {
      const matched = match(filters);
      const inList = inView ? new Uint8Array(sites.length) : matched.flags;
      if (inView) for (let i = 0; i < sites.length; i++) if (matched.flags[i] && inBounds(sites[i].coordinates, inView)) inList[i] = 1;
      const order = orderOf(sort, reader);
      const listOrder = new Uint32Array(order.length);
      let n = 0;
      let selectedPosition = -1;
      const selectedIndex = selectedId === undefined ? -1 : (byId.get(selectedId) ?? -1);
      for (const i of order) {
        if (!inList[i]) continue;
        if (i === selectedIndex) selectedPosition = n;
        listOrder[n++] = i;
      }

      return {
        total: sites.length,
        matching: matched.positions.length,
        counts: matched.counts,
        summary: matched.summary,
        listOrder: listOrder.slice(0, n),
        firstRows: this.rows(listOrder.subarray(0, Math.min(n, FIRST_ROWS))),
        partnershipIds: partnershipsOf(partnerships, matched, filters).map((p) => p.id),
        matchKey: matched.key,
        selectedPosition,
      };
    },

    /**
     * Work done ahead while nothing else is asked: the search text of every site, a slice at a time (a first
     * search over 100,000 sites would otherwise wait a second for it). Returns whether there is more to do.
     */
    warm(until: number): boolean {
      while (warmed < sites.length) {
        index.haystack(sites[warmed++].id);
        if ((warmed & 255) === 0 && performance.now() > until) return true;
      }
      return false;
    },

    /** The list's rows at these positions. */
    rows(positions: ArrayLike<number>): SiteRow[] {
      const rows: SiteRow[] = [];
      for (let i = 0; i < positions.length; i++) {
        const s = sites[positions[i]];
        if (s) rows.push({ ...lite(s), partnerships: index.partnershipCount.get(s.id) ?? 0 });
      }
      return rows;
    },

    /**
     * The timeline: events of the sites matching every filter but the years (what the range picks from), and of
     * their partnerships, binned by year. Asked apart from the counts, which should not wait for it.
     */
    timeline({ filters, reader }: { filters: Filters; reader: ReaderLanguage }): TimelineModel | null {
      const forTimeline = pass({ ...filters, from: null, to: null });
      const timelinePartnerships = new Set(partnershipsOf(partnerships, forTimeline, { from: null, to: null }).map((p) => p.id));
      return timelineModel(
        eventsOf(reader)
          .filter((e) => (e.partnership ? timelinePartnerships.has(e.partnership) : forTimeline.flags[e.site]))
          .map((e) => e.event),
      );
    },

    /** The map's GeoJSON of the sites matching these filters. */
    mapSites(filters: Filters): string {
      return siteCollection(match(filters).positions);
    },

    /**
     * The sites matching these filters as a selection from the map's GeoJSON of all of them (`all`, the same text for
     * as long as `dataset` is the same): their positions in it, or none when every site matches. MapLibre's worker
     * keeps all of them parsed and picks, so a filter sends it a few bytes per site instead of GeoJSON to read again.
     */
    mapSiteSelection(filters: Filters): MapSiteSelection {
      const { positions } = match(filters);
      return {
        dataset: sites,
        all: () => siteCollection(sites.map((_, i) => i)),
        positions: positions.length === sites.length ? undefined : Uint32Array.from(positions),
        some: () => siteCollection(positions),
      };
    },

    /**
     * The map's arcs: the partnerships with a party among the sites these filters match, as GeoJSON. More than
     * `flowsAbove` of them are drawn as one flow per pair of regions (thousands of arcs are neither readable nor
     * quick to draw). A selected partnership's own arcs come apart (`selectedArcs`), so selecting one rebuilds nothing.
     */
    mapArcs(filters: Filters, { flowsAbove = Infinity }: MapArcsOptions = {}): string {
      const features: string[] = [];
      const matching = partnershipsOf(partnerships, match(filters), filters);
      if (drawsFlows(matching.length, flowsAbove)) {
        if (anchors?.sites !== sites) anchors = { sites, byRegion: regionAnchors(sites) };
        const siteOf = (id: string) => {
          const i = byId.get(id);
          return i === undefined ? undefined : sites[i];
        };
        for (const flow of regionFlows(matching, siteOf, anchors.byRegion).features) features.push(JSON.stringify(flow));
        return featureCollection(features);
      }
      for (const p of matching) for (const arc of arcsOf(p)) features.push(arc);
      return featureCollection(features);
    },

    /** One partnership's arcs (the selected one, drawn over the others or over the flows), or none if it is unknown. */
    selectedArcs(id: string): GeoJSON.FeatureCollection {
      const p = partnershipById.get(id);
      return { type: 'FeatureCollection', features: p ? arcsOf(p).map((arc) => JSON.parse(arc) as GeoJSON.Feature) : [] };
    },

    /** Sites by id, light (a selection's ring, a shared link's camera, a hovered row). */
    sitesLite(ids: readonly string[]): SiteLite[] {
      const found: SiteLite[] = [];
      for (const id of ids) {
        const i = byId.get(id);
        if (i !== undefined) found.push(lite(sites[i]));
      }
      return found;
    },

    site(id: string): SiteDetails | null {
      const i = byId.get(id);
      if (i === undefined) return null;
      const site = sites[i];
      const parentIndex = site.parentId ? byId.get(site.parentId) : undefined;
      return {
        site,
        parent: parentIndex === undefined ? undefined : lite(sites[parentIndex]),
        members: sites.filter((s) => s.parentId === id).map(lite),
        partnerships: partnerships.filter((p) => p.parties.includes(id)),
      };
    },

    partnership(id: string): PartnershipDetails | null {
      const partnership = partnershipById.get(id);
      if (!partnership) return null;
      return { partnership, parties: this.sitesLite(partnership.parties) };
    },

    /**
     * Clusters and zones with their member counts, for the overview: all of them in the data's order when they
     * are few, else the `limit` largest (a registry may have thousands; the list and filters hold the rest).
     */
    groups(limit = GROUPS_SHOWN): { groups: { site: SiteLite; members: number }[]; total: number } {
      const members = new Map<string, number>();
      for (const s of sites) if (s.parentId) members.set(s.parentId, (members.get(s.parentId) ?? 0) + 1);
      const all = sites.filter((s) => s.kind === 'cluster' || s.kind === 'zone').map((s) => ({ site: s, members: members.get(s.id) ?? 0 }));
      const shown = all.length <= limit ? all : [...all].sort((a, b) => b.members - a.members).slice(0, limit);
      return { groups: shown.map(({ site, members: count }) => ({ site: lite(site), members: count })), total: all.length };
    },

    /** A download of what the filters show: sites, or their partnerships (whose lines reach every loaded party). */
    export(collection: ExportCollection, format: ExportFormat, filters: Filters): string {
      const matched = match(filters);
      const chosenSites = matched.positions.map((i) => sites[i]);
      if (collection === 'sites') return format === 'csv' ? sitesToCsv(chosenSites) : sitesToGeoJson(chosenSites);
      const chosen = partnershipsOf(partnerships, matched, filters);
      return format === 'csv' ? partnershipsToCsv(chosen) : partnershipsToGeoJson(chosen, sites);
    },
  };
}

export type AtlasEngine = ReturnType<typeof createAtlasEngine>;

/** Which sites the filters match (a flag per site position, and the positions), with what the same pass counted. */
interface Match {
  key: string;
  flags: Uint8Array;
  positions: number[];
  counts: FacetCounts;
  summary: SummaryCounts;
  /** Whether the partnership at this index of `partnerships` has a party among the matching sites (what partnershipsOf asks). */
  hasPartyAt: (index: number) => boolean;
}

const inBounds = ([lon, lat]: [number, number], [w, s, e, n]: [number, number, number, number]) => lon >= w && lon <= e && lat >= s && lat <= n;
