/*
 * Symbiosis HTML report. Draws every figure from the JSON document embedded in the page
 * (script#symbiosis-data), the same document the command's --json option writes. Sections are
 * listed in SECTIONS; each is drawn when the document has its data. window.symbiosis.ready
 * becomes true when every chart has been drawn.
 */
(function () {
  'use strict';

  var doc = JSON.parse(document.getElementById('symbiosis-data').textContent);
  var opt = JSON.parse(document.getElementById('symbiosis-options').textContent);
  var S = window.symbiosis = { doc: doc, options: opt, ready: false, sankeyState: null };
  var main = document.getElementById('report');
  var CONFIG = { displaylogo: false, responsive: true };
  var isResilience = opt.kind === 'resilience';

  /** The flow states a document holds, in the order of the toggle. */
  var STATE_NAMES = [
    ['withSymbiosis', 'With symbiosis'],
    ['withoutSymbiosis', 'Without symbiosis'],
    ['optimised', 'Optimised']
  ];

  if (doc.optimised) {
    STATE_NAMES[0][1] = 'Simulated, with symbiosis';
    STATE_NAMES[1][1] = 'Simulated, without symbiosis';
  }

  function states() {
    return STATE_NAMES.filter(function (s) { return doc[s[0]] && doc[s[0]].links; });
  }

  function fmt(x, digits) {
    if (x === null || x === undefined || isNaN(x)) { return '-'; }
    if (x === 0) { return '0'; }
    var d = digits === undefined ? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 1 ? 1 : 3) : digits;
    return x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function section(id, title, note) {
    var s = el('section', { id: 'section-' + id });
    s.appendChild(el('h2', {}, title));
    if (note) { s.appendChild(el('p', { 'class': 'note' }, note)); }
    main.appendChild(s);
    return s;
  }

  function table(parent, header, rows) {
    var t = el('table');
    var tr = el('tr');
    header.forEach(function (h) { tr.appendChild(el('th', {}, h)); });
    t.appendChild(tr);
    rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (c) {
        var td = el('td');
        if (c && typeof c === 'object') { td.textContent = c.text; td.className = c.cls; }
        else { td.textContent = c; }
        row.appendChild(td);
      });
      t.appendChild(row);
    });
    parent.appendChild(t);
    return t;
  }

  var PALETTE = ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#eeca3b', '#b279a2',
    '#ff9da6', '#9d755d', '#bab0ac', '#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e'];

  function rgba(hex, alpha) {
    var n = parseInt(hex.slice(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }

  // ----- the park's elements -------------------------------------------------------------

  var E = doc.elements || { carriers: [], plants: [], links: [], markets: [] };
  var carriers = {};
  E.carriers.forEach(function (c, i) { c.color = PALETTE[i % PALETTE.length]; carriers[c.carrier] = c; });
  var plants = {};
  E.plants.forEach(function (p) { plants[p.plant] = p; });
  var disposal = {};
  E.markets.forEach(function (m) { disposal[m.carrier] = m.disposal; });
  var aggregated = E.plants.length > opt.aggregateAbove;

  /** A plant's node: itself, or its sector in a large park. */
  function groupOf(plant) {
    if (!aggregated) { return plant; }
    return 'sector ' + (plants[plant] && plants[plant].sector ? plants[plant].sector : '(none)');
  }

  function sectorSizes() {
    var n = {};
    E.plants.forEach(function (p) { var g = groupOf(p.plant); n[g] = (n[g] || 0) + 1; });
    return n;
  }

  var aggregationRule = aggregated
    ? 'This park has ' + E.plants.length + ' plants, more than ' + opt.aggregateAbove
      + ': plants are drawn by sector (one node per sector, its plant count in the label), and'
      + ' exchanges between plants of one sector are loops on its node.'
    : 'Parks of more than ' + opt.aggregateAbove + ' plants are drawn by sector; this one has '
      + E.plants.length + ', each drawn as itself.';

  // ----- Sankey ---------------------------------------------------------------------------

  var carbonMode = opt.sankeyCarrier === 'carbon';
  var sankeyUnit = carbonMode ? 't C/yr'
    : (carriers[opt.sankeyCarrier] ? carriers[opt.sankeyCarrier].unit + '/yr' : '');

  function weight(carrier) {
    if (carbonMode) { return carriers[carrier] ? carriers[carrier].carbonPerUnit : 0; }
    return carrier === opt.sankeyCarrier ? 1 : 0;
  }

  var RELEASE_LABEL = { air: 'to air', water: 'to water', landfill: 'to landfill',
    storage: 'to storage (permanent)' };
  var RELEASE_COLOR = { air: '#c0392b', water: '#2e86c1', landfill: '#7f6a4f',
    storage: '#6c3483' };

  /**
   * The Sankey of one state: nodes are plants (or sectors) with a positive flow, purchases per
   * carrier, sales per carrier and releases per route; link values in t C (or the carrier's
   * unit). Totals: links = sum of flow x weight over links (delivered + lost), bought, sold,
   * released = sum over the boundary rows.
   */
  function sankeyModel(stateKey) {
    var st = doc[stateKey];
    var m = { labels: [], colors: [], hover: [], kinds: [], index: {}, source: [], target: [],
      value: [], linkColor: [], linkLabel: [], linkKind: [],
      totals: { links: 0, delivered: 0, lost: 0, bought: 0, sold: 0, released: 0 },
      merged: {} };
    var sizes = aggregated ? sectorSizes() : {};

    /** The node of a plant (or sector) name, a bought or sold carrier, or a release route. */
    function node(kind, name) {
      var key = kind + ':' + name;
      if (m.index[key] !== undefined) { return m.index[key]; }
      var label, color, hover, c = carriers[name];
      if (kind === 'plant') {
        label = aggregated ? name.replace(/^sector /, '') + ' (' + sizes[name]
          + (sizes[name] === 1 ? ' plant)' : ' plants)') : name;
        color = '#334e68';
        hover = aggregated ? label : (plants[name] ? plants[name].name + ' (' + plants[name].sector
          + ')' : name);
      } else if (kind === 'bought') {
        label = 'bought ' + name; color = '#e67e22';
        hover = 'Bought: ' + (c ? c.name : name);
      } else if (kind === 'sold') {
        label = 'sold ' + name; color = '#27ae60';
        hover = 'Sold: ' + (c ? c.name : name);
      } else {
        label = RELEASE_LABEL[name] || 'released (' + name + ')';
        color = RELEASE_COLOR[name] || '#7b8794';
        hover = 'Released ' + label;
      }
      m.index[key] = m.labels.length;
      m.labels.push(label); m.colors.push(color); m.hover.push(hover); m.kinds.push(kind);
      return m.index[key];
    }

    function link(fromKind, fromName, toKind, toName, value, carrier, kind, label) {
      if (!(value > 0)) { return; }
      var s = node(fromKind, fromName), t = node(toKind, toName);
      var mergeKey = s + '|' + t + '|' + carrier + '|' + kind;
      if (aggregated && m.merged[mergeKey] !== undefined) {
        m.value[m.merged[mergeKey]] += value;
        return;
      }
      m.merged[mergeKey] = m.value.length;
      m.source.push(s); m.target.push(t); m.value.push(value);
      var base = carriers[carrier] ? carriers[carrier].color : '#999999';
      m.linkColor.push(rgba(base, kind === 'loss' ? 0.25 : 0.45));
      m.linkLabel.push(label); m.linkKind.push(kind);
    }

    st.links.forEach(function (l) {
      var w = weight(l.carrier);
      var v = l.flow * w;
      if (!(v > 0)) { return; }
      var lost = l.lost * w;
      var delivered = (l.flow - l.lost) * w;
      m.totals.links += v; m.totals.delivered += delivered; m.totals.lost += lost;
      var from = groupOf(l.from), to = groupOf(l.to);
      link('plant', from, 'plant', to, delivered, l.carrier, 'link',
        aggregated ? l.carrier : l.link + ' (' + l.carrier + ')');
      link('plant', from, 'release', 'air', lost, l.carrier, 'loss',
        aggregated ? l.carrier + ' lost on links' : 'lost on ' + l.link + ' (' + l.carrier + ')');
    });
    st.boundary.forEach(function (b) {
      var w = weight(b.carrier);
      var p = groupOf(b.plant);
      var bought = b.bought * w, sold = b.sold * w, released = b.released * w;
      if (bought > 0) {
        m.totals.bought += bought;
        link('bought', b.carrier, 'plant', p, bought, b.carrier, 'bought',
          b.carrier + ' bought');
      }
      if (sold > 0) {
        m.totals.sold += sold;
        link('plant', p, 'sold', b.carrier, sold, b.carrier, 'sold', b.carrier + ' sold');
      }
      if (released > 0) {
        m.totals.released += released;
        link('plant', p, 'release', disposal[b.carrier] || 'unknown', released,
          b.carrier, 'released', b.carrier + ' released');
      }
    });
    var shown = {};
    Object.keys(m.index).forEach(function (k) { shown[k] = true; });
    m.hidden = E.plants.map(function (p) { return groupOf(p.plant); })
      .filter(function (g, i, all) { return all.indexOf(g) === i && !shown['plant:' + g]; });
    return m;
  }

  function sankeyTrace(m) {
    return {
      type: 'sankey',
      orientation: 'h',
      arrangement: 'snap',
      valueformat: ',.1f',
      valuesuffix: ' ' + sankeyUnit,
      node: { label: m.labels, color: m.colors, customdata: m.hover, pad: 18, thickness: 16,
        line: { color: '#ffffff', width: 0.5 },
        hovertemplate: '%{customdata}<br>%{value}<extra></extra>' },
      link: { source: m.source, target: m.target, value: m.value, color: m.linkColor,
        customdata: m.linkLabel,
        hovertemplate: '%{customdata}<br>%{source.label} \u2192 %{target.label}<br>%{value}'
          + '<extra></extra>' }
    };
  }

  function drawSankey(sec) {
    var list = states();
    var what = carbonMode ? 'carbon, in t C per year: each link\u2019s flow \u00d7 its carrier\u2019s'
      + ' carbon content (t C per unit)'
      : 'the carrier ' + opt.sankeyCarrier + ', in ' + sankeyUnit;
    sec.appendChild(el('p', { 'class': 'note' }, 'Flows of ' + what + '. Plants are nodes;'
      + ' purchases (left, one node per carrier), sales (one per carrier) and releases (one per'
      + ' route: air, water, landfill, storage) are the park\u2019s boundary. What a link loses'
      + ' on the way goes to air at its source, as the ledger counts it. Loops are drawn as'
      + ' loops (links that turn back). ' + aggregationRule));
    var toggle = el('div', { 'class': 'toggle', id: 'sankey-toggle' });
    sec.appendChild(toggle);
    var chart = el('div', { 'class': 'chart', id: 'sankey' });
    sec.appendChild(chart);
    var summary = el('p', { 'class': 'note', id: 'sankey-totals' });
    sec.appendChild(summary);
    var models = {};
    list.forEach(function (s) { models[s[0]] = sankeyModel(s[0]); });
    S.sankeyModels = models;

    function show(key) {
      var m = models[key];
      var nodes = m.labels.length;
      var height = Math.max(420, Math.min(1600, 60 + nodes * 38));
      var label = STATE_NAMES.filter(function (s) { return s[0] === key; })[0][1];
      var layout = { height: height, margin: { l: 10, r: 10, t: 30, b: 10 }, font: { size: 12 },
        title: { text: label + ' \u2014 ' + doc.park, font: { size: 14 } } };
      Array.prototype.forEach.call(toggle.children, function (b) {
        b.className = b.getAttribute('data-state') === key ? 'on' : '';
      });
      var t = m.totals;
      summary.textContent = label + ': bought ' + fmt(t.bought) + ', on links between plants '
        + fmt(t.links) + ' (delivered ' + fmt(t.delivered) + ', lost on the way ' + fmt(t.lost)
        + '), sold ' + fmt(t.sold) + ', released ' + fmt(t.released) + ' ' + sankeyUnit + '.'
        + (m.hidden.length ? ' Not shown, having no ' + (carbonMode ? 'carbon' : opt.sankeyCarrier)
          + ' in or out: ' + m.hidden.join(', ') + '.' : '');
      // A new plot, not Plotly.react: react animates nodes out, so for a moment the page
      // would show the old state's nodes beside the new ones.
      Plotly.purge(chart);
      var trace = sankeyTrace(m);
      return Plotly.newPlot(chart, [trace], layout, CONFIG).then(function () {
        // In a park with loops Plotly lays nodes out with d3-sankey-circular, which can leave
        // nodes of one column touching or overlapping. Given node positions, Plotly snaps them
        // to columns and pushes overlapping nodes apart by node.pad: so draw again at the
        // positions of the first layout.
        if (!chart.calcdata[0][0].circular) { return null; }
        var size = chart._fullLayout._size;
        var x = m.labels.map(function () { return null; });
        var y = x.slice();
        Array.prototype.forEach.call(chart.querySelectorAll('.sankey-node'), function (e) {
          var n = e.__data__ && e.__data__.node;
          if (!n || n.pointNumber === undefined) { return; }
          x[n.pointNumber] = Math.max(1e-6, (n.x0 + n.x1) / 2 / size.w);
          y[n.pointNumber] = Math.max(1e-6, (n.y0 + n.y1) / 2 / size.h);
        });
        if (x.some(function (v) { return v === null; })) { return null; }
        trace.node.x = x;
        trace.node.y = y;
        Plotly.purge(chart);
        return Plotly.newPlot(chart, [trace], layout, CONFIG);
      }).then(function () {
        S.sankeyState = key;
      });
    }
    list.forEach(function (s) {
      var b = el('button', { 'data-state': s[0], type: 'button' }, s[1]);
      b.addEventListener('click', function () { show(s[0]); });
      toggle.appendChild(b);
    });
    S.showSankey = show;
    return show(list[0][0]);
  }

  // ----- emissions by plant ----------------------------------------------------------------

  var SCOPE_COLORS = {
    withSymbiosis: ['#1f4e79', '#4f81bd', '#a9c4e4'],
    withoutSymbiosis: ['#5f5f5f', '#969696', '#d0d0d0'],
    optimised: ['#1e6b3a', '#4caf6e', '#a8dbb8']
  };

  function drawEmissions(sec) {
    sec.appendChild(el('p', { 'class': 'note' }, 'Per plant, t CO2e per year: scope 1 (releases'
      + ' to air, GWP-weighted), scope 2 (purchased electricity and heat, location-based) and'
      + ' scope 3 upstream (categories 1, 3 and 4), stacked; scope 1 + 2 = residual, all three ='
      + ' life cycle. One bar per state. '
      + (aggregated ? aggregationRule : '')));
    var chart = el('div', { 'class': 'chart', id: 'emissions' });
    sec.appendChild(chart);
    var groups = [];
    E.plants.forEach(function (p) {
      var g = groupOf(p.plant);
      if (groups.indexOf(g) < 0) { groups.push(g); }
    });
    var traces = [];
    states().forEach(function (s) {
      var key = s[0];
      var sums = {};
      groups.forEach(function (g) { sums[g] = [0, 0, 0]; });
      doc[key].plants.forEach(function (p) {
        var v = sums[groupOf(p.plant)];
        v[0] += p.scope1; v[1] += p.scope2; v[2] += p.upstream;
      });
      var base = groups.map(function () { return 0; });
      ['Scope 1', 'Scope 2', 'Upstream (scope 3)'].forEach(function (name, k) {
        var y = groups.map(function (g) { return sums[g][k]; });
        traces.push({ type: 'bar', name: name + ' \u2014 ' + s[1], x: groups, y: y,
          base: base.slice(), offsetgroup: key, legendgroup: key,
          marker: { color: SCOPE_COLORS[key][k] },
          hovertemplate: '%{x}<br>' + name + ', ' + s[1].toLowerCase()
            + ': %{y:,.0f} t CO2e/yr<extra></extra>' });
        base = base.map(function (b, i) { return b + y[i]; });
      });
    });
    var layout = { barmode: 'group', height: 460, margin: { l: 70, r: 10, t: 10, b: 120 },
      yaxis: { title: { text: 't CO2e/yr' }, separatethousands: true, tickformat: ',.0f' },
      xaxis: { tickangle: -30 }, legend: { orientation: 'h', y: -0.35 }, font: { size: 12 } };
    var rows = [];
    var lines = [['Scope 1', 'scope1'], ['Scope 2 (location-based)', 'scope2'],
      ['Residual (scope 1 + 2)', 'residual'], ['Scope 3 upstream (cat. 1, 3, 4)', 'upstream'],
      ['Life cycle', 'lifecycle'], ['Net (residual - removals)', 'net'],
      ['Stored permanently (t CO2)', 'stored']];
    lines.forEach(function (l) {
      rows.push([l[0]].concat(states().map(function (s) { return fmt(doc[s[0]].totals[l[1]], 0); })));
    });
    table(sec, ['Park totals, t CO2e/yr'].concat(states().map(function (s) { return s[1]; })), rows);
    return Plotly.newPlot(chart, traces, layout, CONFIG);
  }

  // ----- map-like view ---------------------------------------------------------------------

  function drawMap(sec) {
    var located = E.plants.filter(function (p) { return p.latitude !== undefined; });
    if (located.length === 0) {
      sec.appendChild(el('p', { 'class': 'note', id: 'map-none' }, 'No plant of this park has'
        + ' a location; give plants a "location" ({"lat": ..., "lon": ...}) in the park file to'
        + ' see them placed here.'));
      return Promise.resolve();
    }
    sec.appendChild(el('p', { 'class': 'note' }, located.length + ' of ' + E.plants.length
      + ' plants have a location (plain longitude and latitude, no map tiles). Lines are the'
      + ' links whose two plants both have one; up to 300 links, each line\u2019s width is its'
      + ' flow with symbiosis (' + sankeyUnit + '), above that one thin line per link.'
      + (located.length < E.plants.length ? ' Plants without a location are not drawn.' : '')));
    var chart = el('div', { 'class': 'chart', id: 'map' });
    sec.appendChild(chart);
    var st = doc.withSymbiosis || doc.optimised;
    var flows = {};
    if (st) { st.links.forEach(function (l) { flows[l.link] = l.flow * weight(l.carrier); }); }
    var max = 0;
    Object.keys(flows).forEach(function (k) { max = Math.max(max, flows[k]); });
    var traces = [];
    var drawn = E.links.filter(function (l) {
      var a = plants[l.from], b = plants[l.to];
      return a && b && a.latitude !== undefined && b.latitude !== undefined;
    });
    var color = function (c) { return rgba(carriers[c] ? carriers[c].color : '#999999', 0.7); };
    if (drawn.length <= 300) {
      // One line per link, its width by its flow.
      drawn.forEach(function (l) {
        var a = plants[l.from], b = plants[l.to];
        var f = flows[l.link] || 0;
        traces.push({ type: 'scatter', mode: 'lines', name: l.link, x: [a.longitude, b.longitude],
          y: [a.latitude, b.latitude], showlegend: false, hoverinfo: 'text',
          text: l.link + ': ' + l.carrier + ', ' + fmt(f) + ' ' + sankeyUnit,
          line: { color: color(l.carrier), width: 1 + (max > 0 ? 8 * f / max : 0),
            dash: l.status === 'candidate' ? 'dot' : 'solid' } });
      });
    } else {
      // Many links: one thin trace per carrier, segments separated by gaps.
      var byCarrier = {};
      drawn.forEach(function (l) {
        var t = byCarrier[l.carrier] = byCarrier[l.carrier] || { x: [], y: [] };
        t.x.push(plants[l.from].longitude, plants[l.to].longitude, null);
        t.y.push(plants[l.from].latitude, plants[l.to].latitude, null);
      });
      Object.keys(byCarrier).forEach(function (c) {
        traces.push({ type: 'scatter', mode: 'lines', name: c, x: byCarrier[c].x,
          y: byCarrier[c].y, showlegend: false, hoverinfo: 'name',
          line: { color: color(c), width: 1 } });
      });
    }
    traces.push({ type: 'scatter', mode: 'markers+text', name: 'plants',
      x: located.map(function (p) { return p.longitude; }),
      y: located.map(function (p) { return p.latitude; }),
      text: located.map(function (p) { return p.plant; }), textposition: 'top center',
      hovertext: located.map(function (p) { return p.name + ' (' + p.sector + ')'; }),
      hoverinfo: 'text', marker: { size: 10, color: '#334e68' } });
    var lat = located.reduce(function (s, p) { return s + p.latitude; }, 0) / located.length;
    var layout = { height: 460, margin: { l: 60, r: 10, t: 10, b: 50 }, showlegend: false,
      xaxis: { title: { text: 'longitude (\u00b0E)' }, zeroline: false },
      yaxis: { title: { text: 'latitude (\u00b0N)' }, zeroline: false, scaleanchor: 'x',
        scaleratio: 1 / Math.max(0.2, Math.cos(lat * Math.PI / 180)) } };
    return Plotly.newPlot(chart, traces, layout, CONFIG);
  }

  // ----- pathway ---------------------------------------------------------------------------

  var METRIC_LINE = { residual: 'solid', net: 'dash', lifecycle: 'dot' };

  function drawFan(sec) {
    var years = doc.years.map(function (y) { return y.year; });
    sec.appendChild(el('p', { 'class': 'note' }, 'Emissions per year, t CO2e: the deterministic'
      + ' run (every uncertain number at its typical value)'
      + (doc.residualBands.length ? ', and the P5-P95 band of residual emissions over '
        + doc.samples + ' Monte Carlo samples (seed ' + doc.seed + ')' : ' (no Monte Carlo:'
        + ' run with --samples for a band)')
      + '. Targets are markers at their goal: filled green when met, red when missed; a ring'
      + ' marks the first year each is met.'));
    var chart = el('div', { 'class': 'chart', id: 'fan' });
    sec.appendChild(chart);
    var traces = [];
    if (doc.residualBands.length) {
      traces.push({ type: 'scatter', mode: 'lines', name: 'residual P95', x: years,
        y: doc.residualBands.map(function (b) { return b.p95; }), line: { width: 0 },
        showlegend: false, hovertemplate: '%{x}: P95 %{y:,.0f}<extra></extra>' });
      traces.push({ type: 'scatter', mode: 'lines', name: 'residual P5\u2013P95', x: years,
        y: doc.residualBands.map(function (b) { return b.p5; }), fill: 'tonexty',
        fillcolor: 'rgba(76,120,168,0.22)', line: { width: 0 },
        hovertemplate: '%{x}: P5 %{y:,.0f}<extra></extra>' });
      traces.push({ type: 'scatter', mode: 'lines', name: 'residual P50', x: years,
        y: doc.residualBands.map(function (b) { return b.p50; }),
        line: { color: '#4c78a8', width: 1, dash: 'dot' } });
    }
    var used = {};
    doc.targets.forEach(function (t) { used[t.metric] = true; });
    ['residual', 'net', 'lifecycle'].forEach(function (metric) {
      traces.push({ type: 'scatter', mode: 'lines+markers', name: metric + ' (deterministic)',
        x: years, y: doc.years.map(function (y) { return y[metric]; }),
        visible: metric === 'residual' || used[metric] ? true : 'legendonly',
        marker: { size: 4 },
        line: { color: metric === 'residual' ? '#1f4e79' : metric === 'net' ? '#2a9d8f'
          : '#8e44ad', width: 2, dash: METRIC_LINE[metric] },
        hovertemplate: '%{x}: ' + metric + ' %{y:,.0f} t CO2e/yr<extra></extra>' });
    });
    doc.targets.forEach(function (t) {
      var verdict = t.met ? 'met' : 'missed by ' + fmt(t.gap, 0) + ' t CO2e/yr';
      traces.push({ type: 'scatter', mode: 'markers', name: t.target + ': ' + (t.met ? 'met'
        : 'missed'), x: [t.year], y: [t.goal],
        marker: { size: 14, symbol: 'diamond', color: t.met ? '#1f7a3a' : '#b42318',
          line: { color: '#ffffff', width: 1 } },
        hovertemplate: t.target + ' (' + t.metric + ', ' + t.year + '): goal %{y:,.0f}, '
          + 'emissions ' + fmt(t.value, 0) + ', ' + verdict + '; first met '
          + (t.firstYearMet === null ? 'never' : t.firstYearMet) + '<extra></extra>' });
      if (t.firstYearMet !== null) {
        var y = doc.years.filter(function (e) { return e.year === t.firstYearMet; })[0];
        traces.push({ type: 'scatter', mode: 'markers+text', showlegend: false,
          x: [t.firstYearMet], y: [y[t.metric]], text: ['first met ' + t.firstYearMet],
          textposition: 'top right', textfont: { size: 11, color: '#1f7a3a' },
          marker: { size: 13, symbol: 'circle-open', color: '#1f7a3a', line: { width: 2 } },
          hovertemplate: t.target + ' first met in %{x}<extra></extra>' });
      }
    });
    var layout = { height: 480, margin: { l: 80, r: 10, t: 10, b: 40 },
      yaxis: { title: { text: 't CO2e/yr' }, tickformat: ',.0f', rangemode: 'tozero' },
      xaxis: { dtick: 5 }, legend: { orientation: 'h', y: -0.12 }, font: { size: 12 } };
    var rows = doc.targets.map(function (t) {
      return [t.target, t.year + ' (' + t.metric + ')', fmt(t.goal, 0), fmt(t.value, 0),
        { text: t.met ? 'met' : 'missed by ' + fmt(t.gap, 0), cls: t.met ? 'met' : 'missed' },
        t.firstYearMet === null ? 'never' : String(t.firstYearMet),
        t.probabilityMet === null ? '-' : fmt(100 * t.probabilityMet, 1) + ' %'];
    });
    table(sec, ['target', 'judged in', 'goal, t CO2e/yr', 'emissions', 'verdict', 'first met',
      'P(met)'], rows);
    return Plotly.newPlot(chart, traces, layout, CONFIG);
  }

  function drawTornado(sec) {
    var t = doc.tornado;
    sec.appendChild(el('p', { 'class': 'note' }, 'One at a time: residual emissions in ' + t.year
      + ' with each uncertain number at its 5th and 95th percentile, everything else typical;'
      + ' the centre line is every number typical. Largest swing at the top.'));
    var chart = el('div', { 'class': 'chart', id: 'tornado' });
    sec.appendChild(chart);
    if (t.bars.length === 0) {
      sec.appendChild(el('p', { 'class': 'note' }, '(no uncertain numbers)'));
      return Promise.resolve();
    }
    var bars = t.bars.slice().reverse();
    var names = bars.map(function (b) { return b.parameter; });
    var centre = bars[0].centre;
    var traces = [
      { type: 'bar', orientation: 'h', name: 'number at P5', y: names,
        x: bars.map(function (b) { return b.atLow - b.centre; }), base: centre,
        marker: { color: '#4c78a8' },
        customdata: bars.map(function (b) { return [b.lowSetting, b.atLow]; }),
        hovertemplate: '%{y}<br>at %{customdata[0]:.4g}: %{customdata[1]:,.0f} t CO2e/yr'
          + '<extra></extra>' },
      { type: 'bar', orientation: 'h', name: 'number at P95', y: names,
        x: bars.map(function (b) { return b.atHigh - b.centre; }), base: centre,
        marker: { color: '#f58518' },
        customdata: bars.map(function (b) { return [b.highSetting, b.atHigh]; }),
        hovertemplate: '%{y}<br>at %{customdata[0]:.4g}: %{customdata[1]:,.0f} t CO2e/yr'
          + '<extra></extra>' }];
    var layout = { barmode: 'overlay', height: Math.max(280, 110 + 28 * bars.length),
      margin: { l: 330, r: 20, t: 10, b: 90 }, font: { size: 12 },
      legend: { orientation: 'h', y: -0.3 },
      xaxis: { title: { text: t.year + ' residual emissions, t CO2e/yr' }, tickformat: ',.0f' },
      shapes: [{ type: 'line', x0: centre, x1: centre, yref: 'paper', y0: 0, y1: 1,
        line: { color: '#333333', width: 1 } }] };
    return Plotly.newPlot(chart, traces, layout, CONFIG);
  }

  // ----- resilience ------------------------------------------------------------------------

  /** Bars per chart and rows per table; the rest is in the embedded document. */
  var RANK_BARS = 30;
  var RANK_ROWS = 200;

  /** The outages of a resilience document, by kind, each in the text report's rank order. */
  function rankings() {
    var plantsOut = {}, linksOut = {}, sets = [];
    doc.outages.forEach(function (o) {
      if (o.kind === 'plant') { plantsOut[o.plants[0]] = o; }
      else if (o.kind === 'link') { linksOut[o.links[0]] = o; }
      else { sets.push(o); }
    });
    // Combined outages are ranked as the engine ranks them (ResilienceAnalysis): those that run
    // first, by impact, then by the cascade, then by the plants losing inputs, then by label.
    sets.sort(function (a, b) {
      var ra = a.status === 'runs', rb = b.status === 'runs';
      if (ra !== rb) { return ra ? -1 : 1; }
      if (ra && a.impact !== b.impact) { return b.impact - a.impact; }
      if (a.cascade.length !== b.cascade.length) { return b.cascade.length - a.cascade.length; }
      if (a.plantsLosingInputs !== b.plantsLosingInputs) {
        return b.plantsLosingInputs - a.plantsLosingInputs;
      }
      return outageLabel(a) < outageLabel(b) ? -1 : outageLabel(a) > outageLabel(b) ? 1 : 0;
    });
    return {
      keystones: doc.keystones.map(function (p) { return plantsOut[p]; }),
      links: doc.criticalLinks.map(function (l) { return linksOut[l]; }),
      sets: sets
    };
  }

  /** As Outage.label(): "plant a", "plants a, b; link c". */
  function outageLabel(o) {
    var parts = [];
    if (o.plants.length) {
      parts.push((o.plants.length === 1 ? 'plant ' : 'plants ') + o.plants.join(', '));
    }
    if (o.links.length) {
      parts.push((o.links.length === 1 ? 'link ' : 'links ') + o.links.join(', '));
    }
    return parts.join('; ');
  }

  /** The name in a ranking: the plant or link id, or the label of a combined outage. */
  function outageName(o) {
    return o.kind === 'plant' ? o.plants[0] : o.kind === 'link' ? o.links[0] : outageLabel(o);
  }

  function signed(x) {
    var s = fmt(x, Math.abs(x) >= 100 ? 0 : 1);
    return x > 0 && s !== '0' && s !== '0.0' ? '+' + s : s;
  }

  /**
   * A horizontal bar per outage that runs, first in the ranking at the top: the life-cycle
   * knock-on (the impact, as ranked) and, beside it, the residual knock-on where the document
   * has it. Outages that cannot be simulated have no bar.
   */
  function impactBars(sec, id, ranked, what) {
    var runs = ranked.filter(function (o) { return o.status === 'runs' && o.impact !== null; });
    var shown = runs.slice(0, RANK_BARS);
    var chart = el('div', { 'class': 'chart', id: id });
    sec.appendChild(chart);
    if (runs.length > shown.length) {
      sec.appendChild(el('p', { 'class': 'note' }, 'The first ' + shown.length + ' of '
        + runs.length + ' ' + what + ' are drawn; every one is in the table.'));
    }
    var names = shown.map(outageName);
    var traces = [{ type: 'bar', orientation: 'h', name: 'Life-cycle knock-on (impact)',
      y: names, x: shown.map(function (o) { return o.impact; }),
      marker: { color: '#1f4e79' },
      hovertemplate: '%{y}<br>life-cycle knock-on %{x:+,.0f} t CO2e/yr<extra></extra>' }];
    if (shown.some(function (o) { return o.knockOnResidual !== null
        && o.knockOnResidual !== undefined; })) {
      traces.push({ type: 'bar', orientation: 'h', name: 'Residual knock-on (scope 1 + 2)',
        y: names, x: shown.map(function (o) { return o.knockOnResidual; }),
        marker: { color: '#a9c4e4' },
        hovertemplate: '%{y}<br>residual knock-on %{x:+,.0f} t CO2e/yr<extra></extra>' });
    }
    // About 12 px per bar, so that a ranking of one outage is not one fat bar.
    var layout = { barmode: 'group', height: 150 + shown.length * 12 * (1 + traces.length),
      margin: { l: 10, r: 20, t: 40, b: 50 }, font: { size: 12 },
      legend: { orientation: 'h', x: 0, y: 1, yanchor: 'bottom' },
      xaxis: { title: { text: 'change in the other plants\u2019 emissions, t CO2e/yr' },
        tickformat: ',.0f', zeroline: true, zerolinecolor: '#52606d' },
      yaxis: { autorange: 'reversed', automargin: true, type: 'category' } };
    return Plotly.newPlot(chart, traces, layout, CONFIG).then(function () {
      chart.on('plotly_click', function (e) {
        if (e.points && e.points.length) { S.showOutage(shown[e.points[0].pointNumber]); }
      });
    });
  }

  /** The text report's ranking table, with the residual knock-on beside the impact. */
  function rankingTable(sec, ranked) {
    var rows = ranked.slice(0, RANK_ROWS).map(function (o, i) {
      if (o.status !== 'runs') {
        return [String(i + 1), outageName(o), { text: 'cannot simulate', cls: 'missed' }, '', '',
          '', '', '', '', ''];
      }
      return [String(i + 1), outageName(o), signed(o.impact), signed(o.knockOnResidual),
        signed(o.residualChange), signed(o.lifecycleChange), signed(o.costChange),
        String(o.plantsLosingInputs), String(o.cascade.length), String(o.plantsIdle)];
    });
    var t = table(sec, ['rank', 'out', 'impact (life-cycle knock-on), t CO2e/yr',
      'residual knock-on', 'park residual', 'park life cycle', 'park cost, ' + doc.currency
      + '/yr', 'lose inputs', 'cannot run', 'idle'], rows);
    t.className = 'ranking';
    if (ranked.length > RANK_ROWS) {
      sec.appendChild(el('p', { 'class': 'note' }, '(' + (ranked.length - RANK_ROWS)
        + ' more in the embedded document and --json)'));
    }
  }

  var RANKING_NOTE = 'Impact = the change in the life-cycle emissions of the plants not taken'
    + ' out (the knock-on; the outage\u2019s own plants stop emitting, which is in the park\u2019s'
    + ' change only); the residual knock-on is the same for scope 1 + 2. Park columns: the whole'
    + ' park\u2019s change, outage minus intact, per year. Click a bar for what that outage does.';

  function drawRanking(key, id, what) {
    return function (sec) {
      var ranked = rankings()[key];
      sec.appendChild(el('p', { 'class': 'note' }, RANKING_NOTE));
      var drawn = impactBars(sec, id, ranked, what);
      rankingTable(sec, ranked);
      return drawn;
    };
  }

  function unitOf(carrier) {
    return doc.units && doc.units[carrier] ? doc.units[carrier] : 'units';
  }

  /** As the text report: "buys 4,135,340 MWh/yr more electricity". */
  function moves(change, verb, carrier) {
    if (Math.abs(change) < 0.05) { return []; }
    return [verb + ' ' + fmt(Math.abs(change), Math.abs(change) >= 100 ? 0 : 1) + ' '
      + unitOf(carrier) + '/yr ' + (change > 0 ? 'more ' : 'less ') + carrier];
  }

  /** What one outage does, plant by plant (the text report's detail). */
  function outageDetail(o) {
    var box = el('div', { 'class': 'outage', 'data-outage': outageLabel(o) });
    if (o.status !== 'runs') {
      box.appendChild(el('p', {}, outageLabel(o) + ' out: the park cannot be simulated'
        + ' without it.'));
      var ul = el('ul');
      o.problems.forEach(function (p) { ul.appendChild(el('li', {}, p)); });
      box.appendChild(ul);
      return box;
    }
    box.appendChild(el('p', {}, outageLabel(o) + ' out: impact ' + signed(o.impact)
      + ' t CO2e/yr (residual knock-on ' + signed(o.knockOnResidual) + '); the park\u2019s'
      + ' life cycle ' + signed(o.lifecycleChange) + ', residual ' + signed(o.residualChange)
      + ' t CO2e/yr, cost ' + signed(o.costChange) + ' ' + doc.currency + '/yr.'));
    var rows = [];
    o.cascade.forEach(function (c) {
      rows.push([c.plant, { text: 'cannot run (round ' + c.round + ')', cls: 'missed' },
        (c.shortfall ? 'needs ' : 'has ') + fmt(c.amount) + ' ' + unitOf(c.carrier) + '/yr of '
          + c.carrier + (c.shortfall ? ' that nothing supplies and no market sells'
          : ' that it can neither route, sell nor release'), '']);
    });
    o.plantImpacts.forEach(function (p) {
      if (p.role === 'out' || p.role === 'cannot_run') { return; }
      var parts = [];
      if (p.role === 'idle') { parts.push('idle'); }
      else if (p.processesStopped.length) { parts.push('stops ' + p.processesStopped.join(', ')); }
      p.carriers.forEach(function (c) {
        parts = parts.concat(moves(c.boughtAfter - c.boughtBefore, 'buys', c.carrier),
          moves(c.soldAfter - c.soldBefore, 'sells', c.carrier),
          moves(c.releasedAfter - c.releasedBefore, 'releases', c.carrier));
      });
      rows.push([p.plant, p.role, parts.join('; '),
        Math.abs(p.lifecycleChange) < 0.05 ? '' : signed(p.lifecycleChange)]);
    });
    if (rows.length) {
      table(box, ['plant', 'role', 'what changes', 'its life cycle, t CO2e/yr'], rows)
        .className = 'detail';
    } else {
      box.appendChild(el('p', { 'class': 'note' }, 'No other plant changes.'));
    }
    return box;
  }

  function drawDetail(sec) {
    var r = rankings();
    var ordered = r.sets.concat(r.keystones, r.links);
    sec.appendChild(el('p', { 'class': 'note' }, 'Choose an outage (or click its bar above):'
      + ' the plants that cannot run (the cascade, round by round), and what every other plant'
      + ' that changes buys, sells and releases more or less, in its carrier\u2019s unit per'
      + ' year.'));
    var select = el('select', { id: 'outage-select' });
    var groups = [['Combined outages', r.sets], ['Plants', r.keystones], ['Links', r.links]];
    groups.forEach(function (g) {
      if (!g[1].length) { return; }
      var og = el('optgroup', { label: g[0] });
      g[1].forEach(function (o) {
        og.appendChild(el('option', { value: String(ordered.indexOf(o)) }, outageName(o)
          + (o.status === 'runs' ? ' (' + signed(o.impact) + ')' : ' (cannot simulate)')));
      });
      select.appendChild(og);
    });
    sec.appendChild(select);
    var holder = el('div', { id: 'outage-detail' });
    sec.appendChild(holder);
    S.showOutage = function (o) {
      select.value = String(ordered.indexOf(o));
      holder.textContent = '';
      holder.appendChild(outageDetail(o));
    };
    select.addEventListener('change', function () {
      S.showOutage(ordered[Number(select.value)]);
    });
    if (ordered.length) { S.showOutage(ordered[0]); }
    return Promise.resolve();
  }

  function drawNetwork(sec) {
    var n = doc.network;
    sec.appendChild(el('p', { 'class': 'note' }, 'The plant network over the existing links'
      + ' (a link from its source to its target). A circular cluster is a strongly connected'
      + ' component: material can go round it. Betweenness: the shortest supply paths between'
      + ' other plants that pass through a plant (Brandes); plants with none are left out.'));
    sec.appendChild(el('p', {}, n.circularClusters.length === 0
      ? 'No circular cluster: no material can go round a loop of plants.'
      : n.circularClusters.map(function (c) {
        // As the text report: a large park's cluster is named by its first 20 plants.
        return 'Circular cluster of ' + c.length + ' plants: ' + c.slice(0, 20).join(', ')
          + (c.length > 20 ? ' and ' + (c.length - 20) + ' more (all in the JSON).' : '.');
      }).join(' ')));
    var central = Object.keys(n.betweenness).filter(function (p) { return n.betweenness[p] > 0; })
      .sort(function (a, b) {
        return n.betweenness[b] - n.betweenness[a] || (a < b ? -1 : a > b ? 1 : 0);
      });
    if (central.length) {
      table(sec, ['plant', 'betweenness'], central.slice(0, RANK_ROWS).map(function (p) {
        return [p, fmt(n.betweenness[p], 3)];
      }));
    }
    return Promise.resolve();
  }

  function drawCandidates(sec) {
    var c = doc.candidates;
    sec.appendChild(el('p', { 'class': 'note' }, c.length + ' candidate link'
      + (c.length === 1 ? '' : 's') + ', ranked by the life-cycle emissions each would avoid'
      + ' on its own: first-order estimates; candidates that share a supply or a need compete,'
      + ' and plan decides between them. Cost change: transport, sales given up, purchases and'
      + ' disposal saved (n/a where the distance is unknown).'));
    var rows = c.slice(0, RANK_ROWS).map(function (s, i) {
      return [String(i + 1), s.from, s.to, s.carrier, s.replaces === null ? '' : s.replaces,
        fmt(s.amount) + ' ' + unitOf(s.carrier),
        s.distanceKm === null ? 'unknown' : fmt(s.distanceKm), fmt(s.avoidedLifecycle, 0),
        s.costChange === null ? 'n/a' : signed(s.costChange), fmt(s.share, 3)];
    });
    table(sec, ['rank', 'from', 'to', 'carrier', 'replaces', 'amount per year',
      'distance, km', 'avoided, t CO2e/yr', 'cost change, ' + doc.currency + '/yr',
      'push share'], rows).className = 'candidates';
    if (c.length > RANK_ROWS) {
      sec.appendChild(el('p', { 'class': 'note' }, '(' + (c.length - RANK_ROWS)
        + ' more in the embedded document and --json)'));
    }
    return Promise.resolve();
  }

  // ----- sections --------------------------------------------------------------------------

  /*
   * Each section is drawn when applies(doc) holds. Hook for the planning command (abatement
   * cost curve: width = tonnes abated, height = cost per tonne): add
   *   { id: 'abatement', title: 'Abatement cost curve', applies: function (d) { return
   *     d.abatementCurve; }, draw: drawAbatementCurve }
   * when `plan` writes an abatementCurve into its JSON document.
   */
  var SECTIONS = [
    { id: 'sankey', title: 'Flows', applies: function (d) { return states().length > 0; },
      draw: drawSankey },
    { id: 'emissions', title: 'Emissions by plant',
      applies: function (d) { return states().length > 0; }, draw: drawEmissions },
    { id: 'map', title: 'Where the plants are', applies: function (d) { return !!d.elements; },
      draw: drawMap },
    { id: 'fan', title: 'Pathway', applies: function (d) { return !!d.years; }, draw: drawFan },
    { id: 'tornado', title: 'Sensitivity (tornado)', applies: function (d) { return !!d.tornado; },
      draw: drawTornado },
    { id: 'keystones', title: 'Keystone plants, by impact',
      applies: function (d) { return isResilience && d.keystones.length > 0; },
      draw: drawRanking('keystones', 'keystone-impact', 'plant outages') },
    { id: 'links', title: 'Links, by impact',
      applies: function (d) { return isResilience && d.criticalLinks.length > 0; },
      draw: drawRanking('links', 'link-impact', 'link outages') },
    { id: 'combined', title: 'Combined outages (N-k), by impact',
      applies: function (d) { return isResilience && rankings().sets.length > 0; },
      draw: drawRanking('sets', 'combined-impact', 'combined outages') },
    { id: 'outages', title: 'What the outages do',
      applies: function (d) { return isResilience && d.outages.length > 0; },
      draw: drawDetail },
    { id: 'network', title: 'Network',
      applies: function (d) { return isResilience && !!d.network; }, draw: drawNetwork },
    { id: 'candidates', title: 'Candidate links (--discover)',
      applies: function (d) { return isResilience && d.candidates.length > 0; },
      draw: drawCandidates }
  ];

  function subtitle() {
    var parts = [];
    if (isResilience) {
      var r = rankings();
      parts.push('Park ' + doc.park + ': ' + r.keystones.length + ' plant outage'
        + (r.keystones.length === 1 ? '' : 's') + ', ' + r.links.length + ' link outage'
        + (r.links.length === 1 ? '' : 's') + (r.sets.length ? ', ' + r.sets.length
          + ' combined' : '') + ', each re-simulated. Intact park: residual '
        + fmt(doc.intact.residual, 0) + ', life cycle ' + fmt(doc.intact.lifecycle, 0)
        + ' t CO2e/yr, cost ' + fmt(doc.intact.cost, 0) + ' ' + doc.currency + '/yr.');
    } else if (opt.kind === 'pathway') {
      parts.push('Pathway ' + doc.scenario.name + ', ' + doc.scenario.firstYear + '\u2013'
        + doc.scenario.lastYear + ', ' + doc.scenario.mode + ' each year; '
        + (doc.samples ? doc.samples + ' Monte Carlo samples' : 'deterministic'));
    } else {
      parts.push('Park ' + doc.park + ', ' + (opt.kind === 'optimize'
        ? 'simulated and optimised (' + (doc.optimised.objective || '') + '; status '
          + doc.optimised.status + ')'
        : 'simulated with and without symbiosis'));
    }
    document.getElementById('subtitle').textContent = parts.join(' ');
  }

  function run() {
    subtitle();
    var pending = [];
    SECTIONS.forEach(function (s) {
      if (!s.applies(doc)) { return; }
      var sec = section(s.id, s.title);
      pending.push(Promise.resolve().then(function () { return s.draw(sec); }));
    });
    if (isResilience && doc.semantics) {
      var o = el('details');
      o.appendChild(el('summary', {}, 'How outages are simulated'));
      o.appendChild(el('p', {}, doc.semantics));
      main.appendChild(o);
    }
    if (doc.conventions) {
      var d = el('details');
      d.appendChild(el('summary', {}, 'Accounting conventions'));
      d.appendChild(el('p', {}, doc.conventions));
      main.appendChild(d);
    }
    return Promise.all(pending);
  }

  run().then(function () {
    S.ready = true;
    document.body.setAttribute('data-ready', 'true');
  }, function (e) {
    window.symbiosisErrors.push(String(e && e.stack ? e.stack : e));
    console.error(e);
    S.failed = String(e);
  });
}());
