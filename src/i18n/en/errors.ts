/** English: what the person is told when part of the atlas fails unexpectedly. */
export const errors = {
  pageTitle: 'The atlas ran into a problem',
  pageHelp: 'Something went wrong while showing the atlas. Reloading the page usually helps; if it does not, tell the portal administrator what is shown below.',
  regionTitle: {
    map: 'The map cannot be shown',
    panel: 'This panel cannot be shown',
    explore: 'The filters and lists cannot be shown',
    timeline: 'The timeline cannot be shown',
  },
  regionHelp: 'The rest of the atlas still works.',
  codeNotLoaded: 'Its code could not be downloaded: the connection may have dropped. Try again, or reload the page, once you are back online.',
  unexpected: 'Something went wrong: {{summary}}',
  reload: 'Reload',
  tryAgain: 'Try again',
  dismiss: 'Dismiss',
  detail: 'Details',
} as const;
