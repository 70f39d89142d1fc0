#!/usr/bin/env node
/**
 * Recomputes every partnership's geometry from the sites file, so that a line
 * always runs through its parties' points in parties order (the dataset test
 * checks exactly this). Also sets Feature.id to properties.id.
 *
 *   node scripts/build-partnership-geometry.mjs          rewrite public/data/partnerships.geojson
 *   node scripts/build-partnership-geometry.mjs --check  exit 1 if the file is out of date
 *
 * A partnership naming an unknown site id is an error: fix the data, not the line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sitesPath = join(root, 'public/data/sites.geojson');
const partnershipsPath = join(root, 'public/data/partnerships.geojson');

/** 2-space JSON with short number arrays (coordinates) kept on one line. */
export function formatGeoJson(value) {
  return (
    JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '[$1, $2]') + '\n'
  );
}

function main() {
  const check = process.argv.includes('--check');
  const sites = JSON.parse(readFileSync(sitesPath, 'utf8'));
  const original = readFileSync(partnershipsPath, 'utf8');
  const partnerships = JSON.parse(original);

  const coordinatesById = new Map();
  for (const feature of sites.features) {
    coordinatesById.set(feature.properties.id, feature.geometry.coordinates);
  }

  const errors = [];
  partnerships.features = partnerships.features.map((feature) => {
    const { id, parties } = feature.properties;
    const missing = parties.filter((party) => !coordinatesById.has(party));
    if (missing.length > 0) errors.push(`${id}: unknown parties ${missing.join(', ')}`);
    const geometry =
      missing.length > 0
        ? null
        : { type: 'LineString', coordinates: parties.map((party) => [...coordinatesById.get(party)]) };
    return { type: 'Feature', id, geometry, properties: feature.properties };
  });

  if (errors.length > 0) {
    console.error(errors.join('\n'));
    process.exit(1);
  }

  const output = formatGeoJson(partnerships);
  if (check) {
    if (output !== original) {
      console.error('partnerships.geojson is out of date: run node scripts/build-partnership-geometry.mjs');
      process.exit(1);
    }
    console.log(`partnerships.geojson is up to date (${partnerships.features.length} features).`);
    return;
  }
  writeFileSync(partnershipsPath, output);
  console.log(`Wrote ${partnerships.features.length} partnership geometries to ${partnershipsPath}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
