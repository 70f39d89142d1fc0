// The benchmark's synthetic data must be data the atlas accepts: run the app's own
// parser over a sample and expect every record to load.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkPartnerships, parsePartnerships, parseSites } from '../src/api/parse';
import {
  generatePartnerships,
  generateSites,
  partnershipCountFor,
  siteFeature,
  writeDataset,
} from '../bench/synthetic.mjs';

const N = 2_000;
const sites = generateSites(N, 7);
const partnerships = generatePartnerships(N, 7);

describe('synthetic benchmark data', () => {
  it('passes the atlas schema: no record skipped, every partnership links loaded sites', () => {
    const parsedSites = parseSites({ type: 'FeatureCollection', features: sites });
    expect(parsedSites.skipped).toEqual([]);
    expect(parsedSites.records).toHaveLength(N);
    const parsedPartnerships = parsePartnerships({ type: 'FeatureCollection', features: partnerships });
    expect(parsedPartnerships.skipped).toEqual([]);
    const linked = linkPartnerships(parsedPartnerships.records, parsedSites.records);
    expect(linked.skipped).toEqual([]);
    expect(linked.records).toHaveLength(partnershipCountFor(N));
  });

  it('is deterministic per seed and index, and differs between seeds', () => {
    expect(generateSites(50, 7)).toEqual(sites.slice(0, 50));
    expect(siteFeature(1234, 7)).toEqual(sites[1234]);
    expect(generateSites(50, 8)).not.toEqual(sites.slice(0, 50));
  });

  it('looks like the real data: four languages, hubs with members, realistic sizes, points over Korea and Kazakhstan', () => {
    const props = sites.map((s) => s.properties);
    const kz = props.filter((p) => p.country === 'KZ');
    const kr = props.filter((p) => p.country === 'KR');
    expect(kz.length).toBeGreaterThan(N * 0.15);
    expect(kr.length).toBeGreaterThan(N * 0.5);
    expect(kz.every((p) => /\p{Script=Cyrillic}/u.test(String(p.name_ru)) && /\p{Script=Cyrillic}/u.test(String(p.name_kk)))).toBe(true);
    expect(kz.some((p) => /[әғқңөұүһі]/iu.test(String(p.name_kk)))).toBe(true);
    expect(props.every((p) => /\p{Script=Hangul}/u.test(String(p.name_ko)))).toBe(true);
    expect(props.filter((p) => p.kind === 'cluster' || p.kind === 'zone').length).toBe(N / 50);
    const ids = new Set(props.map((p) => p.id));
    expect(props.filter((p) => p.parentId).every((p) => ids.has(p.parentId as string))).toBe(true);
    const sizes = sites.map((s) => JSON.stringify(s).length).sort((a, b) => a - b);
    expect(sizes[N / 2]).toBeGreaterThan(1_000);
    expect(sizes[N / 2]).toBeLessThan(3_000);
    expect(props.every((p) => String(p.summary_en).length >= 200)).toBe(true);
    for (const s of sites) {
      const [lon, lat] = s.geometry.coordinates;
      const inKorea = lon > 124 && lon < 132 && lat > 33 && lat < 39;
      const inKazakhstan = lon > 46 && lon < 88 && lat > 40 && lat < 56;
      expect(s.properties.country === 'KR' ? inKorea : inKazakhstan).toBe(true);
    }
  });

  const dir = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams the same records to GeoJSON files', async () => {
    const written = await writeDataset(dir, 300, { seed: 7 });
    expect(written.sites.count).toBe(300);
    const body = JSON.parse(readFileSync(join(dir, 'sites.geojson'), 'utf8'));
    expect(body.type).toBe('FeatureCollection');
    expect(body.features).toEqual(sites.slice(0, 300));
    expect(written.sites.bytes).toBe(readFileSync(join(dir, 'sites.geojson')).length);
    const links = JSON.parse(readFileSync(join(dir, 'partnerships.geojson'), 'utf8'));
    expect(links.features).toEqual(generatePartnerships(300, 7));
    expect(parseSites(body).skipped).toEqual([]);
  });
});
