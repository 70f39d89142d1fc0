import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Root } from '../src/app/Root';
import { canonicaliseLocation } from '../src/state/urlState';

/**
 * Renders the whole atlas at a URL with a fresh, non-retrying QueryClient (or the
 * one given, e.g. the production client from createQueryClient).
 */
export function renderAtlas(
  url = '/',
  { retry = false, queryClient: given }: { retry?: boolean | number; queryClient?: QueryClient } = {},
) {
  window.history.replaceState(null, '', url);
  canonicaliseLocation(); // as main.tsx does before the first render
  const queryClient = given ?? new QueryClient({ defaultOptions: { queries: { retry, retryDelay: 1, refetchOnWindowFocus: false } } });
  const user = userEvent.setup();
  return { user, queryClient, ...render(<Root queryClient={queryClient} />) };
}
