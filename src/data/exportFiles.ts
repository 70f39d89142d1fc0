/** Names and types of the export files: shared by the page (the menu) and the data worker (the files). */
export type ExportFormat = 'csv' | 'geojson';
export type ExportCollection = 'sites' | 'partnerships';

export const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json;charset=utf-8',
};

/** "biocluster-sites-2025-03-01.csv", dated in the user's local time zone. */
export function exportFilename(collection: ExportCollection, format: ExportFormat, date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `biocluster-${collection}-${day}.${format}`;
}
