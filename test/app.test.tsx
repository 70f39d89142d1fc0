// The app shell with the real data flow (MSW serving the embedded dataset) and
// the map replaced by a stand-in.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { PARTNERSHIP_KINDS, type PartnershipKind } from '../src/api/vocabulary';
import { createQueryClient } from '../src/app/Root';
import { i18n } from '../src/i18n';
import { partnershipsCollection, sitesCollection } from '../src/mocks/dataset';
import { server } from '../src/mocks/node';
import { collection, siteFeature } from './fixtures';
import { renderAtlas } from './render';

type Props = {
  id: string;
  sectors: string[];
  name_en: string;
  title_en: string;
  parties: string[];
  kind: string;
  region: string;
  parentId?: string;
  sources: { quote: string }[];
};
const sites = sitesCollection.features.map((f) => (f as { properties: Props }).properties);
const partnerships = partnershipsCollection.features.map((f) => (f as { properties: Props }).properties);
const hub = [...sites].sort(
  (a, b) => partnerships.filter((p) => p.parties.includes(b.id)).length - partnerships.filter((p) => p.parties.includes(a.id)).length,
)[0];
const panel = () => document.getElementById('side-panel')!;

describe('app shell', () => {
  it('shows the title, then every site and partnership with the overview', async () => {
    renderAtlas();
    expect(screen.getByText('Loading configuration…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'BioCluster Atlas' })).toBeInTheDocument();
    expect(await screen.findByText(`${sites.length} sites · ${partnerships.length} partnerships`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
    expect(within(await screen.findByTestId('map')).getAllByRole('button', { name: /^map site/ })).toHaveLength(sites.length);
    const clusters = sites.filter((s) => s.kind === 'cluster' || s.kind === 'zone');
    for (const c of clusters) expect(within(panel()).getByRole('button', { name: c.name_en })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Legend' })).toBeInTheDocument();
  });

  it('opens the facility panel for a site clicked on the map, with its sources, and puts it in the URL', async () => {
    const { user } = renderAtlas();
    await user.click(await screen.findByRole('button', { name: `map site ${hub.id}` }));
    // The focus moves to the panel's heading once it is shown (an effect after the render that shows it).
    const heading = await screen.findByRole('heading', { level: 2, name: hub.name_en });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(new URLSearchParams(window.location.search).get('site')).toBe(hub.id);
    expect(screen.getByTestId('map-selection')).toHaveTextContent(hub.id);
    const sources = within(panel()).getByRole('region', { name: 'Sources' });
    expect(sources).toHaveTextContent(hub.sources[0].quote.slice(0, 40));
  });

  it('goes from a facility to a partnership to a party by keyboard, moving the map each time', async () => {
    const { user } = renderAtlas(`/?site=${hub.id}`);
    await screen.findByRole('heading', { level: 2, name: hub.name_en });
    const partnership = partnerships.find((p) => p.parties.includes(hub.id))!;
    // Partnerships load on their own request, possibly after the sites.
    const link = await within(panel()).findByRole('button', { name: partnership.title_en });
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: partnership.title_en })).toBeInTheDocument();
    expect(screen.getByTestId('map-focus')).toHaveTextContent(`partnership:${partnership.id}`);
    const parties = within(panel()).getByRole('region', { name: 'Parties' });
    const other = sites.find((s) => s.id === partnership.parties.find((id) => id !== hub.id))!;
    await user.click(within(parties).getByRole('button', { name: other.name_en }));
    expect(await screen.findByRole('heading', { level: 2, name: other.name_en })).toBeInTheDocument();
    expect(screen.getByTestId('map-focus')).toHaveTextContent(`site:${other.id}`);
  });

  it('closes the panel with Escape and with its close button', async () => {
    const { user } = renderAtlas(`/?site=${hub.id}`);
    await screen.findByRole('heading', { level: 2, name: hub.name_en });
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: `map arc ${partnerships[0].id}` }));
    await user.click(await screen.findByRole('button', { name: 'Close panel' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
  });

  it('lists member sites on a cluster panel', async () => {
    const parent = sites.find((s) => sites.some((m) => m.parentId === s.id))!;
    renderAtlas(`/?site=${parent.id}`);
    const members = await screen.findByRole('region', { name: 'Member sites' });
    for (const m of sites.filter((s) => s.parentId === parent.id))
      expect(within(members).getByRole('button', { name: m.name_en })).toBeInTheDocument();
  });

  it('explains a link to a record that does not exist, and drops it from the address', async () => {
    renderAtlas('/?site=kr-nowhere&country=KR');
    expect(await screen.findByText('No record with id “kr-nowhere” is loaded.')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?country=KR'));
    expect(screen.getByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
  });

  it('explains a link to a partnership that does not exist, and drops it from the address without a history entry', async () => {
    const before = window.history.length;
    renderAtlas('/?partnership=p-nowhere&country=KZ');
    expect(await screen.findByText('No record with id “p-nowhere” is loaded.')).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?country=KZ'));
    expect(window.history.length).toBe(before);
    expect(screen.getByRole('heading', { level: 2, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByTestId('map-selection')).toHaveTextContent('none');
  });

  it('folds the legend away and back', async () => {
    const { user } = renderAtlas();
    const legend = await screen.findByRole('complementary', { name: 'Legend' });
    const toggle = within(legend).getByRole('button', { name: /Legend/ });
    const entries = () => within(legend).queryAllByRole('listitem');
    // Narrow windows (jsdom is 1024 px wide) open with the legend folded.
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(entries()).toHaveLength(0);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // One entry per sector in use (plus cluster and selection) and per partnership kind.
    const sectorsInUse = new Set(sites.map((s) => s.sectors[0])).size;
    expect(entries().length).toBeGreaterThan(sectorsInUse);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(entries()).toHaveLength(0);
  });
});

describe('many partnerships', () => {
  const withFlowsAbove = (flowsAbove: number) =>
    server.use(http.get('*/config.json', () => HttpResponse.json({ api: { type: 'static', baseUrl: 'data/' }, flowsAbove })));
  // Partnerships by pair of regions (lead party to each other party), as the map's flows count them.
  const regionOf = new Map(sites.map((s) => [s.id, s.region]));
  const pairs = new Set(
    partnerships.flatMap((p) =>
      p.parties
        .slice(1)
        .map((other) => [regionOf.get(p.parties[0])!, regionOf.get(other)!].sort())
        .filter(([a, b]) => a !== b)
        .map((pair) => pair.join(' ')),
    ),
  );

  it('draws one flow per pair of regions above `flowsAbove`, explains it in the legend, and shows both regions on a click', async () => {
    withFlowsAbove(3);
    const { user } = renderAtlas();
    const map = await screen.findByTestId('map');
    const flows = await within(map).findAllByRole('button', { name: /^map flow/ });
    expect(flows.map((b) => b.textContent!.replace('map flow ', '')).sort()).toEqual([...pairs].sort());
    expect(within(map).queryAllByRole('button', { name: /^map arc/ })).toHaveLength(0);

    const legend = screen.getByRole('complementary', { name: 'Legend' });
    await user.click(within(legend).getByRole('button', { name: /Legend/ }));
    expect(legend).toHaveTextContent('More than 3 partnerships: one line per pair of regions, wider for more (none within a region)');
    expect(within(legend).getByText('Between countries')).toBeInTheDocument();
    expect(within(legend).queryByText('MOU')).not.toBeInTheDocument();

    const [first] = [...pairs].sort();
    await user.click(within(map).getByRole('button', { name: `map flow ${first}` }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('region')).toBe(first.replace(' ', ',')));
  });

  it('shows both regions of a clicked flow even when a country filter would hide one of them', async () => {
    withFlowsAbove(3);
    const { user } = renderAtlas('/?country=KZ');
    const map = await screen.findByTestId('map');
    await user.click(await within(map).findByRole('button', { name: 'map flow KR-43 KZ-71' }));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('region')).toBe('KR-43,KZ-71'));
    expect(new URLSearchParams(window.location.search).get('country')).toBeNull();
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent('Chungcheongbuk-do');
  });

  it('draws a selected partnership’s own arcs over the flows, and the legend explains their line styles', async () => {
    withFlowsAbove(0);
    const crossing = partnerships.find((p) => regionOf.get(p.parties[0]) !== regionOf.get(p.parties[1]))!;
    const { user } = renderAtlas(`/?partnership=${crossing.id}`);
    const map = await screen.findByTestId('map');
    const arcsOf = crossing.parties.slice(1).filter((id) => id !== crossing.parties[0]).length;
    await waitFor(() => expect(within(map).getByTestId('map-selection')).toHaveTextContent(`arc:${crossing.id} (${arcsOf} drawn)`));
    expect(within(map).queryAllByRole('button', { name: /^map arc/ })).toHaveLength(0);
    expect(within(map).getAllByRole('button', { name: /^map flow/ }).length).toBe(pairs.size);

    const legend = screen.getByRole('complementary', { name: 'Legend' });
    await user.click(within(legend).getByRole('button', { name: /Legend/ }));
    expect(legend).toHaveTextContent('Between countries');
    expect(legend).toHaveTextContent("The selected partnership's arcs:");
    // Its own kind's line style, and no other kind's.
    const kindLabel = (k: PartnershipKind): string => i18n.t(`partnershipKind.${k}`);
    const kindLabels: string[] = PARTNERSHIP_KINDS.map(kindLabel);
    const listed = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '')
      .filter((text) => kindLabels.includes(text));
    expect(listed).toEqual([kindLabel(crossing.kind as PartnershipKind)]);
  });

  it('draws each partnership’s arcs up to `flowsAbove`', async () => {
    withFlowsAbove(partnerships.length);
    renderAtlas();
    const map = await screen.findByTestId('map');
    expect(await within(map).findAllByRole('button', { name: /^map arc/ })).toHaveLength(
      new Set(partnerships.filter((p) => p.parties.some((id, i) => i > 0 && id !== p.parties[0])).map((p) => p.id)).size,
    );
    expect(within(map).queryAllByRole('button', { name: /^map flow/ })).toHaveLength(0);
  });
});

describe('loading and error states', () => {
  it('explains a missing config.json instead of showing a blank page', async () => {
    server.use(http.get('*/config.json', () => new HttpResponse('missing', { status: 404 })));
    renderAtlas();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The atlas could not start');
    expect(alert).toHaveTextContent('Could not load config.json: the server answered 404');
  });

  it('names the invalid field of a bad config.json', async () => {
    server.use(http.get('*/config.json', () => HttpResponse.json({ api: { type: 'ogcapi' } })));
    renderAtlas();
    expect(await screen.findByRole('alert')).toHaveTextContent('config.json is invalid at "api.baseUrl"');
  });

  it('shows a sites error with Retry, and recovers when the server does', async () => {
    let fail = true;
    server.use(
      http.get('*/data/sites.geojson', () => (fail ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(sitesCollection))),
    );
    const { user } = renderAtlas();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sites could not be loaded');
    expect(alert).toHaveTextContent('HTTP 500');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(`${sites.length} sites · ${partnerships.length} partnerships`)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the sites when the partnerships fail', async () => {
    server.use(http.get('*/data/partnerships.geojson', () => HttpResponse.error()));
    renderAtlas();
    expect(await screen.findByRole('alert')).toHaveTextContent('Partnerships could not be loaded');
    expect(await screen.findByText(`${sites.length} sites · 0 partnerships`)).toBeInTheDocument();
    expect(within(await screen.findByTestId('map')).getAllByRole('button', { name: /^map site/ })).toHaveLength(sites.length);
  });

  it('skips and counts broken records, with details on demand', async () => {
    const broken = [
      ...sitesCollection.features,
      siteFeature('kr-broken', { sectors: ['astrology'] }),
      { type: 'Feature', geometry: null, properties: {} },
    ];
    server.use(http.get('*/data/sites.geojson', () => HttpResponse.json(collection(broken))));
    const { user } = renderAtlas();
    await user.click(await screen.findByText('2 records skipped'));
    expect(screen.getByText(/sites #\d+ kr-broken: sectors\.0: Invalid option/)).toBeInTheDocument();
    expect(screen.getByText(`${sites.length} sites · ${partnerships.length} partnerships`)).toBeInTheDocument();
  });

  it('retries a failing data request after 1 s, 2 s and 4 s before it shows the error', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let requests = 0;
      server.use(
        http.get('*/data/sites.geojson', () => {
          requests += 1;
          return new HttpResponse(null, { status: 500 });
        }),
      );
      // Lets pending responses, promise chains and zero-delay timers (Query batches its updates
      // with them) run, without moving the fake clock.
      const settle = async () => {
        for (let i = 0; i < 50; i++) {
          await vi.advanceTimersByTimeAsync(0);
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      renderAtlas('/', { queryClient: createQueryClient() });
      await settle();
      expect(requests).toBe(1);
      for (const delay of [1000, 2000, 4000]) {
        const before = requests;
        await vi.advanceTimersByTimeAsync(delay - 1);
        await settle();
        expect(requests, `no retry before ${delay} ms`).toBe(before);
        expect(screen.queryByRole('alert')).not.toBeInTheDocument();
        await vi.advanceTimersByTimeAsync(1);
        await settle();
        expect(requests, `a retry after ${delay} ms`).toBe(before + 1);
      }
      // The fourth failure is final: the error replaces "trying again" a moment later.
      expect(screen.getByText(/trying again/)).toBeInTheDocument();
      await vi.advanceTimersByTimeAsync(100);
      await settle();
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('Sites could not be loaded');
      expect(alert).toHaveTextContent('HTTP 500');
      // Three retries, then it stops: no fifth request however long one waits.
      await vi.advanceTimersByTimeAsync(60_000);
      await settle();
      expect(requests).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['not JSON', () => HttpResponse.text('<html>Bad gateway</html>'), /did not return JSON/],
    ['JSON that is not a FeatureCollection', () => HttpResponse.json({ type: 'Topology', objects: {} }), /not a GeoJSON FeatureCollection/],
    ['an unreachable server', () => HttpResponse.error(), /could not be reached/],
  ])('explains a sites response that is %s, and keeps the partnerships request separate', async (_label, reply, message) => {
    server.use(http.get('*/data/sites.geojson', reply));
    renderAtlas();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sites could not be loaded');
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('shows an empty collection as zero sites, not as an error', async () => {
    server.use(http.get('*/data/sites.geojson', () => HttpResponse.json(collection([]))));
    renderAtlas();
    expect(await screen.findByText('0 sites · 0 partnerships')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('aborts a request that takes longer than the configured time and says so', async () => {
    server.use(
      http.get('*/config.json', () => HttpResponse.json({ api: { type: 'static', baseUrl: 'data/' }, requestTimeoutMs: 1000 })),
      http.get('*/data/sites.geojson', () => new Promise<Response>(() => {})),
    );
    renderAtlas();
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent('did not answer in time');
  });

  it('keeps the data on screen when a later refetch fails', async () => {
    const { queryClient } = renderAtlas();
    expect(await screen.findByText(`${sites.length} sites · ${partnerships.length} partnerships`)).toBeInTheDocument();
    server.use(http.get('*/data/sites.geojson', () => new HttpResponse(null, { status: 503 })));
    await queryClient.refetchQueries({ queryKey: ['sites'] });
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 503');
    expect(screen.getByText(`${sites.length} sites · ${partnerships.length} partnerships`)).toBeInTheDocument();
    expect(within(await screen.findByTestId('map')).getAllByRole('button', { name: /^map site/ })).toHaveLength(sites.length);
  });

  it('tells the user why there is no map without WebGL, and the panels keep working', async () => {
    const webgl = globalThis as { WebGL2RenderingContext?: unknown };
    const present = webgl.WebGL2RenderingContext;
    delete webgl.WebGL2RenderingContext;
    const { user } = renderAtlas();
    expect(await screen.findByText(/The map cannot be shown: this browser has no WebGL/)).toBeInTheDocument();
    const cluster = sites.find((s) => s.kind === 'cluster')!;
    await user.click(await within(panel()).findByRole('button', { name: cluster.name_en }));
    expect(await screen.findByRole('heading', { level: 2, name: cluster.name_en })).toBeInTheDocument();
    webgl.WebGL2RenderingContext = present;
  });
});
