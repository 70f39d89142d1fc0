import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Partnership, Site } from '../../api/schema';
import { partnershipsToCsv, partnershipsToGeoJson, sitesToCsv, sitesToGeoJson } from '../../data/serialize';
import { ExportMenu, type ExportMenuProps } from './ExportMenu';
import { datasetPartnerships, datasetSites } from '../../../test/dataset';

const sites = datasetSites;
const partnerships = datasetPartnerships;

/** Captures what would be downloaded: the Blob behind each object URL and the <a download> clicked. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const downloads: { filename: string; blob: Blob; href: string }[] = [];
  let n = 0;
  const create = vi.fn((blob: Blob) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob);
    return url;
  });
  const revoke = vi.fn();
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.isConnected).toBe(true);
    downloads.push({ filename: this.download, href: this.href, blob: blobs.get(this.href)! });
  });
  return { downloads, create, revoke };
}

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  capture = captureDownloads();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The menu's props for these records: their counts, and files written as the data worker writes them. */
function exportProps({ sites, partnerships }: { sites: Site[]; partnerships: Partnership[] }): ExportMenuProps {
  return {
    counts: { sites: sites.length, partnerships: partnerships.length },
    exportText: async (collection, format) =>
      collection === 'sites'
        ? format === 'csv'
          ? sitesToCsv(sites)
          : sitesToGeoJson(sites)
        : format === 'csv'
          ? partnershipsToCsv(partnerships)
          : partnershipsToGeoJson(partnerships, datasetSites),
  };
}

function setup(records = { sites, partnerships }) {
  const user = userEvent.setup();
  render(<ExportMenu {...exportProps(records)} />);
  return { user, button: screen.getByRole('button', { name: 'Export' }) };
}

/** The file as saved: its bytes decoded as UTF-8, keeping a BOM (Blob.text() would drop it). */
async function fileText(blob: Blob) {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('ExportMenu', () => {
  it('is a closed menu button until pressed', async () => {
    const { user, button } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      `Sites (${sites.length}) — GeoJSON`,
      `Sites (${sites.length}) — CSV`,
      `Partnerships (${partnerships.length}) — GeoJSON`,
      `Partnerships (${partnerships.length}) — CSV`,
    ]);
    expect(items[0]).toHaveFocus();
  });

  it('downloads the sites as CSV: BOM, header, one row per site, Hangul intact', async () => {
    const { user, button } = setup();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: /^Sites .* CSV$/ }));
    expect(capture.downloads).toHaveLength(1);
    const [{ filename, blob, href }] = capture.downloads;
    expect(filename).toBe(`biocluster-sites-${today()}.csv`);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await fileText(blob);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^id,name_en,name_ko,name_ru,name_kk,name_zh,kind,sectors,country,/);
    expect(lines.filter(Boolean)).toHaveLength(sites.length + 1);
    expect(text).toContain(sites.find((s) => s.id === 'kr-songdo-bio-cluster')!.name_ko);
    expect(text).toMatch(/[\u0400-\u04FF]/);
    // The menu closes, focus returns to the button, the object URL is released.
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await waitFor(() => expect(capture.revoke).toHaveBeenCalledWith(href));
    expect(document.querySelector('a[download]')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${filename}`);
  });

  it('downloads partnerships as CSV and both collections as GeoJSON', async () => {
    const { user, button } = setup();
    for (const name of [/^Partnerships .* CSV$/, /^Sites .* GeoJSON$/, /^Partnerships .* GeoJSON$/]) {
      await user.click(button);
      await user.click(screen.getByRole('menuitem', { name }));
    }
    const [pCsv, sGeo, pGeo] = capture.downloads;
    expect(pCsv.filename).toBe(`biocluster-partnerships-${today()}.csv`);
    const pText = await fileText(pCsv.blob);
    expect(pText.slice(1).split('\r\n')[0]).toBe('id,title_en,kind,parties,dateStart,dateEnd,status,summary_en,source_titles');
    expect(pText.slice(1).split('\r\n').filter(Boolean)).toHaveLength(partnerships.length + 1);

    expect(sGeo.filename).toBe(`biocluster-sites-${today()}.geojson`);
    expect(sGeo.blob.type).toBe('application/geo+json;charset=utf-8');
    const sites_ = JSON.parse(await sGeo.blob.text());
    expect(sites_.type).toBe('FeatureCollection');
    expect(sites_.features).toHaveLength(sites.length);
    expect(sites_.features[0].geometry.type).toBe('Point');

    expect(pGeo.filename).toBe(`biocluster-partnerships-${today()}.geojson`);
    const partnerships_ = JSON.parse(await pGeo.blob.text());
    expect(partnerships_.features).toHaveLength(partnerships.length);
    expect(partnerships_.features.every((f: { geometry: { type: string } | null }) => f.geometry?.type === 'LineString')).toBe(true);
  });

  it('exports only what it is given (the filtered records)', async () => {
    const kz = sites.filter((s) => s.country === 'KZ');
    const { user, button } = setup({ sites: kz, partnerships: partnerships.slice(0, 3) });
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: `Sites (${kz.length}) — GeoJSON` })).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: `Sites (${kz.length}) — GeoJSON` }));
    expect(JSON.parse(await capture.downloads[0].blob.text()).features).toHaveLength(kz.length);
  });

  it('disables the items of an empty collection', async () => {
    const { user, button } = setup({ sites: [], partnerships });
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: 'Sites (0) — GeoJSON' })).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: 'Sites (0) — CSV' })).toBeDisabled();
    expect(screen.getByRole('menuitem', { name: /^Partnerships .* CSV$/ })).toBeEnabled();
    // Focus skips the disabled items.
    expect(screen.getByRole('menuitem', { name: /^Partnerships .* GeoJSON$/ })).toHaveFocus();
    await user.click(screen.getByRole('menuitem', { name: 'Sites (0) — CSV' }));
    expect(capture.downloads).toHaveLength(0);
  });

  it('with nothing at all to export, the menu still opens and closes by keyboard', async () => {
    const { user, button } = setup({ sites: [], partnerships: [] });
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menu')).toHaveFocus();
    expect(screen.getAllByRole('menuitem').every((i) => (i as HTMLButtonElement).disabled)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('works by keyboard: arrows move, Escape closes, Enter downloads', async () => {
    const { user, button } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}');
    const items = screen.getAllByRole('menuitem');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(items[3]).toHaveFocus(); // wraps
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[3]).toHaveFocus();

    // Escape closes and does not reach document-level Escape handlers (the side panel's).
    const onDocumentEscape = vi.fn((e: KeyboardEvent) => e.defaultPrevented);
    document.addEventListener('keydown', onDocumentEscape);
    await user.keyboard('{Escape}');
    document.removeEventListener('keydown', onDocumentEscape);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(onDocumentEscape.mock.results.every((r) => r.value === true)).toBe(true);

    await user.keyboard('{ArrowUp}');
    expect(screen.getAllByRole('menuitem')[3]).toHaveFocus(); // ArrowUp opens on the last item
    await user.keyboard('{Enter}');
    expect(capture.downloads.map((d) => d.filename)).toEqual([`biocluster-partnerships-${today()}.csv`]);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on a click outside and on Tab', async () => {
    const user = userEvent.setup();
    render(
      <div>
        <ExportMenu {...exportProps({ sites, partnerships })} />
        <button type="button">elsewhere</button>
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Export' });
    await user.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();

    // Pressing the button again toggles it closed.
    await user.click(button);
    await user.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
