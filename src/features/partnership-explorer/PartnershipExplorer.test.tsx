import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatDateRange } from '../../ui/format';
import type { ExplorerFilters } from '../../state/urlState';
import { PartnershipExplorer, type PartnershipExplorerProps } from './PartnershipExplorer';
import { datasetPartnerships, datasetSites } from '../../../test/dataset';

const sites = datasetSites;
const partnerships = datasetPartnerships;
const sitesById = new Map(sites.map((s) => [s.id, s]));
/** The partnerships as the data worker hands them to the explorer: with their parties' names and countries. */
const lites = partnerships.map((p) => ({ ...p, partySites: p.parties.map((id) => sitesById.get(id)!) }));
const NONE: ExplorerFilters = { pkind: [], pyear: null, pair: null };
const byId = (id: string) => partnerships.find((p) => p.id === id)!;
const countriesOf = (p: (typeof partnerships)[number]) => new Set(p.parties.map((id) => sitesById.get(id)!.country));
/** The country pairs present in the data, as the explorer names them (cross-border "A-B" sorted, domestic "A-A"). */
const pairsInData = [
  ...new Set(partnerships.map((p) => [...countriesOf(p)].sort()).map((c) => (c.length === 1 ? `${c[0]}-${c[0]}` : c.join('-')))),
];

function setup(props: Partial<PartnershipExplorerProps> = {}) {
  const onSelect = vi.fn();
  const onFiltersChange = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <PartnershipExplorer
      partnerships={lites}
      sitesById={sitesById}
      onSelect={onSelect}
      onFiltersChange={onFiltersChange}
      filters={NONE}
      {...props}
    />,
  );
  return { user, onSelect, onFiltersChange, ...view };
}

const rows = () => within(screen.getByRole('listbox', { name: 'Partnerships' })).getAllByRole('option');
const row = (title: string) => screen.getByRole('option', { name: new RegExp(title.replace(/[()]/g, '.')) });

describe('PartnershipExplorer', () => {
  it('lists every partnership with kind, title, parties, date and status', () => {
    setup();
    expect(rows()).toHaveLength(partnerships.length);
    expect(screen.getByRole('status')).toHaveTextContent(`${partnerships.length} partnerships`);
    for (const p of partnerships) expect(screen.getByText(p.title_en)).toBeInTheDocument();

    const visit = row(byId('p-kz-kr-delegation-working-visit-2022').title_en);
    expect(visit).toHaveTextContent('Delegation or state visit');
    expect(visit).toHaveTextContent('Completed');
    expect(visit.querySelector('.status-badge.status-completed')).not.toBeNull();
    // First party → second party, then how many more.
    const [a, b] = byId('p-kz-kr-delegation-working-visit-2022').parties.map((id) => sitesById.get(id)!);
    expect(visit).toHaveTextContent(`${a.name_en} (${a.country}) → ${b.name_en} (${b.country}) +5`);
    expect(visit).toHaveTextContent(formatDateRange('2022-06-27', '2022-06-30', 'en')!);

    const mou = row(byId('p-kr-cn-seoul-bio-cnv-zhengzhou-mou').title_en);
    expect(mou).toHaveTextContent('undated');
    expect(mou).toHaveTextContent('(CN)');
  });

  it('marks the selected partnership', () => {
    setup({ selectedId: 'p-kz-kr-state-visit-2021' });
    const selected = rows().filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveLength(1);
    expect(selected[0]).toHaveTextContent(byId('p-kz-kr-state-visit-2021').title_en);
    expect(selected[0]).toHaveClass('selected');
    // The selected row is the one in the tab order.
    expect(selected[0]).toHaveAttribute('tabindex', '0');
  });

  it('selects a partnership by click, Enter and Space, and moves with the arrow keys', async () => {
    const { user, onSelect } = setup();
    await user.click(rows()[2]);
    expect(onSelect).toHaveBeenLastCalledWith(rows()[2].getAttribute('data-id'));

    rows()[0].focus();
    await user.keyboard('{ArrowDown}');
    expect(rows()[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(rows()[1].getAttribute('data-id'));
    await user.keyboard('{End}');
    expect(rows().at(-1)).toHaveFocus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith(rows().at(-1)!.getAttribute('data-id'));
    await user.keyboard('{ArrowUp}{Home}');
    expect(rows()[0]).toHaveFocus();
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('kind toggles report the new kind list', async () => {
    const { user, onFiltersChange, rerender } = setup();
    const visits = partnerships.filter((p) => p.kind === 'visit').length;
    const toggle = screen.getByRole('button', { name: `Delegation or state visit (${visits})` });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ pkind: ['visit'] });

    rerender(
      <PartnershipExplorer
        partnerships={lites}
        sitesById={sitesById}
        onSelect={vi.fn()}
        onFiltersChange={onFiltersChange}
        filters={{ ...NONE, pkind: ['visit'] }}
      />,
    );
    expect(screen.getByRole('button', { name: /^Delegation or state visit/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /^MOU/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ pkind: ['visit', 'mou'] });
    await user.click(screen.getByRole('button', { name: /^Delegation or state visit/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ pkind: [] });
  });

  it('the year and pair selects report their value, and "Any" clears it', async () => {
    const { user, onFiltersChange } = setup();
    const year = screen.getByRole('combobox', { name: 'Year' });
    expect(within(year).getByRole('option', { name: 'Any year' })).toBeInTheDocument();
    await user.selectOptions(year, '2022');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ pyear: 2022 });

    const pair = screen.getByRole('combobox', { name: 'Countries' });
    const values = within(pair)
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(values[0]).toBe('');
    expect(values.slice(1).sort()).toEqual(pairsInData.sort());
    expect(within(pair).getByRole('option', { name: /^KR–KZ · Republic of Korea – Kazakhstan/ })).toBeInTheDocument();
    expect(within(pair).getByRole('option', { name: /^KR–KR · within Republic of Korea/ })).toBeInTheDocument();
    await user.selectOptions(pair, 'KR-KZ');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ pair: 'KR-KZ' });
  });

  it('with pair KR-KZ shows only the Korea–Kazakhstan partnerships', () => {
    setup({ filters: { ...NONE, pair: 'KR-KZ' } });
    const expected = partnerships.filter((p) => {
      const c = new Set(p.parties.map((id) => sitesById.get(id)!.country));
      return c.has('KR') && c.has('KZ');
    });
    expect(
      rows()
        .map((r) => r.getAttribute('data-id'))
        .sort(),
    ).toEqual(expected.map((p) => p.id).sort());
    expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of ${partnerships.length} partnerships`);
    expect(screen.getByRole('combobox', { name: 'Countries' })).toHaveValue('KR-KZ');
  });

  it('with pair CN-KR shows only the China–Korea partnerships, the Zhengzhou MOU among them', () => {
    setup({ filters: { ...NONE, pair: 'CN-KR' } });
    const expected = partnerships.filter((p) => countriesOf(p).has('CN') && countriesOf(p).has('KR'));
    expect(rows().map((r) => r.getAttribute('data-id'))).toEqual(expect.arrayContaining(expected.map((p) => p.id)));
    expect(rows()).toHaveLength(expected.length);
    expect(
      rows()
        .map((r) => r.textContent)
        .join('\n'),
    ).toContain(byId('p-kr-cn-seoul-bio-cnv-zhengzhou-mou').title_en);
    expect(screen.getByRole('status')).toHaveTextContent(`${expected.length} of ${partnerships.length} partnerships`);
  });

  it('combines kind and year from props', () => {
    setup({ filters: { pkind: ['visit'], pyear: 2021, pair: null } });
    const ids = rows().map((r) => r.getAttribute('data-id'));
    expect(ids).toContain('p-kz-kr-state-visit-2021');
    for (const id of ids) expect(byId(id!).kind).toBe('visit');
    expect(ids.length).toBeLessThan(partnerships.filter((p) => p.kind === 'visit').length);
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2021');
  });

  it('Clear resets every explorer filter; it is absent when nothing is filtered', async () => {
    // A year before any record: nothing can match, whatever the data grows to.
    const { user, onFiltersChange, unmount } = setup({ filters: { pkind: ['mou'], pyear: 1900, pair: 'KR-KZ' } });
    expect(screen.getByText('No partnership matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear the partnership filters' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ pkind: [], pyear: null, pair: null });
    unmount();
    setup();
    expect(screen.queryByRole('button', { name: 'Clear the partnership filters' })).toBeNull();
  });

  it('says so when no partnerships are loaded', () => {
    setup({ partnerships: [] });
    expect(screen.getByText('No partnerships are loaded.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 partnerships');
  });
});
