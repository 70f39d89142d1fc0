import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Country, Sector } from '../../api/vocabulary';
import { SECTOR_COLORS } from '../../theme/palette';
import { summaryCounts } from '../../state/summaryCounts';
import { SummaryCharts } from './SummaryCharts';
import { datasetSites } from '../../../test/dataset';

const sites = datasetSites;

function setup(selectedCountries: Country[] = [], selectedSectors: Sector[] = [], list = sites) {
  const onToggleCountry = vi.fn();
  const onToggleSector = vi.fn();
  render(
    <SummaryCharts
      counts={summaryCounts(list, selectedSectors)}
      matching={list.length}
      selectedCountries={selectedCountries}
      selectedSectors={selectedSectors}
      onToggleCountry={onToggleCountry}
      onToggleSector={onToggleSector}
    />,
  );
  const chart = (name: string) => within(screen.getByRole('region', { name }));
  return { onToggleCountry, onToggleSector, byCountry: chart('Sites by country'), bySector: chart('Sites by sector') };
}

describe('SummaryCharts', () => {
  it('shows the number of sites per country as buttons named by label and count', () => {
    const { byCountry } = setup();
    const bars = byCountry.getAllByRole('button');
    const inCountry = (c: Country) => sites.filter((s) => s.country === c).length;
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
      `Republic of Korea: ${inCountry('KR')} sites`,
      `Kazakhstan: ${inCountry('KZ')} sites`,
      `China: ${inCountry('CN')} sites`,
    ]);
    expect(within(bars[0]).getByText(String(inCountry('KR')))).toBeInTheDocument();
    expect(bars[0].querySelector<HTMLElement>('.summary-bar-fill')!.style.width).toBe('100%');
  });

  it('shows per sector the number of sites that have it, coloured by sector', () => {
    const { bySector } = setup();
    const vaccines = sites.filter((s) => s.sectors.includes('vaccines')).length;
    const bar = bySector.getByRole('button', { name: `Vaccines: ${vaccines} sites` });
    expect(within(bar).getByText(String(vaccines))).toBeInTheDocument();
    expect(bar.querySelector<HTMLElement>('.summary-bar-fill')!.style.background).toBeTruthy();
    expect(bar.querySelector<HTMLElement>('.summary-bar-fill')!.style.background.replace(/\s/g, '')).toBe(hexToRgb(SECTOR_COLORS.vaccines));
    const expected = new Set(sites.flatMap((s) => s.sectors)).size;
    expect(bySector.getAllByRole('button')).toHaveLength(expected);
  });

  it('uses the singular for one site and keeps selected sectors without sites', () => {
    const kz = sites.filter((s) => s.id === 'kz-sk-pharmacy');
    const { byCountry, bySector } = setup(['KZ'], ['mrna'], kz);
    expect(byCountry.getByRole('button', { name: 'Kazakhstan: 1 site' })).toBeInTheDocument();
    expect(byCountry.getByRole('button', { name: 'Republic of Korea: 0 sites' })).toBeInTheDocument();
    expect(bySector.getByRole('button', { name: 'mRNA: 0 sites' })).toHaveAttribute('aria-pressed', 'true');
    expect(bySector.getAllByRole('button').map((b) => b.textContent)).toEqual(['mRNA0', 'Pharmaceuticals1', 'Distribution1']);
  });

  it('marks the selected bars as pressed', () => {
    const { byCountry, bySector } = setup(['KZ'], ['vaccines']);
    expect(byCountry.getByRole('button', { name: /^Kazakhstan/ })).toHaveAttribute('aria-pressed', 'true');
    expect(byCountry.getByRole('button', { name: /^Republic of Korea/ })).toHaveAttribute('aria-pressed', 'false');
    expect(bySector.getByRole('button', { name: /^Vaccines/ })).toHaveAttribute('aria-pressed', 'true');
    expect(bySector.getByRole('button', { name: /^CDMO/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('toggles the country or sector of a clicked bar', async () => {
    const user = userEvent.setup();
    const { onToggleCountry, onToggleSector, byCountry, bySector } = setup();
    await user.click(byCountry.getByRole('button', { name: /^China/ }));
    expect(onToggleCountry).toHaveBeenCalledWith('CN');
    await user.click(bySector.getByRole('button', { name: /^Medical devices/ }));
    expect(onToggleSector).toHaveBeenCalledWith('medical_devices');
    bySector.getByRole('button', { name: /^Policy/ }).focus();
    await user.keyboard('{Enter}');
    expect(onToggleSector).toHaveBeenLastCalledWith('policy');
  });
});

function hexToRgb(hex: string) {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
