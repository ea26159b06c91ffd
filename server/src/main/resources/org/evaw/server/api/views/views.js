// The views of a saved query's answer on /queries: the table, the bar chart (drawn by queries.js),
// the map of countries (map.js) and the timeline (timeline.js), each with its download. queries.js
// calls EvawViews.show after a run and EvawViews.clear when another query is chosen; the page offers
// only the views the answer's columns fit, and opens the one the query names (#+ view: map, which
// the API description gives as x-evaw-view) when it fits. Values from the data go into the page as
// text or attributes, never as HTML.
'use strict';

window.EvawViews = (() => {
  const NUMERIC = /#(integer|decimal|double|float|int|long|nonNegativeInteger)$/;
  const LABELS = { table: 'Table', bar: 'Bar chart', map: 'Map', timeline: 'Timeline' };
  // chosen: the view the reader picked for this query, kept across its pages and runs.
  const state = { answer: null, view: 'table', chosen: null, urls: [] };
  const views = {};

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function value(row, v) {
    return row[v] ? row[v].value : '';
  }

  /** The columns whose every value is a number typed as one. */
  function numericColumns(vars, rows) {
    return vars.filter(v => rows.length > 0 && rows.every(r => r[v] && NUMERIC.test(r[v].datatype || '')));
  }

  function section() {
    return document.getElementById('views');
  }

  // A link that saves what a view shows; its blob URL is let go when the answer changes.
  function download(label, blob, filename) {
    const url = URL.createObjectURL(blob);
    state.urls.push(url);
    return el('a', { href: url, download: filename, 'data-format': filename.replace(/^.*\./, '') }, label);
  }

  // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a single quote in
  // front, unless it is a plain number; the same rule as the server's CSV (CsvCell.java).
  function inert(f) {
    const s = String(f);
    return /^[=+\-@\t\r]/.test(s) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s) ? "'" + s : s;
  }

  // RFC 4180: every field quoted, quotes doubled, lines ended by CRLF.
  function csv(vars, rows) {
    const line = fields => fields.map(f => '"' + inert(f).replace(/"/g, '""') + '"').join(',') + '\r\n';
    return new Blob([line(vars) + rows.map(r => line(vars.map(v => value(r, v)))).join('')], { type: 'text/csv' });
  }

  function svgBlob(svg) {
    const copy = svg.cloneNode(true);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy)],
        { type: 'image/svg+xml' });
  }

  // The chart's canvas on a white ground (the canvas itself is transparent), as PNG.
  function canvasPng(canvas) {
    const flat = el('canvas', { width: canvas.width, height: canvas.height });
    const g = flat.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, flat.width, flat.height);
    g.drawImage(canvas, 0, 0);
    return new Promise(resolve => flat.toBlob(resolve, 'image/png'));
  }

  // An SVG drawn onto a canvas twice its size, on white, as PNG. The SVG goes in as a data: URL,
  // which the page's policy lets an image load (a blob: URL it would not).
  function svgPng(svg) {
    const [, , width, height] = svg.getAttribute('viewBox').split(' ').map(Number);
    const image = new Image();
    return new Promise((resolve, reject) => {
      image.onload = () => {
        const canvas = el('canvas', { width: width * 2, height: height * 2 });
        const g = canvas.getContext('2d');
        g.fillStyle = '#ffffff';
        g.fillRect(0, 0, canvas.width, canvas.height);
        g.drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(resolve, 'image/png');
      };
      image.onerror = () => reject(new Error('the view could not be drawn as PNG'));
      svgBlob(svg).text().then(text => { image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text); });
    });
  }

  function chartDrawn() {
    const canvas = document.getElementById('chart');
    return typeof Chart !== 'undefined' && canvas && Chart.getChart(canvas) !== undefined;
  }

  /** The views that fit the answer, in the order the page lists them. */
  function fitting(answer) {
    const fit = ['table'];
    if (chartDrawn()) fit.push('bar');
    for (const key of ['map', 'timeline'])
      if (views[key] && views[key].fits(answer)) fit.push(key);
    return fit;
  }

  function reset() {
    for (const url of state.urls) URL.revokeObjectURL(url);
    state.urls = [];
    state.answer = null;
    const box = section();
    if (box) { box.hidden = true; box.replaceChildren(); }
  }

  /** Forgets the answer shown and the view picked for it: another query was chosen. */
  function clear() {
    reset();
    state.chosen = null;
  }

  /** Shows the answer {name, defaultView, vars, rows} in the view its query names, when that fits it. */
  function show(name, defaultView, vars, rows) {
    reset();
    const answer = { name, vars, rows, numeric: numericColumns(vars, rows) };
    state.answer = answer;
    const fit = fitting(answer);
    const box = section();
    const choice = el('div', { class: 'view-choice', role: 'group', 'aria-label': 'Show the answer as' });
    for (const key of fit) {
      const button = el('button', { type: 'button', 'data-view': key, 'aria-pressed': 'false' }, LABELS[key]);
      button.addEventListener('click', () => {
        state.chosen = { name, view: key };
        select(key);
        // The page's address keeps the view, when queries.js keeps one (a link to share, Back and Forward).
        if (window.evawQueries && typeof window.evawQueries.setView === 'function') window.evawQueries.setView(key);
      });
      choice.append(button);
    }
    box.replaceChildren(choice, el('div', { id: 'view-figure', class: 'view-figure' }),
        el('p', { id: 'view-downloads', class: 'downloads' }));
    box.hidden = false;
    // The view the page's address names for this query (a shared link: ?q=NAME&view=map), else the
    // one picked for it before (on another page of it), else the one the query names; a query that
    // names none, or whose view does not fit, opens on the bar chart of a count, else the table.
    const address = new URLSearchParams(location.search);
    const linked = address.get('q') === name ? address.get('view') : null;
    const picked = state.chosen && state.chosen.name === name ? state.chosen.view : null;
    const first = [linked, picked, defaultView, 'bar'].find(v => v && fit.includes(v)) || 'table';
    return select(first);
  }

  /** Switches to view KEY, if it fits the answer shown; tells listeners by an evaw-view event. */
  async function select(key) {
    const answer = state.answer;
    if (!answer || !fitting(answer).includes(key)) return false;
    state.view = key;
    section().dataset.ready = 'false';
    for (const b of section().querySelectorAll('.view-choice button'))
      b.setAttribute('aria-pressed', String(b.dataset.view === key));
    document.getElementById('chart-box').hidden = key !== 'bar';
    const figure = document.getElementById('view-figure');
    const links = document.getElementById('view-downloads');
    figure.replaceChildren();
    links.replaceChildren(document.createTextNode('Download this view: '));
    section().dataset.view = key;
    if (key === 'table' || key === 'bar') {
      links.append(download('CSV', csv(answer.vars, answer.rows), answer.name + '.csv'));
      if (key === 'bar') {
        links.append(document.createTextNode(' '));
        links.append(download('PNG', await canvasPng(document.getElementById('chart')), answer.name + '-bar-chart.png'));
      }
    } else {
      let svg;
      try {
        svg = await views[key].draw(figure, answer);
      } catch (e) {
        // Say so in a sentence (the table below still holds the answer), rather than leave a blank.
        if (state.answer !== answer) return false;
        figure.replaceChildren(el('p', { class: 'view-note', role: 'alert' },
            'The ' + LABELS[key].toLowerCase() + ' could not be drawn (' + e.message + '); the table below holds the answer.'));
        links.append(download('CSV', csv(answer.vars, answer.rows), answer.name + '.csv'));
        section().dataset.ready = 'true';
        return false;
      }
      if (state.answer !== answer) return false;
      links.append(download('SVG', svgBlob(svg), answer.name + '-' + key + '.svg'));
      links.append(document.createTextNode(' '));
      links.append(download('PNG', await svgPng(svg), answer.name + '-' + key + '.png'));
      links.append(document.createTextNode(' '));
      links.append(download('CSV', csv(answer.vars, answer.rows), answer.name + '.csv'));
    }
    section().dataset.ready = 'true';
    document.dispatchEvent(new CustomEvent('evaw-view', { detail: { view: key } }));
    return true;
  }

  /** Opens query NAME's next answer on VIEW if it fits (a view named in a shared link, say). */
  function choose(name, view) {
    state.chosen = view ? { name, view } : null;
  }

  return {
    views, show, clear, select, choose, el, value,
    current: () => (state.answer ? state.view : null)
  };
})();
