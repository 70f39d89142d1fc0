/** English: Loading the data: progress, counts, skipped records, load errors. */
export const data = {
  loading: 'Loading data…',
  progressBytes: '{{loaded}} received',
  progressBytesOf: '{{loaded}} of {{total}}',
  progressPages_one: 'page {{pages}} · {{count, number}} record',
  progressPages_other: 'page {{pages}} · {{count, number}} records',
  retrying: 'The server did not answer properly; trying again…',
  counts: '{{sites, number}} sites · {{partnerships, number}} partnerships',
  /** While the partnerships are still loading (the sites are in). */
  sitesOnly: '{{sites, number}} sites',
  sitesError: 'Sites could not be loaded from {{source}}.',
  partnershipsError: 'Partnerships could not be loaded from {{source}}.',
  errorDetail: 'Reason: {{message}}',
  skipped_one: '{{count, number}} record skipped',
  skipped_other: '{{count, number}} records skipped',
  skippedDetails: 'Show skipped records',
  skippedRow: '{{collection}} #{{index}} {{id}}: {{reason}}',
} as const;
