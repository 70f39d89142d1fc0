// Never a blank page: render errors in any region, and errors outside rendering,
// end as a translated message with a Reload button while the rest keeps working.
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAtlas } from './render';

afterEach(() => {
  delete window.__atlasCrashIn;
});

/** React logs caught render errors to the console; the test asserts what the person sees instead. */
function quietConsole() {
  return vi.spyOn(console, 'error').mockImplementation(() => {});
}

describe('error boundaries', () => {
  it('keeps the atlas working when the side panel fails, and the panel can try again', async () => {
    const quiet = quietConsole();
    window.__atlasCrashIn = 'panel';
    const { user } = renderAtlas();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This panel cannot be shown');
    expect(alert).toHaveTextContent('Deliberate test error in the panel');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    // The map and the filters still work.
    await user.click(await screen.findByRole('checkbox', { name: /Kazakhstan/ }));
    expect(window.location.search).toBe('?country=KZ');
    delete window.__atlasCrashIn;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
    quiet.mockRestore();
  });

  it.each([
    ['explore', 'The filters and lists cannot be shown'],
    ['timeline', 'The timeline cannot be shown'],
    ['map', 'The map cannot be shown: Deliberate test error in the map'],
  ])('contains a failure of the %s to that region', async (region, message) => {
    const quiet = quietConsole();
    window.__atlasCrashIn = region;
    renderAtlas();
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await screen.findByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
    quiet.mockRestore();
  });

  it('shows a full-page message, not a blank page, when the whole atlas fails', async () => {
    const quiet = quietConsole();
    window.__atlasCrashIn = 'page';
    renderAtlas();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The atlas ran into a problem');
    expect(alert).toHaveTextContent('Deliberate test error in the page');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    quiet.mockRestore();
  });
});

describe('errors outside rendering', () => {
  it('reports an error thrown in an event handler or timer, and an unhandled rejection, as a banner', async () => {
    renderAtlas();
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    act(() => {
      window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('x is undefined'), message: 'x is undefined' }));
    });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Something went wrong: TypeError: x is undefined');
    await act(async () => {
      const event = new Event('unhandledrejection') as PromiseRejectionEvent;
      Object.assign(event, { reason: new Error('the export failed') });
      window.dispatchEvent(event);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong: the export failed');
    await act(async () => within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }).click());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('ignores the browser noise that is not a failure (ResizeObserver loops, cancelled requests)', async () => {
    renderAtlas();
    await screen.findByRole('heading', { level: 2, name: 'Overview' });
    act(() => {
      window.dispatchEvent(new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' }));
      const event = new Event('unhandledrejection') as PromiseRejectionEvent;
      Object.assign(event, { reason: new DOMException('aborted', 'AbortError') });
      window.dispatchEvent(event);
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
