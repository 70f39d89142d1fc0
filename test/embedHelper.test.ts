/**
 * The host helper (public/embed/atlas-embed.js, plain JS served to portals as is)
 * against the protocol module the atlas itself uses: the same vocabulary, commands
 * the atlas accepts, answers and events it understands, and nothing from anyone else.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ATLAS_EVENTS,
  HOST_COMMANDS,
  PROTOCOL_SOURCE,
  PROTOCOL_VERSION,
  atlasEvent,
  atlasResponse,
  parseHostMessage,
  type AtlasMessage,
  type AtlasState,
} from '../src/state/embedProtocol';
import { EMPTY_FILTERS } from '../src/state/urlState';

interface AtlasHandle {
  iframe: HTMLIFrameElement;
  origin: string;
  ready: Promise<unknown>;
  on(type: string, listener: (payload: unknown) => void): () => void;
  setFilters(filters: unknown): Promise<unknown>;
  select(target?: unknown): Promise<unknown>;
  flyTo(view: unknown): Promise<unknown>;
  setLanguage(language: string): Promise<unknown>;
  getState(): Promise<unknown>;
  destroy(): void;
}
interface Helper {
  embed(target: unknown, options?: Record<string, unknown>): AtlasHandle;
  adoptAll(scope?: ParentNode): AtlasHandle[];
  protocol: { source: string; version: number; commands: readonly string[]; events: readonly string[] };
}

const ATLAS = 'https://atlas.example.gov';
let helper: Helper;

beforeAll(async () => {
  // The ES module wrapper loads the classic script, as a portal's import would.
  // @ts-expect-error: plain JavaScript without types
  helper = (await import('../public/embed/atlas-embed.mjs')).default as Helper;
});

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

const state: AtlasState = {
  filters: EMPTY_FILTERS,
  selection: { site: null, partnership: null },
  view: null,
  counts: { sites: 43, partnerships: 16, matchingSites: 43, matchingPartnerships: 16 },
  language: 'en',
  url: `${ATLAS}/`,
};

/** A message as the atlas in the frame would post it. */
function fromAtlas(atlas: AtlasHandle, data: AtlasMessage | Record<string, unknown>, { origin = ATLAS, source = atlas.iframe.contentWindow } = {}) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

/** A frame showing the atlas, adopted by the helper, whose outgoing messages are recorded instead of sent. */
function setUp(options: Record<string, unknown> = {}) {
  const iframe = document.createElement('iframe');
  iframe.src = `${ATLAS}/?embed=1`;
  document.body.append(iframe);
  const posted: { message: unknown; targetOrigin: string }[] = [];
  vi.spyOn(iframe.contentWindow!, 'postMessage').mockImplementation(((message: unknown, targetOrigin: string) =>
    void posted.push({ message, targetOrigin })) as Window['postMessage']);
  const atlas = helper.embed(iframe, options);
  return { atlas, posted };
}

describe('host helper', () => {
  it('speaks the protocol the atlas speaks', () => {
    expect(helper.protocol).toEqual({ source: PROTOCOL_SOURCE, version: PROTOCOL_VERSION, commands: [...HOST_COMMANDS], events: [...ATLAS_EVENTS] });
  });

  it('creates a frame with an accessible name, lazy loading, full screen and a referrer policy that names the portal', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const atlas = helper.embed(container, { src: `${ATLAS}/?embed=1`, title: 'Biopharma clusters map' });
    const frame = atlas.iframe;
    expect(frame.parentElement).toBe(container);
    expect(frame.getAttribute('src')).toBe(`${ATLAS}/?embed=1`);
    expect(frame.title).toBe('Biopharma clusters map');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('allow')).toBe('fullscreen');
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(atlas.origin).toBe(ATLAS);
  });

  it('sends commands the atlas accepts, to the atlas origin only, once it is ready, and resolves with the answer', async () => {
    const { atlas, posted } = setUp();
    const readyEvents: unknown[] = [];
    atlas.on('ready', (payload) => readyEvents.push(payload));
    const answer = atlas.setFilters({ country: ['KZ'], sector: 'vaccines' });
    // Only the start-up probe went out: commands wait for `ready`.
    expect(posted.map((p) => (p.message as { type: string }).type)).toEqual(['getState']);
    fromAtlas(atlas, atlasEvent('ready', { apiVersion: 1, counts: { sites: 43, partnerships: 16 }, state }));
    await atlas.ready;
    expect(readyEvents).toHaveLength(1);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    const { message, targetOrigin } = posted[1];
    expect(targetOrigin).toBe(ATLAS);
    const parsed = parseHostMessage(message);
    expect(parsed).toMatchObject({ kind: 'command', command: { type: 'setFilters', filters: { country: ['KZ'], sector: ['vaccines'] } } });
    const requestId = (message as { requestId: string }).requestId;
    fromAtlas(atlas, atlasResponse(requestId, { ok: true, payload: { filters: { country: ['KZ'] } } }));
    await expect(answer).resolves.toEqual({ filters: { country: ['KZ'] } });
  });

  it('builds every command so that the atlas accepts it', async () => {
    const { atlas, posted } = setUp();
    fromAtlas(atlas, atlasEvent('ready', { apiVersion: 1, counts: { sites: 43, partnerships: 16 }, state }));
    void atlas.select({ site: 'kr-pcmo' });
    void atlas.select();
    void atlas.flyTo({ bounds: [124, 33, 131, 39] });
    void atlas.setLanguage('ko');
    void atlas.getState();
    await vi.waitFor(() => expect(posted).toHaveLength(6));
    for (const { message } of posted) expect(parseHostMessage(message).kind).toBe('command');
  });

  it('rejects with the atlas’s reason when a command is refused', async () => {
    const { atlas, posted } = setUp();
    fromAtlas(atlas, atlasEvent('ready', { apiVersion: 1, counts: { sites: 43, partnerships: 16 }, state }));
    const answer = atlas.setLanguage('ko');
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    fromAtlas(atlas, atlasResponse((posted[1].message as { requestId: string }).requestId, { ok: false, error: 'languages are not available yet' }));
    await expect(answer).rejects.toThrow('languages are not available yet');
  });

  it('hears nothing from another origin, another window, or messages not of the protocol', () => {
    const { atlas } = setUp();
    const heard: unknown[] = [];
    atlas.on('state', (payload) => heard.push(payload));
    fromAtlas(atlas, atlasEvent('state', state), { origin: 'https://evil.example' });
    fromAtlas(atlas, atlasEvent('state', state), { source: window });
    fromAtlas(atlas, { ...atlasEvent('state', state), v: 2 });
    fromAtlas(atlas, { ...atlasEvent('state', state), source: 'other-widget' });
    fromAtlas(atlas, { source: PROTOCOL_SOURCE, v: 1, type: 'surprise', payload: {} });
    expect(heard).toEqual([]);
    fromAtlas(atlas, atlasEvent('state', state));
    expect(heard).toEqual([state]);
  });

  it('sizes the frame to the height the atlas needs, never below the minimum', () => {
    const { atlas } = setUp({ minHeight: 300 });
    fromAtlas(atlas, atlasEvent('resize', { height: 512.4 }));
    expect(atlas.iframe.style.height).toBe('513px');
    fromAtlas(atlas, atlasEvent('resize', { height: 120 }));
    expect(atlas.iframe.style.height).toBe('300px');
  });

  it('fails a command with a hint when the atlas never says it is ready (an origin it does not allow)', async () => {
    vi.useFakeTimers();
    const { atlas } = setUp({ timeoutMs: 1000 });
    const answer = atlas.getState();
    vi.advanceTimersByTime(1001);
    await expect(answer).rejects.toThrow(/embed\.allowedOrigins/);
  });

  it('notices an atlas that was ready before the helper arrived', async () => {
    const { atlas, posted } = setUp();
    const probe = posted[0].message as { type: string; requestId: string };
    expect(probe.type).toBe('getState');
    fromAtlas(atlas, atlasResponse(probe.requestId, { ok: true, payload: state }));
    await expect(atlas.ready).resolves.toMatchObject({ apiVersion: 1, counts: { sites: 43, partnerships: 16 } });
  });

  it('adopts frames marked data-biocluster-atlas, once', () => {
    document.body.innerHTML = `<iframe src="${ATLAS}/?embed=1" title="Atlas" data-biocluster-atlas></iframe>`;
    const [adopted] = helper.adoptAll();
    expect(adopted.origin).toBe(ATLAS);
    expect(helper.adoptAll()[0]).toBe(adopted);
    fromAtlas(adopted, atlasEvent('resize', { height: 480 }));
    expect(adopted.iframe.style.height).toBe('480px');
  });
});
