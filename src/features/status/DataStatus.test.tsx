import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { LANGUAGES } from '../../i18n/languages';
import { DataStatus } from './DataStatus';

const query = (isPending: boolean) => ({ isPending, isFetching: isPending, failureCount: 0, error: null, refetch: () => {} });

const status = (sites: boolean, partnerships: boolean, progress = {}) => (
  <DataStatus
    source="data/"
    sites={query(!sites)}
    partnerships={query(!partnerships)}
    siteCount={sites ? 100000 : 0}
    partnershipCount={partnerships ? 10000 : 0}
    skipped={[]}
    progress={progress}
  />
);

describe('the data status in the title bar', () => {
  afterEach(() => act(() => setLanguage('en')));

  it('shows how much of a large file has arrived', () => {
    render(status(false, false, { sites: { bytes: 8_400_000, totalBytes: 232_000_000, pages: 0, features: 0 } }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading data… 8.4 MB of 232 MB');
  });

  it('gives the site count as soon as the sites are in, and the partnerships when they are', () => {
    const view = render(status(true, false));
    expect(screen.getByRole('status')).toHaveTextContent(/100,000 sites$/);
    expect(screen.getByRole('status')).not.toHaveTextContent(/partnerships/);
    view.rerender(status(true, true));
    expect(screen.getByRole('status')).toHaveTextContent('100,000 sites · 10,000 partnerships');
  });

  it('writes sizes as numbers in every language', async () => {
    for (const code of LANGUAGES) {
      await act(() => setLanguage(code));
      const view = render(status(false, false, { sites: { bytes: 12_400_000, totalBytes: 232_000_000, pages: 0, features: 0 } }));
      expect(screen.getByRole('status')).toHaveTextContent(/232/);
      expect(screen.getByRole('status')).not.toHaveTextContent(/NaN/);
      view.unmount();
    }
  });
});
