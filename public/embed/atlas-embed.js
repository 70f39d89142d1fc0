/*!
 * BioCluster Atlas host helper, for the atlas's postMessage API v1.
 * Plain JavaScript, no dependencies, served beside the atlas at embed/atlas-embed.js.
 *
 * As a script (sets window.BioClusterAtlas, and adopts every <iframe data-biocluster-atlas>):
 *   <iframe src="https://atlas.example.gov/?embed=1" title="…" data-biocluster-atlas></iframe>
 *   <script src="https://atlas.example.gov/embed/atlas-embed.js" defer></script>
 * As an ES module:
 *   import { embed } from 'https://atlas.example.gov/embed/atlas-embed.mjs';
 *
 *   const atlas = BioClusterAtlas.embed('#map', { src: 'https://atlas.example.gov/?embed=1' });
 *   atlas.on('select', (record) => console.log(record.id, record.names.en));
 *   await atlas.setFilters({ country: ['KZ'], sector: ['vaccines'] });
 *   const state = await atlas.getState();
 *
 * Messages are accepted only from the frame's own window and the atlas's origin;
 * commands are posted only to that origin. The atlas answers only pages whose
 * origin its config.json lists in embed.allowedOrigins.
 */
(function () {
  'use strict';

  var root = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : undefined;
  if (!root || root.BioClusterAtlas) return;

  var protocol = Object.freeze({
    source: 'biocluster-atlas',
    version: 1,
    commands: Object.freeze(['setFilters', 'select', 'flyTo', 'setLanguage', 'getState']),
    events: Object.freeze(['ready', 'state', 'select', 'resize', 'error', 'response']),
  });

  /** How long a command (or the wait for `ready`) may take before its promise fails. */
  var DEFAULT_TIMEOUT_MS = 15000;
  /** The frame never shrinks below this when sized to its content. */
  var DEFAULT_MIN_HEIGHT = 240;
  var ADOPT_ATTRIBUTE = 'data-biocluster-atlas';
  var DEFAULT_TITLE = 'BioCluster Atlas: map of biopharmaceutical clusters, facilities and partnerships';

  var requestCount = 0;

  function isAtlasMessage(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.source === protocol.source &&
      data.v === protocol.version &&
      typeof data.type === 'string' &&
      protocol.events.indexOf(data.type) !== -1
    );
  }

  function resolveElement(target) {
    if (typeof target === 'string') {
      var found = document.querySelector(target);
      if (!found) throw new Error('BioClusterAtlas.embed: no element matches "' + target + '"');
      return found;
    }
    if (target && target.nodeType === 1) return target;
    throw new Error('BioClusterAtlas.embed: give an <iframe>, an element to hold one, or a selector');
  }

  function createFrame(container, options) {
    if (!options.src) throw new Error('BioClusterAtlas.embed: options.src (the atlas embed link) is required to create a frame');
    var iframe = document.createElement('iframe');
    iframe.src = options.src;
    iframe.title = options.title || DEFAULT_TITLE;
    iframe.setAttribute('loading', options.loading || 'lazy');
    iframe.setAttribute('allow', 'fullscreen');
    iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    iframe.style.display = 'block';
    iframe.style.border = '0';
    iframe.style.width = options.width ? String(options.width) + (typeof options.width === 'number' ? 'px' : '') : '100%';
    iframe.style.height = (options.height || 420) + 'px';
    container.appendChild(iframe);
    return iframe;
  }

  /**
   * Embeds the atlas in `target` (an element or a selector; a new <iframe> is put in it),
   * or adopts `target` when it is an <iframe> already showing the atlas.
   * Options: src, title, width, height (a new frame); origin (default: the src's);
   * autoResize (default true: the frame's height follows the atlas's `resize`),
   * minHeight (default 240), timeoutMs (default 15000).
   */
  function embed(target, options) {
    options = options || {};
    var element = resolveElement(target);
    var iframe = element.tagName === 'IFRAME' ? element : createFrame(element, options);
    if (iframe.__bioClusterAtlas) return iframe.__bioClusterAtlas;

    var origin = options.origin || new URL(options.src || iframe.src, document.baseURI).origin;
    var autoResize = options.autoResize !== false;
    var minHeight = options.minHeight != null ? options.minHeight : DEFAULT_MIN_HEIGHT;
    var timeoutMs = options.timeoutMs || DEFAULT_TIMEOUT_MS;
    var listeners = {};
    var pending = {};
    var readyPayload;
    var readyWaiters = [];

    function emit(type, payload, message) {
      (listeners[type] || []).slice().forEach(function (listener) {
        try {
          listener(payload, message);
        } catch (error) {
          // One host listener failing must not stop the others.
          setTimeout(function () {
            throw error;
          });
        }
      });
    }

    function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.origin !== origin || !isAtlasMessage(event.data)) return;
      var message = event.data;
      if (message.type === 'response') {
        var request = pending[message.requestId];
        if (!request) return;
        delete pending[message.requestId];
        clearTimeout(request.timer);
        if (message.ok === true) request.resolve(message.payload);
        else request.reject(new Error(typeof message.error === 'string' ? message.error : 'the atlas refused the command'));
        return;
      }
      if (message.type === 'ready') markReady(message.payload);
      if (message.type === 'resize' && autoResize && message.payload && typeof message.payload.height === 'number' && message.payload.height > 0) {
        iframe.style.height = Math.max(minHeight, Math.ceil(message.payload.height)) + 'px';
      }
      emit(message.type, message.payload, message);
    }
    window.addEventListener('message', onMessage);

    var ready = new Promise(function (resolve) {
      readyWaiters.push(resolve);
    });

    function markReady(payload) {
      readyPayload = payload;
      readyWaiters.splice(0).forEach(function (waiter) {
        waiter(payload);
      });
    }

    function post(type, payload, callbacks) {
      var requestId = 'host-' + ++requestCount + '-' + Math.random().toString(36).slice(2, 8);
      var timer = setTimeout(function () {
        delete pending[requestId];
        callbacks.reject(new Error(type + ': no answer from the atlas within ' + timeoutMs + ' ms'));
      }, timeoutMs);
      pending[requestId] = { resolve: callbacks.resolve, reject: callbacks.reject, timer: timer };
      var message = { source: protocol.source, v: protocol.version, type: type, requestId: requestId };
      if (payload !== undefined) message.payload = payload;
      // Delivered only if the frame shows the atlas's origin (never to whatever else it may have navigated to).
      iframe.contentWindow.postMessage(message, origin);
    }

    /** Waits (within the time limit) for `ready`, then sends the command and waits for its answer. */
    function send(type, payload) {
      return new Promise(function (resolve, reject) {
        if (readyPayload) return post(type, payload, { resolve: resolve, reject: reject });
        var timer = setTimeout(function () {
          readyWaiters.splice(readyWaiters.indexOf(start), 1);
          reject(new Error(type + ': the atlas did not say it was ready within ' + timeoutMs + ' ms. Is this page\u2019s origin (' + location.origin + ') in the atlas\u2019s embed.allowedOrigins?'));
        }, timeoutMs);
        function start() {
          clearTimeout(timer);
          post(type, payload, { resolve: resolve, reject: reject });
        }
        readyWaiters.push(start);
      });
    }

    // An atlas that was ready before this helper arrived (a frame adopted late) answers getState with its counts.
    if (iframe.contentWindow) {
      post('getState', undefined, {
        resolve: function (state) {
          if (!readyPayload && state && state.counts) {
            markReady({ apiVersion: protocol.version, counts: { sites: state.counts.sites, partnerships: state.counts.partnerships }, state: state });
          }
        },
        reject: function () {},
      });
    }

    var atlas = {
      iframe: iframe,
      origin: origin,
      /** Resolves with the `ready` payload (API version, counts, state) once the atlas has its data. */
      ready: ready,
      /** Listens to `ready`, `state`, `select`, `resize` or `error`; returns a function that stops listening. */
      on: function (type, listener) {
        if (protocol.events.indexOf(type) === -1 || type === 'response') throw new Error('BioClusterAtlas: unknown event "' + type + '"');
        (listeners[type] = listeners[type] || []).push(listener);
        if (type === 'ready' && readyPayload) listener(readyPayload);
        return function () {
          atlas.off(type, listener);
        };
      },
      off: function (type, listener) {
        listeners[type] = (listeners[type] || []).filter(function (l) {
          return l !== listener;
        });
      },
      /** The whole filter set: { country, region, sector, kind, status: [..], from, to: year, q: text }; what is left out is cleared. */
      setFilters: function (filters) {
        return send('setFilters', filters || {});
      },
      /** Opens { site: id } or { partnership: id }; nothing closes the open record. */
      select: function (target) {
        return send('select', target || {});
      },
      /** Moves the map to { lon, lat, zoom } or { bounds: [west, south, east, north] }. */
      flyTo: function (view) {
        return send('flyTo', view);
      },
      setLanguage: function (language) {
        return send('setLanguage', { language: language });
      },
      getState: function () {
        return send('getState');
      },
      /** Stops listening; pending commands fail. The frame stays. */
      destroy: function () {
        window.removeEventListener('message', onMessage);
        Object.keys(pending).forEach(function (id) {
          clearTimeout(pending[id].timer);
          pending[id].reject(new Error('the host helper was destroyed'));
          delete pending[id];
        });
        delete iframe.__bioClusterAtlas;
      },
    };
    iframe.__bioClusterAtlas = atlas;
    return atlas;
  }

  /** Adopts every <iframe data-biocluster-atlas> under `scope` (the document by default) not adopted yet. */
  function adoptAll(scope) {
    var frames = (scope || document).querySelectorAll('iframe[' + ADOPT_ATTRIBUTE + ']');
    return Array.prototype.map.call(frames, function (iframe) {
      return embed(iframe, {});
    });
  }

  root.BioClusterAtlas = Object.freeze({ embed: embed, adoptAll: adoptAll, protocol: protocol });

  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { adoptAll(); });
    else adoptAll();
  }
})();
