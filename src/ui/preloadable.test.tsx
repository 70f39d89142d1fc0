import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';
import { preloadable } from './preloadable';

/** The part in its region, as the layouts place it: an error boundary around a Suspense boundary. */
const inRegion = (Part: ComponentType) => (
  <ErrorBoundary region="timeline">
    <Suspense fallback={<p>loading</p>}>
      <Part />
    </Suspense>
  </ErrorBoundary>
);

const offline = () => new TypeError('Failed to fetch dynamically imported module: http://atlas.example/assets/Timeline-x.js');

describe('a part whose code loads apart from the entry', () => {
  it('asks for the code again at its first render when the prefetch failed', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(offline())
      .mockResolvedValue(() => <p>timeline drawn</p>);
    const Part = preloadable(load);
    Part.prefetch();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    render(inRegion(Part));
    expect(await screen.findByText('timeline drawn')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says its code could not be downloaded, asks once (no retry loop), and loads it with "Try again"', async () => {
    const user = userEvent.setup();
    let online = false;
    const load = vi.fn(() => (online ? Promise.resolve(() => <p>timeline drawn</p>) : Promise.reject(offline())));
    const Part = preloadable(load);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      render(inRegion(Part));
      expect(await screen.findByText('Its code could not be downloaded: the connection may have dropped. Try again, or reload the page, once you are back online.')).toBeInTheDocument();
      // React mounts a suspended part anew on each retry: it must not ask for the code again by itself.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(load).toHaveBeenCalledTimes(1);
      online = true;
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText('timeline drawn')).toBeInTheDocument();
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      errors.mockRestore();
    }
  });

  it("asks for the code again when its region is opened again (a phone's timeline folded and unfolded)", async () => {
    let online = false;
    const load = vi.fn(() => (online ? Promise.resolve(() => <p>timeline drawn</p>) : Promise.reject(offline())));
    const Part = preloadable(load);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const first = render(inRegion(Part));
      expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
      first.unmount();
      online = true;
      render(inRegion(Part));
      expect(await screen.findByText('timeline drawn')).toBeInTheDocument();
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      errors.mockRestore();
    }
  });
});
