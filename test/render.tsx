import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Root } from '../src/app/Root';
import { canonicaliseLocation } from '../src/state/urlState';

/** Renders the whole atlas at a URL with a fresh, non-retrying QueryClient. */
export function renderAtlas(url = '/', { retry = false }: { retry?: boolean | number } = {}) {
  window.history.replaceState(null, '', url);
  canonicaliseLocation(); // as main.tsx does before the first render
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry, retryDelay: 1, refetchOnWindowFocus: false } } });
  const user = userEvent.setup();
  return { user, queryClient, ...render(<Root queryClient={queryClient} />) };
}
