import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, SECTORS } from '../api/vocabulary';
import {
  HOST_COMMANDS,
  PROTOCOL_SOURCE,
  PROTOCOL_VERSION,
  acceptsMessage,
  parseHostMessage,
  targetOriginFor,
} from './embedProtocol';
import { EMPTY_FILTERS } from './urlState';

const command = (type: string, payload?: unknown, requestId?: string) => ({ source: PROTOCOL_SOURCE, v: PROTOCOL_VERSION, type, payload, requestId });

describe('host messages', () => {
  it('reads each command', () => {
    expect(parseHostMessage(command('setFilters', { country: ['KR'], sector: 'vaccines,mrna', from: 2020, to: '2025', q: '  송도 ' }, 'r1'))).toEqual({
      kind: 'command',
      command: {
        type: 'setFilters',
        requestId: 'r1',
        filters: { ...EMPTY_FILTERS, country: ['KR'], sector: ['vaccines', 'mrna'], from: 2020, to: 2025, q: '송도' },
      },
    });
    expect(parseHostMessage(command('select', { site: 'kr-pcmo' }))).toEqual({ kind: 'command', command: { type: 'select', target: { site: 'kr-pcmo' } } });
    expect(parseHostMessage(command('select', { partnership: 'p-1' }))).toMatchObject({ command: { target: { partnership: 'p-1' } } });
    expect(parseHostMessage(command('select'))).toMatchObject({ command: { target: null } });
    expect(parseHostMessage(command('select', {}))).toMatchObject({ command: { target: null } });
    expect(parseHostMessage(command('flyTo', { lon: 127, lat: 36.5, zoom: 6 }))).toMatchObject({ command: { view: { lon: 127, lat: 36.5, zoom: 6 } } });
    expect(parseHostMessage(command('flyTo', { bounds: [124, 33, 131, 39] }))).toMatchObject({ command: { view: { bounds: [124, 33, 131, 39] } } });
    expect(parseHostMessage(command('setLanguage', { language: 'kk' }))).toMatchObject({ command: { language: 'kk' } });
    expect(parseHostMessage(command('getState', undefined, 'x'))).toEqual({ kind: 'command', command: { type: 'getState', requestId: 'x' } });
  });

  it('treats setFilters as the whole filter set: what it leaves out is cleared', () => {
    expect(parseHostMessage(command('setFilters', {}))).toMatchObject({ command: { filters: EMPTY_FILTERS } });
    expect(parseHostMessage(command('setFilters', { country: [], from: null }))).toMatchObject({ command: { filters: EMPTY_FILTERS } });
  });

  it('puts a reversed year range in order and drops repeats, as a link would', () => {
    expect(parseHostMessage(command('setFilters', { from: 2030, to: 2020, country: 'KR,KR' }))).toMatchObject({
      command: { filters: { from: 2020, to: 2030, country: ['KR'] } },
    });
  });

  it('rejects with a reason what a link would drop: unknown values, malformed years and ids, unknown keys', () => {
    const invalid = (type: string, payload: unknown) => parseHostMessage(command(type, payload, 'r'));
    expect(invalid('setFilters', { sector: ['vaccines', 'astrology'] })).toEqual({
      kind: 'invalid',
      type: 'setFilters',
      requestId: 'r',
      error: 'setFilters: "sector": unknown value "astrology"',
    });
    expect(invalid('setFilters', { from: 20 })).toMatchObject({ kind: 'invalid', error: expect.stringContaining('"from"') });
    expect(invalid('setFilters', { region: ['Seoul'] })).toMatchObject({ kind: 'invalid', error: expect.stringContaining('"Seoul"') });
    expect(invalid('setFilters', { colour: 'red' })).toMatchObject({ kind: 'invalid' });
    expect(invalid('setFilters', 'country=KR')).toMatchObject({ kind: 'invalid' });
    expect(invalid('select', { site: '<script>' })).toMatchObject({ kind: 'invalid', error: expect.stringContaining('not a valid id') });
    expect(invalid('select', { site: 'a', partnership: 'b' })).toMatchObject({ kind: 'invalid' });
    expect(invalid('flyTo', { lon: 200, lat: 0 })).toMatchObject({ kind: 'invalid' });
    expect(invalid('flyTo', { bounds: [131, 33, 124, 39] })).toMatchObject({ kind: 'invalid', error: expect.stringContaining('west < east') });
    expect(invalid('setLanguage', { language: 'fr' })).toMatchObject({ kind: 'invalid' });
    expect(invalid('getState', { everything: true })).toMatchObject({ kind: 'invalid' });
  });

  it('ignores what is not a v1 command of ours', () => {
    for (const data of [
      null,
      'setFilters',
      42,
      [],
      { ...command('getState'), source: 'other-widget' },
      { ...command('getState'), v: 2 },
      { ...command('getState'), v: '1' },
      command('reload'),
      command('ready'),
      { ...command('getState'), requestId: '' },
      { ...command('getState'), requestId: 7 },
    ]) {
      expect(parseHostMessage(data).kind).toBe('ignored');
    }
  });

  it('never throws, whatever arrives, and never turns junk into a command', () => {
    const envelopeLike = fc.record(
      {
        source: fc.oneof(fc.constant(PROTOCOL_SOURCE), fc.string()),
        v: fc.oneof(fc.constant(PROTOCOL_VERSION), fc.anything()),
        type: fc.oneof(fc.constantFrom(...HOST_COMMANDS), fc.string()),
        payload: fc.anything(),
        requestId: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), envelopeLike), (data) => {
        const parsed = parseHostMessage(data);
        expect(['ignored', 'invalid', 'command']).toContain(parsed.kind);
      }),
      { numRuns: 2000 },
    );
    // Hostile objects: throwing getters and proxies.
    const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
    expect(parseHostMessage(throwing).kind).toBe('ignored');
    expect(parseHostMessage({ source: PROTOCOL_SOURCE, v: 1, get type() { throw new Error('boom'); } }).kind).toBe('ignored');
  });

  it('accepts from setFilters only values of the URL vocabulary', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), fc.array(fc.string({ maxLength: 3 }), { maxLength: 4 }), (sector, country) => {
        const parsed = parseHostMessage(command('setFilters', { sector, country }));
        if (parsed.kind !== 'command' || parsed.command.type !== 'setFilters') return;
        for (const s of parsed.command.filters.sector) expect(SECTORS).toContain(s);
        for (const c of parsed.command.filters.country) expect(COUNTRIES).toContain(c);
      }),
    );
  });
});

describe('origins', () => {
  const parent = {};
  it('hears only the framing page, and only from a listed origin', () => {
    const allowed = { allowedOrigins: ['https://portal.example.gov'], parent };
    expect(acceptsMessage({ origin: 'https://portal.example.gov', source: parent }, allowed)).toBe(true);
    expect(acceptsMessage({ origin: 'https://evil.example', source: parent }, allowed)).toBe(false);
    // A listed origin in another window (a popup, a sibling frame) is not the host.
    expect(acceptsMessage({ origin: 'https://portal.example.gov', source: {} }, allowed)).toBe(false);
    expect(acceptsMessage({ origin: 'https://any.example', source: parent }, { allowedOrigins: ['*'], parent })).toBe(true);
    expect(acceptsMessage({ origin: 'https://portal.example.gov', source: parent }, { allowedOrigins: [], parent })).toBe(false);
    // Not framed: window.parent is the window itself, and no message from it is a host's.
    expect(acceptsMessage({ origin: 'https://x.example', source: null }, { allowedOrigins: ['*'], parent: null })).toBe(false);
  });

  it('posts only to the listed parent origin; "*" only when the list says so and the parent is unknown', () => {
    expect(targetOriginFor('https://portal.example.gov', ['https://portal.example.gov'])).toBe('https://portal.example.gov');
    expect(targetOriginFor('https://evil.example', ['https://portal.example.gov'])).toBeUndefined();
    expect(targetOriginFor(undefined, ['https://portal.example.gov'])).toBeUndefined();
    expect(targetOriginFor('https://any.example', ['*'])).toBe('https://any.example');
    expect(targetOriginFor(undefined, ['*'])).toBe('*');
    expect(targetOriginFor('https://portal.example.gov', [])).toBeUndefined();
  });
});
