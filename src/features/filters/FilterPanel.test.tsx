import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n';
import { EMPTY_FILTERS } from '../../state/urlState';
import { FilterPanel } from './FilterPanel';

const counts = {
  country: new Map([
    ['KR', 68300],
    ['KZ', 31700],
  ]),
  region: new Map(),
  sector: new Map(),
  kind: new Map(),
  status: new Map(),
};
const panel = () => <FilterPanel filters={EMPTY_FILTERS} counts={counts} regions={[]} yearSpan={[1985, 2030]} onChange={() => {}} />;

describe('FilterPanel', () => {
  afterEach(() => setLanguage('en'));

  it('writes large counts in the reader’s number format', async () => {
    const view = render(panel());
    const korea = screen.getByRole('checkbox', { name: /Republic of Korea/ }).closest('label')!;
    expect(within(korea).getByText('68,300')).toBeInTheDocument();
    await setLanguage('ru');
    view.rerender(panel());
    const koreaRu = screen.getByRole('checkbox', { name: /Республика Корея/ }).closest('label')!;
    // Russian groups thousands with a (narrow) no-break space.
    expect(koreaRu.querySelector('.facet-count')?.textContent).toMatch(/^68\s300$/);
  });
});
