/**
 * Whether the data worker's background work waits for the map, while the page says the map is drawing new data and
 * never longer than `maxMs` from when it began, should it never say it is idle. Work ahead of need (the search
 * text) always waits; background questions (the timeline, the groups: things a person sees) only for a dataset
 * large enough for them to take long (at 1,000 sites they take milliseconds and would only come late). `onExpire`
 * runs when the hold runs out by itself, so the worker looks at its queue again.
 */
export function createMapHold({ maxMs, fromSites, onExpire }: { maxMs: number; fromSites: number; onExpire: () => void }) {
  let sites = 0;
  let drawing = false;
  // A flag, not a comparison of clocks: a timer may fire a little before its delay.
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    setSiteCount(count: number) {
      sites = count;
    },
    setDrawing(now: boolean) {
      if (!now) {
        clearTimeout(timer);
        timer = undefined;
        expired = false;
      } else if (!drawing) {
        // Counted from when the map began drawing, not from its latest report.
        timer = setTimeout(() => {
          expired = true;
          onExpire();
        }, maxMs);
      }
      drawing = now;
    },
    holds: (work: 'ahead' | 'questions') => drawing && !expired && (work === 'ahead' || sites >= fromSites),
  };
}
