import { describe, expect, it } from 'vitest';
import { embedHref, fullMapHref, recordHref } from './shareLinks';

const base = 'https://atlas.example.gov/atlas/';

describe('share links', () => {
  it('opens an embedded view in the full atlas with the same state and view, without embed and ui', () => {
    expect(fullMapHref(`${base}?country=KR&site=kr-pcmo&embed=1&ui=filters,list#7/35.5/127.5`)).toBe(`${base}?country=KR&site=kr-pcmo#7/35.5/127.5`);
  });

  it('takes the map’s latest view over the address’s', () => {
    expect(fullMapHref(`${base}?embed=1#3/40/90`, { zoom: 6.123, lat: 36.12346, lon: 127.98765 })).toBe(`${base}#6.12/36.1235/127.9877`);
  });

  it('links a record to its full panel, keeping the filters and dropping the view so the atlas moves to it', () => {
    expect(recordHref(`${base}?sector=vaccines&embed=1&partnership=p-1#5/40/100`, { site: 'kr-pcmo' })).toBe(`${base}?sector=vaccines&site=kr-pcmo`);
    expect(recordHref(`${base}?site=kr-pcmo&embed=1`, { partnership: 'p-2' })).toBe(`${base}?partnership=p-2`);
  });

  it('makes an embed link from the full atlas: ui parts, the default left out, the view kept on request', () => {
    const here = `${base}?country=KZ&sort=-name#6/45/70`;
    expect(embedHref(here, { ui: ['legend'], keepView: false })).toBe(`${base}?country=KZ&sort=-name&embed=1`);
    expect(embedHref(here, { ui: ['list', 'filters', 'legend'], keepView: true })).toBe(`${base}?country=KZ&sort=-name&embed=1&ui=filters,list,legend#6/45/70`);
    expect(embedHref(here, { ui: [], keepView: false })).toBe(`${base}?country=KZ&sort=-name&embed=1&ui=none`);
  });

  it('drops whatever a link should not carry on the way', () => {
    expect(fullMapHref(`${base}?embed=1&country=XX&utm_source=mail`)).toBe(base);
  });
});
