/**
 * Decodes a list-valued property in whatever form a feature server returned it:
 * - a JSON array (static GeoJSON, pygeoapi, GeoServer over JSON),
 * - a JSON string of an array (MapServer over OGR for arrays of objects),
 * - OGR's string-list form "(2:a,b)" (MapServer over OGR for arrays of strings),
 * - a plain comma-separated string, "" or null (empty list).
 * Anything else is returned unchanged so the schema reports it as invalid.
 */
export function decodeList(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return value;
    }
  }
  const ogr = /^\((\d+):(.*)\)$/s.exec(text);
  if (ogr) {
    const count = Number(ogr[1]);
    if (count === 0) return [];
    const items = ogr[2].split(',');
    return items.length === count ? items : value;
  }
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
