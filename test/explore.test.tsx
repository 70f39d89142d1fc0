// Filters, facet counts, chips, search and the URL, through the whole app
// (MSW serving the embedded dataset, map replaced by a stand-in).
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { delay, http, HttpResponse } from 'msw';
import { partnershipsCollection, sitesCollection } from '../src/mocks/dataset';
import { server } from '../src/mocks/node';
import { renderAtlas } from './render';

type Props = {
  id: string;
  country: string;
  region: string;
  sectors: string[];
  status: string;
  kind: string;
  name_en: string;
  name_ko?: string;
  name_kk?: string;
};
const sites = sitesCollection.features.map((f) => (f as { properties: Props }).properties);
const count = (pred: (s: Props) => boolean) => sites.filter(pred).length;
const mapSiteIds = async () =>
  within(await screen.findByTestId('map'))
    .queryAllByRole('button', { name: /^map site/ })
    .map((b) => b.textContent!.replace(/^map site /, ''));
const mapSites = async () => (await mapSiteIds()).length;
/** Whether a site's own record mentions `text` anywhere (an upper bound for what a search may match). */
const mentions = (id: string, text: string) =>
  JSON.stringify(sitesCollection.features.find((f) => (f as { properties: Props }).properties.id === id))
    .toLowerCase()
    .includes(text.toLowerCase());
/** Steps through history as the browser's buttons do, waiting for the app to hear of it. */
async function historyStep(step: 'back' | 'forward') {
  await act(async () => {
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history[step]();
    await popped;
  });
}
const params = () => new URLSearchParams(window.location.search);
const facet = (name: string) => screen.getByRole('group', { name });
/** The atlas with its data loaded and the filters answered (the answers come from the data service, asynchronously). */
async function ready() {
  await screen.findByText(`All ${sites.length} sites`);
  await screen.findByRole('group', { name: 'Country' });
}
/** The checkbox of one option of a facet, and the count shown beside it. */
function option(group: string, label: string) {
  const checkbox = within(facet(group)).getByRole('checkbox', { name: new RegExp(`^${label}`) });
  const text = checkbox.closest('label')!.querySelector('.facet-count')!.textContent;
  return { checkbox, count: Number(text) };
}

describe('filters', () => {
  it('filters by country: map, counts, chips and URL update together', async () => {
    const { user } = renderAtlas();
    await ready();
    await user.click(option('Country', 'Kazakhstan').checkbox);
    const kz = count((s) => s.country === 'KZ');
    expect(await screen.findByText(`${kz} of ${sites.length} sites`)).toBeInTheDocument();
    await waitFor(async () => expect(await mapSites()).toBe(kz));
    expect(params().get('country')).toBe('KZ');
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent('Country: Kazakhstan');
    // Korean regions now match nothing: shown disabled with 0.
    const incheon = option('Region', 'Incheon');
    expect(incheon.count).toBe(0);
    expect(incheon.checkbox).toBeDisabled();
    // The country facet itself still counts every country (it ignores its own selection).
    expect(option('Country', 'Republic of Korea').count).toBe(count((s) => s.country === 'KR'));
  });

  it('combines sector, status and region, with facet counts honouring the other filters', async () => {
    const { user } = renderAtlas();
    await ready();
    await user.click(option('Sector', 'Vaccines').checkbox);
    await user.click(option('Sector', 'mRNA').checkbox);
    await user.click(option('Status', 'Operating').checkbox);
    const vaccinesOrMrna = (s: Props) => s.sectors.includes('vaccines') || s.sectors.includes('mrna');
    const expected = count((s) => vaccinesOrMrna(s) && s.status === 'operating');
    expect(await screen.findByText(`${expected} of ${sites.length} sites`)).toBeInTheDocument();
    expect(option('Status', 'Under construction').count).toBe(count((s) => vaccinesOrMrna(s) && s.status === 'under_construction'));
    expect(option('Region', 'Jeollanam-do').count).toBe(
      count((s) => vaccinesOrMrna(s) && s.status === 'operating' && s.region === 'KR-46'),
    );
    expect(params().get('sector')).toBe('vaccines,mrna');
    expect(params().get('status')).toBe('operating');
  });

  it('removes one chip, then clears all', async () => {
    const { user } = renderAtlas('/?country=KR&kind=company&status=operating');
    const chips = await screen.findByRole('list', { name: 'Active filters' });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(3);
    await user.click(within(chips).getByRole('button', { name: 'Remove filter Kind: Company' }));
    await waitFor(() => expect(params().get('kind')).toBeNull());
    expect(within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(await screen.findByText(`All ${sites.length} sites`)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
  });

  it('searches names in Hangul and Cyrillic after the user pauses typing', async () => {
    const { user } = renderAtlas();
    await ready();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    // Every site named 송도 is found, and nothing that does not mention it: the search really filters.
    await user.type(search, '송도');
    const songdo = sites.filter((s) => s.name_ko?.includes('송도'));
    expect(songdo.length).toBeGreaterThan(0);
    await waitFor(() => expect(params().get('q')).toBe('송도'));
    await waitFor(async () => expect(await mapSites()).toBeLessThan(sites.length));
    const found = await mapSiteIds();
    for (const s of songdo) expect(found).toContain(s.id);
    for (const id of found) expect(mentions(id, '송도'), `${id} mentions 송도`).toBe(true);
    // The count and the map are separate answers: either may arrive first.
    expect(await screen.findByText(`${found.length} of ${sites.length} sites`)).toBeInTheDocument();

    // Case-insensitive in Cyrillic, Kazakh letters included.
    await user.clear(search);
    await user.type(search, 'АҚТӨБЕ');
    const aktobe = sites.filter((s) => s.name_kk?.toLowerCase().includes('ақтөбе'));
    expect(aktobe.length).toBeGreaterThan(0);
    await waitFor(() => expect(params().get('q')).toBe('АҚТӨБЕ'));
    await waitFor(async () => expect(await mapSiteIds()).not.toEqual(found));
    const foundKz = await mapSiteIds();
    for (const s of aktobe) expect(foundKz).toContain(s.id);
    for (const id of foundKz) expect(mentions(id, 'ақтөбе'), `${id} mentions Ақтөбе`).toBe(true);
    expect(await screen.findByText(`${foundKz.length} of ${sites.length} sites`)).toBeInTheDocument();
  });

  it('filters by a year range typed in', async () => {
    const { user } = renderAtlas();
    await ready();
    await user.type(screen.getByRole('spinbutton', { name: 'From' }), '2030');
    await waitFor(() => expect(params().get('from')).toBe('2030'));
    expect(await screen.findByRole('list', { name: 'Active filters' })).toHaveTextContent('Years: 2030 – …');
  });

  it('draws a site that a shared year range matches only through its partnerships, once they have loaded', async () => {
    // PCMO has no dated event of its own; its 2024 partnership is what puts it in 2024. The partnerships come later.
    server.use(http.get('*/data/partnerships.geojson', async () => (await delay(150), HttpResponse.json(partnershipsCollection))));
    const pcmo = sites.find((s) => s.id === 'kr-pcmo')!;
    renderAtlas('/?from=2024&to=2024');
    const map = within(await screen.findByTestId('map'));
    await screen.findByText(/sites$/, { selector: '.data-status .counts' });
    expect(await map.findByRole('button', { name: `map site ${pcmo.id}` }, { timeout: 3000 })).toBeInTheDocument();
  });

  it('makes a range of a From typed after an earlier To', async () => {
    const { user } = renderAtlas('/?to=2020');
    await screen.findByRole('list', { name: 'Active filters' });
    await user.type(await screen.findByRole('spinbutton', { name: 'From' }), '2025');
    await waitFor(() => expect(params().get('from')).toBe('2020'));
    expect(params().get('to')).toBe('2025');
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent('Years: 2020 – 2025');
  });

  it('drops a region the data does not have without adding a history entry', async () => {
    const before = window.history.length;
    renderAtlas('/?region=KZ-99&country=KR');
    await waitFor(() => expect(window.location.search).toBe('?country=KR'));
    expect(window.history.length).toBe(before);
  });

  it('ignores malformed and unknown values in a shared link, and drops them from the URL', async () => {
    renderAtlas('/?sector=astrology,vaccines&from=20x5&country=XX&region=KR-99,KR-46&utm_source=mail&site=%3Cscript%3E');
    await screen.findByRole('list', { name: 'Active filters' });
    await waitFor(() => expect(window.location.search).toBe('?region=KR-46&sector=vaccines'));
    const expected = count((s) => s.region === 'KR-46' && s.sectors.includes('vaccines'));
    expect(await screen.findByText(`${expected} of ${sites.length} sites`)).toBeInTheDocument();
  });

  it('steps back and forward through filter changes', async () => {
    const { user } = renderAtlas();
    await ready();
    await user.click(option('Country', 'China').checkbox);
    await screen.findByText(`${count((s) => s.country === 'CN')} of ${sites.length} sites`);
    await historyStep('back');
    expect(await screen.findByText(`All ${sites.length} sites`)).toBeInTheDocument();
    await historyStep('forward');
    expect(await screen.findByText(`${count((s) => s.country === 'CN')} of ${sites.length} sites`)).toBeInTheDocument();
  });
});
