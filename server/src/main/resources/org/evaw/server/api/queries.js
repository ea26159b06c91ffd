// The saved-query page: reads the OpenAPI description at /api, builds a form for the chosen
// query, runs it through /api/NAME and shows the SPARQL JSON results. The page's URL holds the
// query, its parameters, the page and the view (/queries?q=NAME&param=value&page=2&view=table):
// opening such a link runs the query, and each run is a step of the browser's history, so that
// a result can be shared and Back and Forward work. A parameter whose values the graph knows
// (x-choices in /api) offers them by name. Every value from the data is put into the page with
// textContent or as an attribute, never as HTML.
'use strict';

const state = { api: null, chart: null, page: 1, view: null, choices: new Map(), loading: [], asked: 0, queue: Promise.resolve() };

// One request of the page at a time, each read to its end before the next is sent: the server lets
// a client run only so many requests at once (on two cores, one) and refuses the rest with 429,
// so the choices of the parameters and the query's answer wait for each other rather than collide.
// Resolves to the response and its text.
function ask(url, accept) {
  const task = async () => {
    const response = await fetch(url, { headers: { Accept: accept } });
    return { response, text: await response.text() };
  };
  const answer = state.queue.then(task, task);
  state.queue = answer.catch(() => {});
  return answer;
}

function el(tag, attributes, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// The saved queries: the description also holds search, reconciliation and choices, which are not.
function operations() {
  return Object.entries(state.api.paths).filter(([path, item]) => path.startsWith('/api/') && item.get)
    .map(([path, item]) => ({ path, name: path.replace('/api/', ''), op: item.get }));
}

function current() {
  const name = document.getElementById('query').value;
  return operations().find(o => o.name === name);
}

function formParameters(op) {
  return op.parameters.filter(p => p.name !== 'format' && p.name !== 'page');
}

// What to call each parameter's value: the label of its choice ("KEN" is "Kenya").
function choiceLabel(name, value) {
  const known = state.choices.get(name);
  const found = known && known.list.find(c => c.value === value);
  return found ? found.label : '';
}

// A name typed or chosen in place of the value ("kenya" for KEN, "UNODC — United Nations Office on
// Drugs and Crime" or its name alone for UNODC) becomes the value the query wants.
function resolve(input) {
  const known = state.choices.get(input.name);
  if (!known) return;
  const typed = input.value.trim().toLowerCase();
  if (!typed || known.list.some(c => c.value === input.value)) { nameOf(input); return; }
  const found = known.list.find(c => c.label.toLowerCase() === typed || c.value.toLowerCase() === typed
      || c.label.split(' — ').some(part => part.toLowerCase() === typed)
      || c.label.replace(/ \([^()]*\)$/, '').toLowerCase() === typed);
  if (found) input.value = found.value;
  nameOf(input);
}

function nameOf(input) {
  const name = document.getElementById(input.id + '-name');
  if (name) name.textContent = choiceLabel(input.name, input.value);
}

function fillChoices(input, list) {
  if (input.tagName === 'SELECT') {
    // A list of codes (TIP, FGM…) keeps its values and shows each by its name.
    for (const option of input.options) {
      const found = list.find(c => c.value === option.value);
      if (found) option.textContent = found.label;
    }
    return;
  }
  document.getElementById(input.id + '-choices').replaceChildren(...list.map(c => el('option', { value: c.value, label: c.label })));
  nameOf(input);
}

// The values of a parameter that has choices: all of them at once when there are few, else those
// that hold what is typed, asked for as one types.
const CHOICES_AT_ONCE = 1000;

// The full lists already read, by where they were read from: Back and Forward rebuild the form.
const listsRead = new Map();

async function loadChoices(input, where) {
  try {
    let list = listsRead.get(where);
    if (!list) {
      const reply = await ask(where + '?limit=' + CHOICES_AT_ONCE, 'application/json');
      if (!reply.response.ok) return;
      list = JSON.parse(reply.text);
      listsRead.set(where, list);
    }
    list = [...list];
    const complete = list.length < CHOICES_AT_ONCE;
    state.choices.set(input.name, { list, complete });
    fillChoices(input, list);
    if (complete) return;
    let timer = 0;
    let asked = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const mine = ++asked;
        const more = await ask(where + '?limit=50&q=' + encodeURIComponent(input.value.trim()), 'application/json');
        if (!more.response.ok || mine !== asked) return;
        const found = JSON.parse(more.text);
        const known = state.choices.get(input.name);
        for (const c of found) if (!known.list.some(k => k.value === c.value)) known.list.push(c);
        fillChoices(input, found);
      }, 150);
    });
  } catch (e) {
    // The choices are a convenience: a value can still be typed.
  }
}

function parameterInput(p, form) {
  const id = 'param-' + p.name;
  form.append(el('label', { for: id }, p.name));
  let input;
  if (p.schema.enum) {
    input = el('select', { id, name: p.name });
    for (const v of p.schema.enum) input.append(el('option', { value: v }, v));
  } else {
    // A whole number as text, so that a wrong one from a link stays in view beside the sentence saying why.
    input = el('input', { id, name: p.name, type: 'text' });
    if ([].concat(p.schema.type).includes('integer')) {
      input.setAttribute('inputmode', 'numeric');
      input.setAttribute('pattern', '-?[0-9]+');
    }
  }
  if (p.schema.default !== undefined) input.value = String(p.schema.default);
  form.append(input);
  if (p['x-choices'] && input.tagName === 'SELECT') {
    state.loading.push(loadChoices(input, p['x-choices']));
  } else if (p['x-choices']) {
    input.setAttribute('list', id + '-choices');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('aria-describedby', id + '-name');
    form.append(' ', el('span', { id: id + '-name', class: 'choice-name' }), el('datalist', { id: id + '-choices' }));
    input.addEventListener('change', () => resolve(input));
    input.addEventListener('input', () => nameOf(input));
    state.loading.push(loadChoices(input, p['x-choices']));
  }
}

function clearResults() {
  document.getElementById('results').replaceChildren();
  document.getElementById('downloads').replaceChildren();
  document.getElementById('chart-box').hidden = true;
  document.getElementById('pages').hidden = true;
  document.getElementById('capped').hidden = true;
  if (window.EvawViews) EvawViews.clear();
}

// A sentence that says why there is no table: a wrong parameter, a timeout, a busy server.
function problem(sentence) {
  const box = document.getElementById('problem');
  box.textContent = sentence || '';
  box.hidden = !sentence;
}

function showQuery() {
  const { op } = current();
  document.getElementById('summary').textContent = op.summary || '';
  document.getElementById('description').textContent = op.description || '';
  const form = document.getElementById('parameters');
  form.replaceChildren();
  state.choices = new Map();
  state.loading = [];
  for (const p of formParameters(op)) parameterInput(p, form);
  clearResults();
  problem(null);
  document.getElementById('status').textContent = '';
}

function paginated() {
  return current().op.parameters.some(p => p.name === 'page');
}

function values() {
  const params = new URLSearchParams();
  for (const input of document.getElementById('parameters').elements) if (input.name) params.set(input.name, input.value);
  return params;
}

function queryString(extra) {
  const params = values();
  for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
  const s = params.toString();
  return s ? '?' + s : '';
}

// The page's own URL for what it shows: the query, its parameters, the page and the view.
function pageUrl() {
  const params = new URLSearchParams({ q: current().name });
  for (const [k, v] of values()) params.set(k, v);
  if (paginated()) params.set('page', state.page);
  if (state.view) params.set('view', state.view);
  return location.pathname + '?' + params.toString();
}

function remember(how) {
  const url = pageUrl();
  if (how === 'push' && url !== location.pathname + location.search) history.pushState(null, '', url);
  else if (how !== 'none') history.replaceState(null, '', url);
}

// The view a result is shown in (table, chart…), held in the URL for the views that draw it.
function setView(view) {
  state.view = view || null;
  if (new URLSearchParams(location.search).get('q')) remember('replace');
}

// Puts what the URL holds into the page: the query, its parameters, the page, the view; false
// when it names no saved query.
function applyUrl() {
  const url = new URLSearchParams(location.search);
  const wanted = url.get('q');
  if (!wanted || !operations().some(o => o.name === wanted)) return false;
  document.getElementById('query').value = wanted;
  showQuery();
  for (const input of document.getElementById('parameters').elements) {
    if (input.name && url.has(input.name)) {
      const value = url.get(input.name);
      if (input.tagName === 'SELECT' && ![...input.options].some(o => o.value === value)) input.append(el('option', { value }, value));
      input.value = value;
    }
  }
  state.page = Math.max(1, Number.parseInt(url.get('page'), 10) || 1);
  state.view = url.get('view');
  return true;
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

// The sentence for an answer that is not a result, from its status and the server's message.
function failure(status, message, retryAfter) {
  const said = message.trim().replace(/\.$/, '');
  if (status === 400) return 'The query was not run: ' + said + '. Correct it and run again.';
  if (status === 503) {
    const ms = /\((\d+) ms\)/.exec(said);
    const allowed = !ms ? '' : Number(ms[1]) >= 1000 ? ' (' + Number(ms[1]) / 1000 + ' s)' : ' (' + ms[1] + ' ms)';
    return 'The query took longer than the server allows' + allowed + ' and was stopped. Narrow it with its parameters, '
        + 'or try again when the server is less busy.';
  }
  if (status === 429) return 'The server is busy with your earlier queries: run this one again in '
      + (retryAfter || 'a few') + ' seconds.';
  if (status === 404) return 'There is no such saved query: ' + said + '.';
  return 'The server could not answer (' + status + (said ? ': ' + said : '') + ').';
}

// Marks the parameter a 400 names as wrong, so that it is announced and found.
function markInvalid(message) {
  for (const input of document.getElementById('parameters').elements) {
    const named = message.includes("parameter '" + input.name + "'");
    if (named) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
  }
}

// Why an answer is empty, when a parameter holds a value the graph does not know.
function unknownValue() {
  for (const input of document.getElementById('parameters').elements) {
    const known = state.choices.get(input.name);
    if (known && known.complete && input.value && !known.list.some(c => c.value.toLowerCase() === input.value.trim().toLowerCase()
        || c.label.toLowerCase() === input.value.trim().toLowerCase())) {
      return 'Nothing matches: the graph knows no ' + input.name + ' “' + input.value + '”. Choose a ' + input.name
          + ' from the list (type a few letters of its name), then run again.';
    }
  }
  return null;
}

async function run(page, how) {
  const { path } = current();
  const mine = ++state.asked;
  state.page = paginated() ? (page || 1) : 1;
  const extra = paginated() ? { page: state.page } : {};
  const status = document.getElementById('status');
  remember(how);
  problem(null);
  status.textContent = 'Running…';
  let response, text;
  try {
    ({ response, text } = await ask(path + queryString(extra), 'application/sparql-results+json'));
  } catch (e) {
    if (mine !== state.asked) return;
    clearResults();
    status.textContent = '';
    problem('The server could not be reached: check the connection and run again.');
    return;
  }
  if (mine !== state.asked) return;
  if (!response.ok) {
    clearResults();
    status.textContent = '';
    markInvalid(response.status === 400 ? text : '');
    problem(failure(response.status, text, response.headers.get('Retry-After')));
    return;
  }
  const results = JSON.parse(text);
  markInvalid('');
  const rows = results.results.bindings;
  status.textContent = rows.length + (rows.length === 1 ? ' row' : ' rows');
  if (rows.length === 0) {
    await Promise.all(state.loading);
    if (mine !== state.asked) return;
  }
  if (rows.length === 0)
    problem(unknownValue() || (state.page > 1 ? 'This page is past the end of the answer: go back to the first page.'
        : 'Nothing in the graph matches these parameters.'));
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
  state.api = JSON.parse((await ask('/api', 'application/json')).text);
  const select = document.getElementById('query');
  for (const { name, op } of operations()) select.append(el('option', { value: name }, name + ' — ' + op.summary));
  select.addEventListener('change', showQuery);
  document.getElementById('run').addEventListener('click', () => run(1, 'push'));
  document.getElementById('prev').addEventListener('click', () => run(state.page - 1, 'push'));
  document.getElementById('next').addEventListener('click', () => run(state.page + 1, 'push'));
  // Back and Forward: show what that step of the history showed, without making a new step.
  window.addEventListener('popstate', () => {
    if (applyUrl()) run(state.page, 'none');
    else { select.selectedIndex = 0; showQuery(); }
  });
  // Enter in a field runs the query here, rather than sending the form to a URL without the query.
  document.getElementById('parameters').addEventListener('submit', event => {
    event.preventDefault();
    for (const input of event.target.elements) if (input.tagName === 'INPUT') resolve(input);
    run(1, 'push');
  });
  window.evawQueries = { setView };
  if (applyUrl()) run(state.page, 'replace');
  else showQuery();
  document.body.dataset.ready = 'true';
}

start();
