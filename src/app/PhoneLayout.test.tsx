import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SidePanel } from '../ui/SidePanel';
import { PhoneLayout } from './PhoneLayout';

/** A record's panel as the atlas has it: the shared panel frame, loaded lazily (as FacilityPanel is). */
const LazyPanel = lazy(async () => ({
  default: ({ name, onClose }: { name: string; onClose: () => void }) => (
    <SidePanel title={name} recordKey={name} onClose={onClose}>
      <p>Details of {name}</p>
    </SidePanel>
  ),
}));

/** The phone layout with a list of records in its tabs slot and the selected record's panel in its panel slot. */
function Atlas() {
  const [record, setRecord] = useState<string | undefined>();
  return (
    <PhoneLayout
      search={<input type="search" aria-label="Search" />}
      status={null}
      language={null}
      explore={
        <ul aria-label="Sites">
          {['Songdo', 'Wonju'].map((name) => (
            <li key={name}>
              <button type="button" onClick={() => setRecord(name)}>
                {name}
              </button>
            </li>
          ))}
        </ul>
      }
      toolbar={null}
      map={
        <div id="atlas-map" tabIndex={-1}>
          <button type="button" onClick={() => setRecord('Hwasun')}>
            Site on the map
          </button>
        </div>
      }
      timeline={<p>Timeline</p>}
      panelKey={record}
      panel={
        record && (
          <Suspense fallback={null}>
            <LazyPanel name={record} onClose={() => setRecord(undefined)} />
          </Suspense>
        )
      }
    />
  );
}

/**
 * Chromium's focus fixup, which jsdom lacks: a focused element that gets hidden loses the focus to the
 * page (here a little earlier than in the browser, at the next microtask).
 */
function emulateFocusFixup() {
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('[hidden]')) active.blur();
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['hidden'], subtree: true });
  return () => observer.disconnect();
}

const sheet = () => screen.getByRole('region', { name: 'Explore and details' });
const more = () => screen.getByRole('button', { name: 'Show more of the panel' });

describe('PhoneLayout', () => {
  it('opens a record at half height with the focus on its heading, and closing returns the focus and the height', async () => {
    const user = userEvent.setup();
    const stopFixup = emulateFocusFixup();
    render(<Atlas />);
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
    await user.click(more());
    await user.click(more());
    expect(sheet()).toHaveAttribute('data-snap', 'full');

    const row = screen.getByRole('button', { name: 'Wonju' });
    await user.click(row);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Wonju' });
    expect(sheet()).toHaveAttribute('data-snap', 'half');
    // The list is hidden under the record; the focus went with the person to the panel, not to the page's start.
    expect(screen.queryByRole('list', { name: 'Sites' })).not.toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(screen.queryByRole('heading', { level: 2, name: 'Wonju' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Wonju' })).toHaveFocus();
    expect(sheet()).toHaveAttribute('data-snap', 'full');
    stopFixup();
  });

  it('closes with Escape, returning the focus to the map where the record was picked and folding the sheet again', async () => {
    const user = userEvent.setup();
    render(<Atlas />);
    await user.click(screen.getByRole('button', { name: 'Site on the map' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'Hwasun' });
    expect(sheet()).toHaveAttribute('data-snap', 'half');
    await waitFor(() => expect(heading).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { level: 2, name: 'Hwasun' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Site on the map' })).toHaveFocus();
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
  });

  it('keeps the timeline folded behind its button until asked', async () => {
    const user = userEvent.setup();
    render(<Atlas />);
    const toggle = screen.getByRole('button', { name: 'Timeline' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Timeline', { selector: 'p' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Timeline', { selector: 'p' })).toBeVisible();
  });

  it('takes a fully covered map out of reach of the keyboard', async () => {
    const user = userEvent.setup();
    render(<Atlas />);
    const map = screen.getByRole('button', { name: 'Site on the map' }).closest('.phone-stage') as HTMLElement;
    expect(map).not.toHaveAttribute('inert');
    await user.click(more());
    await user.click(more());
    expect(map).toHaveAttribute('inert');
  });
});
