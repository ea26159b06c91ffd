// The map view: the countries of an answer that holds M49 codes (ISO 3166-1 numeric, as the
// graph's evaw:m49 gives them) filled on a world map, darker for a larger count. The boundaries are
// Natural Earth's at 1:110m (public domain), from the npm package world-atlas, whose feature ids are
// those codes; topojson-client decodes them and d3-geo projects them (Equal Earth). All three are
// served by this server. The SVG has a title and a description; the table stays below as the map's
// text alternative.
'use strict';

(() => {
  const { el, value } = window.EvawViews;
  const SVG = 'http://www.w3.org/2000/svg';
  const CODE = /^\d{3}$/;
  // Five blues, each at least 3:1 against white and against the grey of a country not in the answer.
  const PALETTE = ['#5a86c2', '#3b6ea8', '#27548a', '#173a66', '#0b2347'];
  const NO_DATA = '#eeeeee';
  const WIDTH = 960;
  let atlas = null;

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The column of M49 codes: one named m49, else the first text column whose values all are three digits. */
  function codeColumn(answer) {
    const codes = v => answer.rows.some(r => CODE.test(value(r, v)))
        && answer.rows.every(r => value(r, v) === '' || CODE.test(value(r, v)));
    const text = answer.vars.filter(v => !answer.numeric.includes(v));
    return text.find(v => v.toLowerCase() === 'm49' && codes(v)) || text.find(codes) || null;
  }

  function fits(answer) {
    return answer.rows.length > 0 && codeColumn(answer) !== null;
  }

  async function countries() {
    if (!atlas) {
      const response = await fetch('/assets/views/countries-110m.json');
      if (!response.ok) throw new Error('the world map did not load: ' + response.status);
      const topology = await response.json();
      atlas = topojson.feature(topology, topology.objects.countries).features;
    }
    return atlas;
  }

  // Classes of equal width from 1 to the largest value (from 0 for a value that is not whole),
  // at most five, each with its colour and legend text.
  function classes(max, integral) {
    const size = integral ? Math.ceil(max / Math.min(PALETTE.length, max)) : max / PALETTE.length;
    const count = integral ? Math.ceil(max / size) : PALETTE.length;
    const colours = count === 1 ? [PALETTE[1]] : PALETTE.slice(0, count);
    const round = x => x.toLocaleString('en', { maximumFractionDigits: 1 });
    const bands = colours.map((colour, k) => {
      const low = integral ? k * size + 1 : k * size, high = Math.min(max, (k + 1) * size);
      return { colour, text: low >= high ? round(high) : round(low) + '–' + round(high) };
    });
    const of = v => bands[Math.max(0, Math.min(bands.length - 1, Math.ceil(v / size) - 1))];
    return { bands, of };
  }

  async function draw(figure, answer) {
    const code = codeColumn(answer);
    const measure = answer.numeric.length ? answer.numeric[answer.numeric.length - 1] : null;
    const label = answer.vars.find(v => v !== code && !answer.numeric.includes(v)
        && answer.rows.every(r => !r[v] || r[v].type !== 'uri')) || null;
    // A country on several rows (one per agency, per form) adds up its rows' counts.
    const byCode = new Map();
    const uncoded = new Set();
    for (const r of answer.rows) {
      const c = value(r, code);
      if (!CODE.test(c)) { uncoded.add((label && value(r, label)) || '(unnamed)'); continue; }
      const entry = byCode.get(c) || { name: label ? value(r, label) : c, total: 0 };
      entry.total += measure ? Number(value(r, measure)) : 1;
      byCode.set(c, entry);
    }
    const features = await countries();
    const drawn = new Set(features.map(f => f.id));
    const missing = [...byCode.entries()].filter(([c]) => !drawn.has(c)).map(([c, e]) => e.name + ' (' + c + ')')
        .concat([...uncoded].map(name => name + ' (no M49 code)'));
    const max = Math.max(1, ...[...byCode.values()].map(e => e.total));
    const integral = [...byCode.values()].every(e => Number.isInteger(e.total));
    const scale = classes(measure ? max : 1, measure ? integral : true);

    const projection = d3.geoEqualEarth().fitWidth(WIDTH, { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const [[, top], [, bottom]] = path.bounds({ type: 'Sphere' });
    const mapHeight = Math.ceil(bottom - top) + 2;
    // The legend keeps a readable size on a narrow screen, where the map is drawn smaller than its
    // 960 units: its text is 14 px as shown, in as many lines as it needs.
    const k = WIDTH / Math.max(320, Math.min(WIDTH, figure.clientWidth || WIDTH));
    const items = scale.bands.map(b => ({ colour: b.colour, text: measure ? b.text : 'yes' }))
        .concat([{ colour: NO_DATA, text: 'not in the answer', outline: true }]);
    const legend = svg('g', { class: 'legend', 'font-size': 14 * k,
      'font-family': 'Liberation Sans, Arial, sans-serif', fill: '#1f2328' });
    legend.append(svg('text', { x: 8, y: mapHeight + 18 * k }, measure ? measure + ' (per country)' : 'In the answer'));
    let x = 8, y = mapHeight + 26 * k;
    for (const item of items) {
      const w = (28 + 8 * item.text.length + 18) * k;
      if (x + w > WIDTH && x > 8) { x = 8; y += 24 * k; }
      legend.append(svg('rect', { x, y, width: 20 * k, height: 16 * k, fill: item.colour, stroke: item.outline ? '#767676' : 'none' }));
      legend.append(svg('text', { x: x + 26 * k, y: y + 13 * k }, item.text));
      x += w;
    }
    const height = Math.ceil(y + 26 * k);
    const id = 'map-' + answer.name;
    const root = svg('svg', {
      class: 'map', viewBox: '0 0 ' + WIDTH + ' ' + height, role: 'img',
      'aria-labelledby': id + '-title ' + id + '-desc', width: '100%'
    });
    const what = measure ? measure + ' by country' : 'the countries of the answer';
    root.append(svg('title', { id: id + '-title' }, 'Map of ' + what + ' (' + answer.name + ')'));
    root.append(svg('desc', { id: id + '-desc' }, byCode.size + ' countries of the answer are filled'
        + (measure ? ', darker for a larger ' + measure + (answer.rows.length > byCode.size ? ' (added up over their rows)' : '') : '')
        + '; countries in grey are not in the answer.'
        + (missing.length ? ' Not on this map (too small for its scale, or without a code): ' + missing.join(', ') + '.' : '')
        + ' The table below holds the same figures. Boundaries: Natural Earth, 1:110m, public domain.'));
    root.append(svg('rect', { x: 0, y: 0, width: WIDTH, height, fill: '#ffffff' }));
    root.append(svg('path', { d: path({ type: 'Sphere' }), fill: '#ffffff', stroke: '#767676', 'stroke-width': 0.8 }));
    const group = svg('g', { class: 'countries' });
    for (const f of features) {
      const entry = byCode.get(f.id);
      const shape = svg('path', {
        d: path(f), class: entry ? 'country in-answer' : 'country', 'data-m49': f.id || '',
        fill: entry ? scale.of(entry.total).colour : NO_DATA, stroke: '#ffffff', 'stroke-width': 0.5
      });
      if (entry) shape.setAttribute('data-value', String(entry.total));
      shape.append(svg('title', {}, entry ? entry.name + ': ' + entry.total + (measure ? ' ' + measure : '')
          : (f.properties && f.properties.name) || ''));
      group.append(shape);
    }
    root.append(group);

    root.append(legend);

    figure.append(root);
    if (missing.length)
      figure.append(el('p', { class: 'view-note' }, 'Not on this map (too small for its scale, or without a code), so only in the table: ' + missing.join(', ') + '.'));
    return root;
  }

  window.EvawViews.views.map = { fits, draw, codeColumn };
})();
