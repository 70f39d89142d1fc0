import { describe, expect, it } from 'vitest';
import { createLoadPacer } from './loadPacer';

/** A pacer on a clock the test moves, with questions the test queues and answers. */
function setUp() {
  let time = 0;
  const questions: string[] = [];
  const pacer = createLoadPacer({
    sliceMs: 8,
    maxPauseMs: 60,
    hasQuestions: () => questions.length > 0,
    nextTask: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    now: () => time,
  });
  const advance = (ms: number) => void (time += ms);
  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    return done;
  };
  return { pacer, questions, advance, settled };
}

describe('a load paced for the page', () => {
  it('reads on within its slice', () => {
    const { pacer, advance } = setUp();
    advance(7);
    expect(pacer.pace()).toBeUndefined();
  });

  it('after its slice, lets messages in for one task and reads on when no question waits', async () => {
    const { pacer, advance, settled } = setUp();
    advance(8);
    const paused = pacer.pace();
    expect(paused).toBeInstanceOf(Promise);
    expect(await settled(paused!)).toBe(true);
    // A new slice begins.
    expect(pacer.pace()).toBeUndefined();
  });

  it('waits while questions wait, and goes on once the last is answered or dropped', async () => {
    const { pacer, questions, advance, settled } = setUp();
    advance(10);
    questions.push('explore', 'mapSites');
    const paused = pacer.pace()!;
    expect(await settled(paused)).toBe(false);
    questions.shift();
    pacer.questionsSettled();
    expect(await settled(paused)).toBe(false);
    questions.shift();
    pacer.questionsSettled();
    expect(await settled(paused)).toBe(true);
  });

  it('sees a question that arrives during the task it gives up', async () => {
    const { pacer, questions, advance, settled } = setUp();
    advance(10);
    const paused = pacer.pace()!;
    // The page's message is read while the load has given the thread up.
    questions.push('explore');
    expect(await settled(paused)).toBe(false);
    questions.pop();
    pacer.questionsSettled();
    expect(await settled(paused)).toBe(true);
  });

  it('reads a slice anyway after its longest pause, however many questions keep coming', async () => {
    const { pacer, questions, advance, settled } = setUp();
    advance(10);
    questions.push('explore');
    const paused = pacer.pace()!;
    expect(await settled(paused)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 70));
    expect(await settled(paused)).toBe(true);
  });
});
