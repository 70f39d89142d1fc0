/**
 * Lets the page's questions in while a collection loads. A load reads its body
 * in slices; after each slice it gives the thread up for one task, so messages
 * that came meanwhile are read, and it stays paused while any question waits.
 *
 * Why: bytes already received are read as one long chain of microtasks, which
 * no message can interrupt. The partnerships, parsed after the sites, held back
 * the first counts, rows and map data for the sites (at 10,000 sites the first
 * rows waited 60 ms for them; at 100,000 sites, half a second).
 */
export interface LoadPacerOptions {
  /** How long a load reads before it lets messages in. */
  sliceMs: number;
  /** How long it stays paused at most, however many questions keep coming: then it reads a slice anyway. */
  maxPauseMs: number;
  /** Whether questions wait (what the page shows now: counts, rows, a record, the map's data). */
  hasQuestions: () => boolean;
  /** Resolves in a task of its own, after the tasks already queued (a message to ourselves: no timer clamping). */
  nextTask: () => Promise<void>;
  now?: () => number;
}

export interface LoadPacer {
  /** Asked by a load between parts of a body: a promise to wait for, or undefined to read on. */
  pace(): Promise<void> | undefined;
  /** Asked when a question has been answered or dropped: paused loads go on once none waits. */
  questionsSettled(): void;
}

export function createLoadPacer({ sliceMs, maxPauseMs, hasQuestions, nextTask, now = () => performance.now() }: LoadPacerOptions): LoadPacer {
  let sliceStart = now();
  let paused: (() => void)[] = [];
  const resume = () => {
    const waiting = paused;
    paused = [];
    for (const go of waiting) go();
  };
  return {
    pace() {
      if (now() - sliceStart < sliceMs) return undefined;
      return (async () => {
        await nextTask();
        if (hasQuestions())
          await new Promise<void>((go) => {
            const timer = setTimeout(go, maxPauseMs);
            paused.push(() => {
              clearTimeout(timer);
              go();
            });
          });
        sliceStart = now();
      })();
    },
    questionsSettled() {
      if (!hasQuestions()) resume();
    },
  };
}
