import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, PARTNERSHIP_KINDS, SECTORS, SITE_KINDS, SITE_STATUSES } from '../api/vocabulary';
import { LANGUAGES } from '../i18n/languages';
import { SORT_KEYS, UI_PARTS, canonicalSearch, loadUrlState, normalise, serializeUrlState, urlParsers, type UrlState } from './urlState';

const subset = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,30}$/);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const year = fc.integer({ min: 1900, max: 2100 });

/** Any state the UI can produce. */
const validState: fc.Arbitrary<UrlState> = fc
  .record({
    country: subset(COUNTRIES),
    region: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}-[A-Z0-9]{1,3}$/), { maxLength: 4 }),
    sector: subset(SECTORS),
    kind: subset(SITE_KINDS),
    status: subset(SITE_STATUSES),
    from: optional(year),
    to: optional(year),
    q: optional(
      fc
        .string({ minLength: 1, maxLength: 40 })
        .map((s) => s.replace(/\s+/g, ' ').trim())
        .filter((s) => s.length > 0),
    ),
    site: optional(id),
    partnership: optional(id),
    sort: optional(fc.record({ key: fc.constantFrom(...SORT_KEYS), desc: fc.boolean() })),
    inview: fc.boolean(),
    pkind: subset(PARTNERSHIP_KINDS),
    pyear: optional(year),
    lang: optional(fc.constantFrom(...LANGUAGES)),
    pair: optional(fc.tuple(fc.constantFrom(...COUNTRIES), fc.constantFrom(...COUNTRIES)).map(([a, b]) => [a, b].sort().join('-'))),
    embed: optional(fc.constant(true as const)),
    // Parts come back in vocabulary order.
    ui: optional(subset(UI_PARTS).map((parts) => UI_PARTS.filter((p) => parts.includes(p)))),
  })
  .map((s) => normalise(s));

describe('URL state', () => {
  it('round-trips every valid state unchanged', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(loadUrlState(serializeUrlState(state))).toEqual(state);
      }),
    );
  });

  it('never throws on arbitrary strings in any parameter, and only ever keeps valid values', () => {
    const keys = Object.keys(urlParsers);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys, 'other', 'utm_source'), fc.string({ maxLength: 60 })), (raw) => {
        const search = `?${new URLSearchParams(raw).toString()}`;
        const canonical = canonicalSearch(search);
        // Canonical output is stable and parses back to itself.
        expect(canonicalSearch(canonical)).toBe(canonical);
        expect(serializeUrlState(loadUrlState(canonical))).toBe(canonical);
      }),
    );
    fc.assert(fc.property(fc.string(), (junk) => void canonicalSearch(junk)));
  });

  it('drops unknown and malformed values and unknown parameters', () => {
    expect(canonicalSearch('?sector=vaccines,astrology,mrna&country=KR,XX&from=20x5&to=2030&q=%20%20&utm=1&site=%3Cscript%3E')).toBe(
      '?country=KR&sector=vaccines,mrna&to=2030',
    );
  });

  it('puts a reversed year range in order and removes repeats', () => {
    expect(canonicalSearch('?from=2030&to=2020&kind=cluster,cluster')).toBe('?kind=cluster&from=2020&to=2030');
  });

  it('keeps Hangul and Cyrillic search text', () => {
    expect(loadUrlState(canonicalSearch('?q=%EC%86%A1%EB%8F%84')).q).toBe('송도');
    expect(loadUrlState(canonicalSearch('?q=%D0%90%D2%9B%D1%82%D3%A9%D0%B1%D0%B5')).q).toBe('Ақтөбе');
  });

  it('keeps embed=1 and the known ui= parts, in vocabulary order; drops the rest', () => {
    expect(canonicalSearch('?embed=1&ui=list,legend,maps,filters&country=KR')).toBe('?country=KR&embed=1&ui=filters,list,legend');
    expect(canonicalSearch('?embed=true')).toBe('?embed=1');
    expect(canonicalSearch('?embed=yes&ui=maps')).toBe('');
    expect(canonicalSearch('?embed=1&ui=none')).toBe('?embed=1&ui=none');
    expect(loadUrlState('?embed=1&ui=none').ui).toEqual([]);
    expect(loadUrlState('?embed=1').ui).toBeNull();
  });

  it('keeps every existing parameter working next to embed and ui', () => {
    const link = '?country=KR,KZ&region=KR-46&sector=vaccines,mrna&kind=cluster&status=operating&from=2020&to=2025&q=songdo&site=kr-pcmo&embed=1&ui=search,timeline';
    const state = loadUrlState(canonicalSearch(link));
    expect(state).toMatchObject({
      country: ['KR', 'KZ'],
      region: ['KR-46'],
      sector: ['vaccines', 'mrna'],
      kind: ['cluster'],
      status: ['operating'],
      from: 2020,
      to: 2025,
      q: 'songdo',
      site: 'kr-pcmo',
      embed: true,
      ui: ['search', 'timeline'],
    });
  });
});
