/** English: the timeline feature. */
export const timeline = {
  heading: 'Timeline',
  /** Accessible name of the year chart (a slider over the years). */
  chart: 'Years with dated events',
  keyboardHint:
    'Left and Right arrows move the selected years, Shift with an arrow widens them, Home and End jump to the first and last year, Escape shows all years. Drag across the chart to select several years.',
  allYears: 'All years',
  range: '{{from}} – {{to}}',
  single: '{{year}}',
  fromOnly: 'From {{from}}',
  toOnly: 'Until {{to}}',
  /** aria-valuetext of the chart: the range and how many events it holds. */
  valueText_one: '{{range}}: {{count, number}} event',
  valueText_other: '{{range}}: {{count, number}} events',
  previous: 'Previous year',
  next: 'Next year',
  clear: 'Clear',
  clearHint: 'Show all years',
  legend: 'Event kinds',
  kind: {
    founded: 'Founded',
    milestone: 'Milestone',
    target: 'Target',
    partnership: 'Partnership',
  },
  /** Tooltip of one year's column. */
  yearTitle_one: '{{year}}: {{count, number}} event',
  yearTitle_other: '{{year}}: {{count, number}} events',
  yearEmpty: '{{year}}: no dated events',
  eventLine: '{{kind}}: {{label}}',
  eventLineDetail: '{{kind}}: {{label}} — {{detail}}',
  more_one: '…and {{count, number}} more',
  more_other: '…and {{count, number}} more',
  empty: 'No dated events for the current filters.',
} as const;
