// The saved-query page: reads the OpenAPI description at /api, builds a form for the chosen
// query, runs it through /api/NAME and shows the SPARQL JSON results. Every value from the data
// is put into the page with textContent or as an attribute, never as HTML.
'use strict';

const state = { api: null, chart: null, page: 1 };

function el(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function operations() {
  return Object.entries(state.api.paths).map(([path, item]) => ({ path, name: path.replace('/api/', ''), op: item.get }));
}

function current() {
  const name = document.getElementById('query').value;
  return operations().find(o => o.name === name);
}

function showQuery() {
  const { op } = current();
  document.getElementById('summary').textContent = op.summary || '';
  document.getElementById('description').textContent = op.description || '';
  const form = document.getElementById('parameters');
  form.replaceChildren();
  for (const p of op.parameters.filter(p => p.name !== 'format' && p.name !== 'page')) {
    const id = 'param-' + p.name;
    form.append(el('label', { for: id }, p.name));
    let input;
    if (p.schema.enum) {
      input = el('select', { id, name: p.name });
      for (const v of p.schema.enum) input.append(el('option', { value: v }, v));
    } else {
      input = el('input', { id, name: p.name, type: p.schema.type === 'integer' ? 'number' : 'text' });
    }
    if (p.schema.default !== undefined) input.value = String(p.schema.default);
    form.append(input);
  }
  document.getElementById('results').replaceChildren();
  document.getElementById('downloads').replaceChildren();
  document.getElementById('chart-box').hidden = true;
  document.getElementById('pages').hidden = true;
  document.getElementById('status').textContent = '';
  document.getElementById('capped').hidden = true;
  if (window.EvawViews) EvawViews.clear();
}

function paginated() {
  return current().op.parameters.some(p => p.name === 'page');
}

function queryString(extra) {
  const params = new URLSearchParams();
  for (const input of document.getElementById('parameters').elements) params.set(input.name, input.value);
  for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
  const s = params.toString();
  return s ? '?' + s : '';
}

// The relations of an RFC 8288 Link header that the API sends with a page: rel -> page number.
function pageLinks(header) {
  const links = {};
  for (const m of (header || '').matchAll(/<([^>]*)>\s*;\s*rel="?([a-z]+)"?/g)) {
    const page = new URL(m[1], location.href).searchParams.get('page');
    if (page) links[m[2]] = Number(page);
  }
  return links;
}

function showPages(links) {
  const nav = document.getElementById('pages');
  nav.hidden = !paginated();
  document.getElementById('page-number').textContent = 'Page ' + state.page;
  document.getElementById('prev').disabled = !links.prev;
  document.getElementById('next').disabled = !links.next;
}

async function run(page) {
  const { path } = current();
  state.page = paginated() ? (page || 1) : 1;
  const extra = paginated() ? { page: state.page } : {};
  const status = document.getElementById('status');
  status.textContent = 'Running…';
  const response = await fetch(path + queryString(extra), { headers: { Accept: 'application/sparql-results+json' } });
  if (!response.ok) {
    status.textContent = 'Error ' + response.status + ': ' + (await response.text());
    return;
  }
  const results = await response.json();
  const rows = results.results.bindings;
  status.textContent = rows.length + (rows.length === 1 ? ' row' : ' rows');
  // The server's row cap cut the answer: say so, rather than let a partial table pass for the whole.
  const capped = response.headers.get('X-Result-Capped') || (results.capped ? 'rows=' + results.capped.rows : null);
  const note = document.getElementById('capped');
  note.hidden = !capped;
  note.textContent = capped ? 'Only the first ' + capped.replace(/^rows=/, '') + ' rows are shown: the server caps '
      + 'an answer at that many rows. Narrow the query (a parameter, a filter) to see the rest.' : '';
  showTable(results.head.vars, rows);
  showChart(results.head.vars, rows);
  // The views (views/views.js): table, bar chart, map, timeline, in the one the query names if it fits.
  if (window.EvawViews) EvawViews.show(current().name, current().op['x-evaw-view'], results.head.vars, rows);
  showPages(pageLinks(response.headers.get('Link')));
  showDownloads(path, extra);
}

// The concepts of the schemes have IRIs under w3id.org that this server also answers for: link to its page.
const CONCEPTS = 'https://w3id.org/evaw-kg/concept/';

function localHref(iri) {
  return iri.startsWith(CONCEPTS) ? '/concept/' + iri.substring(CONCEPTS.length) : iri;
}

function cell(binding) {
  const td = el('td');
  if (!binding) return td;
  // Only web IRIs become links: a javascript: or data: IRI in the data is shown as text.
  if (binding.type === 'uri' && /^https?:\/\//i.test(binding.value)) {
    td.append(el('a', { href: localHref(binding.value) }, binding.value));
  } else {
    td.textContent = binding.value;
  }
  return td;
}

function showTable(vars, rows) {
  const table = document.getElementById('results');
  const head = el('tr');
  for (const v of vars) head.append(el('th', { scope: 'col' }, v));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    for (const v of vars) tr.append(cell(row[v]));
    tbody.append(tr);
  }
  table.replaceChildren(thead, tbody);
}

const NUMERIC = /#(integer|decimal|double|float|int|long|nonNegativeInteger)$/;
// Colours for the stacks of a bar, each with at least 3:1 contrast against the white page (WCAG 1.4.11).
const PALETTE = ['#3b6ea8', '#b5446e', '#2e7d32', '#a65e00', '#6a3d9a', '#00796b', '#c62828', '#455a64',
  '#8a6d00', '#ad1457', '#1565c0', '#5d4037'];

function text(row, v) {
  return row[v] ? row[v].value : '';
}

// The column a count is broken down by within each bar: the first text column after the bar's own
// whose value is not the same for every row of one bar (the form of violence within a country, the
// agency within an SDG target); null when each bar has one row.
function stackColumn(rows, category, candidates) {
  for (const v of candidates) {
    const seen = new Map();
    if (rows.some(r => seen.has(text(r, category)) ? seen.get(text(r, category)) !== text(r, v)
        : (seen.set(text(r, category), text(r, v)), false))) return v;
  }
  return null;
}

// A bar chart where the answer is a count: the last numeric column against the first text column.
// A count over two things (rows per country and form) is drawn as one bar per value of the first,
// stacked by the second, when it has few enough values to tell apart by colour.
function showChart(vars, rows) {
  const box = document.getElementById('chart-box');
  const canvas = document.getElementById('chart');
  const numeric = vars.filter(v => rows.length > 0 && rows.every(r => r[v] && NUMERIC.test(r[v].datatype || '')));
  const labels = vars.filter(v => !numeric.includes(v));
  if (state.chart) { state.chart.destroy(); state.chart = null; }
  if (numeric.length === 0 || labels.length === 0 || typeof Chart === 'undefined') { box.hidden = true; return; }
  const value = numeric[numeric.length - 1];
  const label = labels[0];
  const stack = stackColumn(rows, label, labels.slice(1));
  const series = stack ? [...new Set(rows.map(r => text(r, stack)))] : [];
  box.hidden = false;
  if (stack && series.length <= PALETTE.length) {
    const bars = [...new Set(rows.map(r => text(r, label)))];
    const counts = new Map(rows.map(r => [text(r, label) + '\u0000' + text(r, stack), Number(r[value].value)]));
    canvas.setAttribute('aria-label', 'Bar chart of ' + value + ' for each ' + label + ', stacked by ' + stack
        + '; the table below holds the same figures');
    // Bars lie across the page, one line each, so that long names stay readable on a narrow screen.
    box.style.height = Math.max(16, bars.length * 1.6 + 6 + Math.ceil(series.length / 2) * 1.4) + 'rem';
    state.chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: bars,
        datasets: series.map((name, i) => ({
          label: name,
          data: bars.map(bar => counts.get(bar + '\u0000' + name) || 0),
          backgroundColor: PALETTE[i], borderColor: '#ffffff', borderWidth: 1
        }))
      },
      options: {
        animation: false, indexAxis: 'y', maintainAspectRatio: false,
        plugins: { legend: { display: true, position: 'bottom' } },
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
          // A long name is cut on the axis, whole in the tooltip and the table, so that the bars keep their room.
          y: { stacked: true, ticks: { callback(v) { const l = this.getLabelForValue(v); return l.length > 22 ? l.slice(0, 21) + '…' : l; } } }
        }
      }
    });
    return;
  }
  box.style.height = '';
  canvas.setAttribute('aria-label', 'Bar chart of ' + value + ' for each ' + label + '; the table below holds the same figures');
  state.chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(r => text(r, label)),
      datasets: [{ label: value, data: rows.map(r => Number(r[value].value)), backgroundColor: '#3b6ea8' }]
    },
    options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
  });
}

function showDownloads(path, extra) {
  const box = document.getElementById('downloads');
  box.replaceChildren(document.createTextNode(paginated() ? 'Download this page: ' : 'Download: '));
  for (const f of ['csv', 'tsv', 'json', 'xml']) {
    const name = current().name + (paginated() ? '-page-' + state.page : '') + '.' + f;
    box.append(el('a', { href: path + queryString({ ...extra, format: f }), download: name }, f.toUpperCase()));
    box.append(document.createTextNode(' '));
  }
}

async function start() {
  const response = await fetch('/api', { headers: { Accept: 'application/json' } });
  state.api = await response.json();
  const select = document.getElementById('query');
  for (const { name, op } of operations()) select.append(el('option', { value: name }, name + ' — ' + op.summary));
  const wanted = new URLSearchParams(location.search).get('q');
  if (wanted && operations().some(o => o.name === wanted)) select.value = wanted;
  select.addEventListener('change', showQuery);
  document.getElementById('run').addEventListener('click', () => run(1));
  document.getElementById('prev').addEventListener('click', () => run(state.page - 1));
  document.getElementById('next').addEventListener('click', () => run(state.page + 1));
  showQuery();
  document.body.dataset.ready = 'true';
}

start();
