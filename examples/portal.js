// The demo portal's script: loads the atlas's host helper from the atlas's own
// server, embeds the atlas, wires the buttons to its commands and logs its events.
// `window.atlas` is the helper's handle (try it in the console).
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var atlasBase = new URL(params.get('atlas') || 'http://127.0.0.1:4173/', location.href);
  var timeoutMs = Number(params.get('timeout')) || 15000;

  // Every other parameter of this page goes on to the embed link.
  var src = new URL(atlasBase);
  params.forEach(function (value, key) {
    if (key !== 'atlas' && key !== 'timeout') src.searchParams.set(key, value);
  });
  src.searchParams.set('embed', '1');
  if (!src.searchParams.has('ui')) src.searchParams.set('ui', 'search,filters,list,legend');
  src.hash = atlasBase.hash;

  var log = document.getElementById('log');
  var count = document.getElementById('count');
  /** Every event and answer, for anyone (and the end-to-end test) to read. */
  window.atlasEvents = [];

  function note(type, text, detail) {
    window.atlasEvents.push({ type: type, detail: detail });
    var item = document.createElement('li');
    item.dataset.type = type;
    var time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString();
    var name = document.createElement('code');
    name.textContent = type;
    item.append(time, ' ', name, ' ', text);
    log.prepend(item);
  }

  function describeState(state) {
    var f = state.filters;
    var active = ['country', 'region', 'sector', 'kind', 'status'].reduce(function (all, key) {
      return all.concat(f[key]);
    }, []);
    if (f.from || f.to) active.push((f.from || '…') + '–' + (f.to || '…'));
    if (f.q) active.push('“' + f.q + '”');
    var selected = state.selection.site || state.selection.partnership;
    return (active.length ? active.join(', ') : 'no filters') + (selected ? ' · open: ' + selected : '') + (state.view ? ' · zoom ' + state.view.zoom : '');
  }

  function showCount(state) {
    if (state.counts) count.textContent = state.counts.matchingSites + ' of ' + state.counts.sites + ' sites and ' + state.counts.matchingPartnerships + ' partnerships on the map';
  }

  function start() {
    var atlas = window.BioClusterAtlas.embed('#atlas', { src: src.toString(), height: 420, timeoutMs: timeoutMs });
    window.atlas = atlas;
    atlas.on('ready', function (p) {
      note('ready', 'API v' + p.apiVersion + ': ' + p.counts.sites + ' sites, ' + p.counts.partnerships + ' partnerships', p);
      showCount(p.state);
    });
    atlas.on('state', function (state) {
      note('state', describeState(state), state);
      showCount(state);
    });
    atlas.on('select', function (record) {
      note('select', record.kind + ' ' + record.id + ': ' + (record.names.en || ''), record);
    });
    atlas.on('resize', function (p) {
      note('resize', p.height + ' px', p);
    });
    atlas.on('error', function (p) {
      note('error', p.collection + ': ' + p.message, p);
    });

    var actions = {
      'filter-kr': function () { return atlas.setFilters({ country: ['KR'] }); },
      'filter-kz': function () { return atlas.setFilters({ country: ['KZ'] }); },
      'filter-vaccines': function () { return atlas.setFilters({ sector: ['vaccines', 'mrna'] }); },
      'filter-clear': function () { return atlas.setFilters({}); },
      'select-songdo': function () { return atlas.select({ site: 'kr-songdo-bio-cluster' }); },
      'select-none': function () { return atlas.select(); },
      'fly-shymkent': function () { return atlas.flyTo({ lon: 69.6, lat: 42.32, zoom: 8 }); },
      'fit-korea': function () { return atlas.flyTo({ bounds: [124.5, 33, 130, 38.7] }); },
      'language-ko': function () { return atlas.setLanguage('ko'); },
      'get-state': function () { return atlas.getState(); },
    };
    document.querySelectorAll('[data-action]').forEach(function (button) {
      button.addEventListener('click', function () {
        var action = button.dataset.action;
        actions[action]().then(
          function (payload) {
            note('response', action + ': ok' + (payload && payload.filters ? '' : payload ? ' · ' + JSON.stringify(payload).slice(0, 120) : ''), payload);
          },
          function (error) {
            note('response', action + ': ' + error.message, { error: error.message });
          },
        );
      });
    });
  }

  // The helper is served by the atlas (no inline script, no build step on this page).
  var helper = document.createElement('script');
  helper.src = new URL('embed/atlas-embed.js', atlasBase).toString();
  helper.onload = start;
  helper.onerror = function () {
    note('error', 'the host helper could not be loaded from ' + helper.src);
  };
  document.head.append(helper);
})();
