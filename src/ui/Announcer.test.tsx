import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnouncerProvider, useAnnounce } from './Announcer';

function Speaker({ words }: { words: string[] }) {
  const announce = useAnnounce();
  return (
    <button type="button" onClick={() => words.forEach(announce)}>
      say
    </button>
  );
}

describe('the live region', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says only the last of a burst, after a pause, and lets it go once said', () => {
    render(
      <AnnouncerProvider delayMs={600}>
        <Speaker words={['1 of 41 sites', '2 of 41 sites', '3 of 41 sites']} />
      </AnnouncerProvider>,
    );
    act(() => screen.getByRole('button').click());
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('');
    act(() => vi.advanceTimersByTime(600));
    expect(region).toHaveTextContent(/^3 of 41 sites$/);
    act(() => vi.advanceTimersByTime(3000));
    expect(region).toHaveTextContent('');
    // The same words again are said again.
    act(() => screen.getByRole('button').click());
    act(() => vi.advanceTimersByTime(600));
    expect(region).toHaveTextContent(/^3 of 41 sites$/);
  });
});
