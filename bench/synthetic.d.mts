// Types for bench/synthetic.mjs (plain JavaScript so Node scripts run it without a build step).
import type { Feature, LineString, Point } from 'geojson';

export type SyntheticSite = Feature<Point, Record<string, unknown>> & { id: string };
export type SyntheticPartnership = Feature<LineString, Record<string, unknown>> & { id: string };

export const HUB_SIZE: number;
export const PARTNERSHIPS_PER_SITE: number;
export function mulberry32(seed: number): () => number;
export function siteFeature(index: number, seed?: number): SyntheticSite;
export function iterateSites(n: number, seed?: number): Generator<SyntheticSite>;
export function generateSites(n: number, seed?: number): SyntheticSite[];
export function partnershipCountFor(siteCount: number): number;
export function partnershipFeature(index: number, siteCount: number, seed?: number): SyntheticPartnership;
export function iteratePartnerships(siteCount: number, seed?: number, count?: number): Generator<SyntheticPartnership>;
export function generatePartnerships(siteCount: number, seed?: number, count?: number): SyntheticPartnership[];
export function writeFeatureCollection(path: string, features: Iterable<unknown>): Promise<{ count: number; bytes: number }>;
export function writeDataset(
  dir: string,
  siteCount: number,
  options?: { seed?: number; partnerships?: number },
): Promise<{ sites: { count: number; bytes: number }; partnerships: { count: number; bytes: number } }>;
