/** English: The shell: title, start-up messages, regions of the page. */
export const app = {
  title: 'BioCluster Atlas',
  subtitle: 'Biopharmaceutical and medical-industry clusters, facilities and partnerships · Korea · Kazakhstan',
  skipToPanel: 'Skip to details panel',
  loadingConfig: 'Loading configuration…',
  configErrorTitle: 'The atlas could not start',
  configErrorHelp: 'Ask the portal administrator to check config.json. Details:',
  retry: 'Retry',
  mapLoading: 'Loading map…',
  loading: 'Loading…',
  mapRegion: 'Map of sites and partnerships',
  /** The language switcher's label. */
  language: 'Language',
} as const;
