import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../mocks/node';
import { ConfigError, loadConfig, startConfigLoad, takeConfigLoad } from './config';

const serve = (body: string | Record<string, unknown>, status = 200) =>
  server.use(
    http.get('*/config.json', () => (typeof body === 'string' ? new HttpResponse(body, { status }) : HttpResponse.json(body, { status }))),
  );

describe('loadConfig', () => {
  it('fills defaults for a minimal static config', async () => {
    serve({ api: { type: 'static' } });
    expect(await loadConfig()).toEqual({
      api: { type: 'static', baseUrl: 'data/', maxBytes: 300_000_000 },
      basemap: { style: 'embedded' },
      flowsAbove: 500,
      requestTimeoutMs: 20000,
      embed: { allowedOrigins: [] },
    });
  });

  it('reads an OGC API config with default collection names and page size', async () => {
    serve({ api: { type: 'ogcapi', baseUrl: 'https://example.org/ogcapi' }, basemap: { style: 'https://example.org/style.json' } });
    const config = await loadConfig();
    expect(config.api).toEqual({
      type: 'ogcapi',
      baseUrl: 'https://example.org/ogcapi',
      collections: { sites: 'sites', partnerships: 'partnerships' },
      limit: 500,
    });
    expect(config.basemap.style).toBe('https://example.org/style.json');
  });

  it.each([
    ['a missing file', 'Not found', 404, /answered 404/],
    ['a file that is not JSON', '{ api: ', 200, /config\.json is not valid JSON/],
    ['an unknown api type', { api: { type: 'wfs' } }, 200, /invalid at "api\.type"/],
    ['an OGC API without baseUrl', { api: { type: 'ogcapi' } }, 200, /invalid at "api\.baseUrl"/],
    ['a data folder that is no address', { api: { type: 'static', baseUrl: 'https://' } }, 200, /invalid at "api\.baseUrl": must be an address/],
    ['an OGC API host with a space', { api: { type: 'ogcapi', baseUrl: 'https://my server/ogcapi' } }, 200, /invalid at "api\.baseUrl": must be an address/],
    ['an OGC API address with a trailing space', { api: { type: 'ogcapi', baseUrl: 'https://api.example.org ' } }, 200, /invalid at "api\.baseUrl": must be an address/],
    ['a negative flowsAbove', { flowsAbove: -1 }, 200, /invalid at "flowsAbove"/],
    ['a flowsAbove that is not a number', { flowsAbove: 'many' }, 200, /invalid at "flowsAbove"/],
    ['a flowsAbove that is not a whole number', { flowsAbove: 2.5 }, 200, /invalid at "flowsAbove"/],
    ['a basemap that is neither embedded nor a URL', { basemap: { style: 'pretty' } }, 200, /invalid at "basemap\.style"/],
    ['an allowed origin with a path', { embed: { allowedOrigins: ['https://portal.example.org/maps'] } }, 200, /invalid at "embed\.allowedOrigins\.0"/],
    ['an allowed origin with a trailing slash', { embed: { allowedOrigins: ['https://ok.example', 'https://portal.example.org/'] } }, 200, /invalid at "embed\.allowedOrigins\.1"/],
    ['an allowed origin that is a pattern', { embed: { allowedOrigins: ['https://*.example.org'] } }, 200, /invalid at "embed\.allowedOrigins\.0"/],
    ['allowed origins that are not a list', { embed: { allowedOrigins: 'https://portal.example.org' } }, 200, /invalid at "embed\.allowedOrigins"/],
  ])('names the problem for %s', async (_label, body, status, message) => {
    serve(body, status);
    const error = await loadConfig().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
  });

  it('names the range a number must be in', async () => {
    for (const [body, message] of [
      [{ flowsAbove: -1 }, 'config.json is invalid at "flowsAbove": must be a whole number, 0 or more.'],
      [{ flowsAbove: 2.5 }, 'config.json is invalid at "flowsAbove": must be a whole number, 0 or more.'],
      [{ requestTimeoutMs: 10 }, 'config.json is invalid at "requestTimeoutMs": must be a whole number from 1000 to 300000.'],
    ] as const) {
      serve(body);
      expect(((await loadConfig().catch((e: unknown) => e)) as Error).message).toContain(message);
    }
  });

  it('reads the origins allowed to drive an embedded atlas: exact origins, or "*" only when written', async () => {
    serve({ embed: { allowedOrigins: ['https://portal.example.org', 'http://127.0.0.1:8080'] } });
    expect((await loadConfig()).embed.allowedOrigins).toEqual(['https://portal.example.org', 'http://127.0.0.1:8080']);
    serve({ embed: { allowedOrigins: ['*'] } });
    expect((await loadConfig()).embed.allowedOrigins).toEqual(['*']);
    serve({ embed: {} });
    expect((await loadConfig()).embed.allowedOrigins).toEqual([]);
  });

  it('gives up on a config.json that never arrives, with a message, instead of loading forever', async () => {
    server.use(http.get('*/config.json', () => new Promise<Response>(() => {})));
    const error = await loadConfig('config.json', { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('config.json did not arrive within 0 s.');
  });
});

describe('config.json asked for early', () => {
  it('is asked for once at start-up and taken by the first load; a later load asks again', async () => {
    let asked = 0;
    server.use(http.get('*/config.json', () => (asked++, HttpResponse.json({ api: { type: 'static' } }))));
    startConfigLoad();
    startConfigLoad();
    expect((await takeConfigLoad()).api.type).toBe('static');
    expect(asked).toBe(1);
    await takeConfigLoad();
    expect(asked).toBe(2);
  });

  it('hands its failure to the load that takes it, explained', async () => {
    serve('{ not json');
    startConfigLoad();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(takeConfigLoad()).rejects.toThrow(ConfigError);
  });
});
