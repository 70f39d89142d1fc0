import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Site } from '../../api/schema';
import type { SortKey } from '../../state/urlState';
import { SiteList, type RowSource, type SiteListProps as ListProps } from './SiteList';
import { sortSites } from '../../state/sortSites';
import { makeSite } from '../../../test/factories';
import { datasetPartnerships, datasetSites } from '../../../test/dataset';

// jsdom has no layout: give every element a 600 px viewport, and make scrollTo scroll.
const VIEW_HEIGHT = 600;
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => VIEW_HEIGHT });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  // The grid's content: the sticky header (36 px) and the body, whose height the list sets.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      const body = this.querySelector<HTMLElement>(':scope > .sl-body');
      return body ? 36 + parseFloat(body.style.height || '0') : 0;
    },
  });
  Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
    this.dispatchEvent(new Event('scroll'));
  } as Element['scrollTo'];
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
  delete (Element.prototype as { scrollTo?: unknown }).scrollTo;
});

const dataset = datasetSites;
const partnerships = datasetPartnerships;
const datasetCounts = new Map<string, number>();
for (const p of partnerships) for (const id of new Set(p.parties)) datasetCounts.set(id, (datasetCounts.get(id) ?? 0) + 1);

const site = (id: string, patch: Partial<Site> = {}) =>
  makeSite(id, { sectors: ['pharmaceuticals'], region: 'KR-11', regionName: 'Seoul', ...patch });

const small = [
  site('kr-songdo', {
    name_en: 'Songdo Bio Cluster',
    name_ko: '송도 바이오클러스터',
    kind: 'cluster',
    sectors: ['biomanufacturing', 'cdmo'],
    region: 'KR-28',
    regionName: 'Incheon',
  }),
  site('kz-astana', {
    name_en: 'Astana cluster zone',
    name_kk: 'Астана кластерлік аймағы',
    name_ru: 'Кластерная зона Астаны',
    kind: 'zone',
    country: 'KZ',
    region: 'KZ-71',
    regionName: 'Astana',
    status: 'proposed',
  }),
  site('kr-macrogen', { name_en: 'Macrogen', kind: 'company', sectors: ['genomics'], status: 'under_construction' }),
];
const smallCounts = new Map([
  ['kr-songdo', 4],
  ['kz-astana', 2],
]);

/** The list's props as a test states them: the sites and their partnership counts, which the list's row source orders. */
type SiteListProps = Omit<ListProps, 'rows' | 'selectedPosition'> & { sites: Site[]; partnershipCount: ReadonlyMap<string, number> };

/**
 * The list as the app feeds it: a row source over the sites, sorted the way the
 * data worker sorts them (src/state/sortSites.ts), every row at hand.
 */
function List({ sites, partnershipCount, ...props }: SiteListProps) {
  const sorted = sortSites(sites, props.sort, { partnershipCount });
  const positions = new Map(sorted.map((s, i) => [s.id, i]));
  const rows: RowSource = {
    count: sorted.length,
    at: (i) => (sorted[i] ? { ...sorted[i], partnerships: partnershipCount.get(sorted[i].id) ?? 0 } : undefined),
    positionOf: (id) => positions.get(id),
    want: () => {},
  };
  return <SiteList {...props} rows={rows} selectedPosition={props.selectedId === undefined ? undefined : positions.get(props.selectedId)} />;
}

/** The list with its sort and in-view state kept, as the app keeps them in the URL. */
function Stateful(props: Partial<SiteListProps> & { initialSort?: SiteListProps['sort'] }) {
  const { initialSort = null, onSort, onInViewOnlyChange, ...rest } = props;
  const [sort, setSort] = useState<SiteListProps['sort']>(initialSort);
  const [inView, setInView] = useState(false);
  return (
    <div style={{ height: VIEW_HEIGHT }}>
      <List
        sites={small}
        partnershipCount={smallCounts}
        onHover={() => {}}
        onSelect={() => {}}
        sort={sort}
        onSort={(s) => {
          setSort(s);
          onSort?.(s);
        }}
        inViewOnly={inView}
        onInViewOnlyChange={(v) => {
          setInView(v);
          onInViewOnlyChange?.(v);
        }}
        {...rest}
      />
    </div>
  );
}

const dataRows = () => screen.getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1');
const firstRowName = () => within(dataRows()[0]).getAllByRole('gridcell')[0].querySelector('.sl-name')?.textContent;
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

describe('SiteList', () => {
  it('shows each site with its name, native name, kind, region, sectors, status and partnerships', () => {
    render(<Stateful />);
    expect(screen.getByText('3 sites')).toBeInTheDocument();
    const grid = screen.getByRole('grid', { name: 'Sites' });
    expect(grid).toHaveAttribute('aria-rowcount', '4');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Kind', 'Region', 'Sectors', 'Status', 'PartnershipsLinks']);

    const songdo = screen.getByRole('row', { name: /Songdo Bio Cluster/ });
    const cells = within(songdo).getAllByRole('gridcell');
    expect(cells[0]).toHaveTextContent('Songdo Bio Cluster');
    expect(within(cells[0]).getByText('송도 바이오클러스터')).toHaveAttribute('lang', 'ko');
    expect(cells[1]).toHaveTextContent('Cluster');
    expect(cells[2]).toHaveTextContent('Incheon');
    expect(cells[3]).toHaveTextContent('Biomanufacturing');
    expect(cells[3]).toHaveTextContent('CDMO');
    expect(within(cells[4]).getByText('Operating')).toHaveClass('status-badge', 'status-operating');
    expect(cells[5]).toHaveTextContent('4');
    expect(cells[5]).toHaveAttribute('title', '4 partnerships');

    // Kazakh sites show the Kazakh name; a site without a partnership shows 0.
    const astana = screen.getByRole('row', { name: /Astana cluster zone/ });
    expect(within(astana).getByText('Астана кластерлік аймағы')).toHaveAttribute('lang', 'kk');
    expect(within(astana).getByText('Special zone')).toBeInTheDocument();
    expect(within(astana).getByText('Proposed')).toHaveClass('status-proposed');
    const macrogen = screen.getByRole('row', { name: /Macrogen/ });
    expect(within(macrogen).getAllByRole('gridcell')[5]).toHaveTextContent('0');
    expect(within(macrogen).getByText('Under construction')).toBeInTheDocument();
  });

  it('lists the embedded dataset by name, with its partnership counts', () => {
    render(<List {...baseProps()} sites={dataset} partnershipCount={datasetCounts} />);
    expect(screen.getByText(`${dataset.length} sites`)).toBeInTheDocument();
    expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', String(dataset.length + 1));
    const expected = sortSites(dataset, null, { partnershipCount: datasetCounts });
    const rows = dataRows();
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(rows[0]).toHaveTextContent(expected[0].name_en);
    expect(within(rows[0]).getAllByRole('gridcell')[5]).toHaveTextContent(String(datasetCounts.get(expected[0].id) ?? 0));
  });

  it('sorts by a column when its header is clicked, and toggles the direction', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(<Stateful onSort={onSort} />);
    // No sort chosen: name A→Z.
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(firstRowName()).toBe('Astana cluster zone');

    await user.click(within(header('Name')).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'name', desc: true });
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    expect(firstRowName()).toBe('Songdo Bio Cluster');

    await user.click(within(header('Status')).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'status', desc: false });
    expect(header('Status')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Name')).not.toHaveAttribute('aria-sort');
    expect(firstRowName()).toBe('Songdo Bio Cluster'); // operating first
    await user.click(within(header('Status')).getByRole('button'));
    expect(header('Status')).toHaveAttribute('aria-sort', 'descending');
    expect(firstRowName()).toBe('Astana cluster zone'); // proposed first

    await user.click(screen.getByRole('button', { name: 'Partnerships' }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'partnerships', desc: true });
    expect(firstRowName()).toBe('Songdo Bio Cluster');
    await user.click(screen.getByRole('button', { name: 'Partnerships' }));
    expect(header('Partnerships')).toHaveAttribute('aria-sort', 'ascending');
    expect(firstRowName()).toBe('Macrogen');

    await user.click(screen.getByRole('button', { name: 'Kind' }));
    expect(firstRowName()).toBe('Songdo Bio Cluster'); // Cluster < Company < Special zone
    await user.click(screen.getByRole('button', { name: 'Region' }));
    expect(firstRowName()).toBe('Astana cluster zone');
    // The sectors column is not sortable.
    expect(within(header('Sectors')).queryByRole('button')).toBeNull();
  });

  it('is one tab stop; arrow keys, Home, End and Page keys move the active row, Enter and Space select it', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const onHover = vi.fn();
    const sites = Array.from({ length: 200 }, (_, i) => site(`s-${String(i).padStart(3, '0')}`));
    render(<List {...baseProps()} sites={sites} onSelect={onSelect} onHover={onHover} />);
    const grid = screen.getByRole('grid');

    await user.tab(); // the in-view checkbox
    await user.tab();
    expect(grid).toHaveFocus();
    const active = () => document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveTextContent('s-000');
    expect(onHover).toHaveBeenLastCalledWith('s-000');

    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveTextContent('s-001');
    expect(active()).toHaveAttribute('aria-rowindex', '3');
    expect(onHover).toHaveBeenLastCalledWith('s-001');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('s-001');

    await user.keyboard('{End}');
    expect(active()).toHaveTextContent('s-199');
    expect(active()).toHaveAttribute('aria-rowindex', '201');
    expect(grid.scrollTop).toBeGreaterThan(0); // scrolled into view
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('s-199');

    await user.keyboard('{Home}');
    expect(active()).toHaveTextContent('s-000');
    await user.keyboard('{PageDown}');
    const perPage = Math.floor((VIEW_HEIGHT - 36) / 52) - 1;
    expect(active()).toHaveTextContent(`s-${String(perPage).padStart(3, '0')}`);
    await user.keyboard('{PageUp}');
    expect(active()).toHaveTextContent('s-000');
    await user.keyboard('{ArrowUp}'); // stays on the first row
    expect(active()).toHaveTextContent('s-000');
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('s-000');

    // One tab stop: the next Tab leaves the rows (for the sort buttons inside the grid's header).
    await user.tab();
    expect(grid).not.toHaveFocus();
    expect(screen.getByRole('button', { name: /^Name/ })).toHaveFocus();
    expect(onHover).toHaveBeenLastCalledWith(undefined);
  });

  it('starts keyboard navigation at the selected site', async () => {
    const user = userEvent.setup();
    const onHover = vi.fn();
    render(<Stateful selectedId="kr-macrogen" onHover={onHover} />);
    await user.tab();
    await user.tab();
    expect(onHover).toHaveBeenLastCalledWith('kr-macrogen');
    expect(screen.getByRole('row', { name: /Macrogen/ })).toHaveClass('is-active');
  });

  it('reports hovering a row and leaving the list, and selects a row on click', async () => {
    const user = userEvent.setup();
    const onHover = vi.fn();
    const onSelect = vi.fn();
    render(<Stateful onHover={onHover} onSelect={onSelect} />);
    const macrogen = screen.getByRole('row', { name: /Macrogen/ });
    await user.hover(macrogen);
    expect(onHover).toHaveBeenLastCalledWith('kr-macrogen');
    await user.hover(screen.getByRole('row', { name: /Songdo/ }));
    expect(onHover).toHaveBeenLastCalledWith('kr-songdo');
    await user.unhover(screen.getByRole('row', { name: /Songdo/ }));
    expect(onHover).toHaveBeenLastCalledWith(undefined);

    await user.click(macrogen);
    expect(onSelect).toHaveBeenCalledWith('kr-macrogen');
  });

  it('marks the selected row and highlights the site hovered on the map', () => {
    render(<Stateful selectedId="kz-astana" hoveredId="kr-macrogen" />);
    expect(screen.getByRole('row', { name: /Astana/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('row', { name: /Macrogen/ })).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('row', { name: /Macrogen/ })).toHaveClass('is-hovered');
    expect(screen.getByRole('row', { name: /Songdo/ })).not.toHaveClass('is-hovered');
  });

  it('does not scroll to a site hovered on the map', () => {
    const sites = Array.from({ length: 500 }, (_, i) => site(`s-${String(i).padStart(3, '0')}`));
    const props = baseProps();
    const { rerender } = render(<List {...props} sites={sites} />);
    act(() => rerender(<List {...props} sites={sites} hoveredId="s-400" />));
    expect(screen.getByRole('grid').scrollTop).toBe(0);
    expect(screen.queryByRole('row', { name: /s-400/ })).toBeNull();
    act(() => rerender(<List {...props} sites={sites} hoveredId="s-002" />));
    expect(screen.getByRole('row', { name: /s-002/ })).toHaveClass('is-hovered');
  });

  it('keeps only the rows in view in the DOM for 100,000 sites', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const many = Array.from({ length: 100_000 }, (_, i) => site(`s${i}`, { name_en: `Site ${String(i).padStart(6, '0')}` }));
    render(<List {...baseProps()} sites={many} onSelect={onSelect} />);
    expect(screen.getByText('100,000 sites')).toBeInTheDocument();
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '100001');
    expect(dataRows().length).toBeGreaterThan(5);
    expect(dataRows().length).toBeLessThan(40);
    expect(dataRows()[0]).toHaveTextContent('Site 000000');

    grid.focus();
    await user.keyboard('{End}');
    expect(dataRows().length).toBeLessThan(40);
    const last = screen.getByRole('row', { name: /Site 099999/ });
    expect(last).toHaveAttribute('aria-rowindex', '100001');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('s99999');
    // The first rows have left the DOM.
    expect(screen.queryByText('Site 000000')).toBeNull();
  });

  it('toggles "Only sites in the current map view"', async () => {
    const user = userEvent.setup();
    const onInViewOnlyChange = vi.fn();
    render(<Stateful onInViewOnlyChange={onInViewOnlyChange} />);
    const box = screen.getByRole('checkbox', { name: 'Only sites in the current map view' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(onInViewOnlyChange).toHaveBeenCalledWith(true);
    expect(box).toBeChecked();
  });

  it('says so when no site matches', () => {
    const { rerender } = render(<List {...baseProps()} sites={[]} />);
    expect(screen.getByText('0 sites')).toBeInTheDocument();
    expect(screen.getByText('No site matches the current filters.')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
    rerender(<List {...baseProps()} sites={[]} inViewOnly />);
    expect(screen.getByText('No matching site lies in the current map view.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox')).toBeChecked();
  });

  it('counts one site in the singular', () => {
    render(<List {...baseProps()} sites={[small[0]]} />);
    expect(screen.getByText('1 site')).toBeInTheDocument();
  });

  it('brings a site selected elsewhere into view', () => {
    const sites = Array.from({ length: 500 }, (_, i) => site(`s-${String(i).padStart(3, '0')}`));
    const props = baseProps();
    const { rerender } = render(<List {...props} sites={sites} />);
    expect(screen.queryByRole('row', { name: /s-400/ })).toBeNull();
    act(() => rerender(<List {...props} sites={sites} selectedId="s-400" />));
    expect(screen.getByRole('row', { name: /s-400/ })).toHaveAttribute('aria-selected', 'true');
  });
});

function baseProps(): SiteListProps {
  return {
    sites: small,
    partnershipCount: new Map(),
    onHover: vi.fn(),
    onSelect: vi.fn(),
    sort: null as { key: SortKey; desc: boolean } | null,
    onSort: vi.fn(),
    inViewOnly: false,
    onInViewOnlyChange: vi.fn(),
  };
}
