// YASGUI against this server's read-only endpoint; the starting query lists what the graph holds,
// unless the page's link holds one: /sparql-editor?query=TEXT (as YASGUI and QLever write it) or
// /sparql-editor#query=TEXT or #TEXT (as the Wikidata Query Service does), with run=1 to run it at
// once. "Copy link" makes such a link of the query in the editor; YASGUI's own share button makes
// one too (#query=…&endpoint=…), of which only the query is read.
'use strict';
const endpoint = new URL('/evaw/sparql', location.href).href;
const STARTING_QUERY = 'PREFIX evaw: <https://w3id.org/evaw-kg/ontology#>\n' +
    'SELECT ?class (COUNT(?s) AS ?instances)\nWHERE { ?s a ?class }\nGROUP BY ?class\nORDER BY DESC(?instances)\n';
// Longer links put the query in the fragment, which the browser keeps to itself, so that no
// request line grows past what servers and proxies accept.
const LONGEST_QUERY_STRING = 6000;

// The query and whether to run it, from the page's link; null when it holds none.
function sharedQuery() {
  const search = new URLSearchParams(location.search);
  let hash = location.hash.replace(/^#/, '');
  const fromHash = new URLSearchParams(hash);
  let text = search.get('query') || fromHash.get('query');
  if (!text && hash && !hash.includes('=')) {
    try { text = decodeURIComponent(hash); } catch (e) { text = null; }
  }
  const run = ['1', 'true', ''].includes(search.get('run') ?? fromHash.get('run') ?? 'no');
  return text ? { text, run } : null;
}

function shareLink(text, run) {
  const params = new URLSearchParams({ query: text });
  if (run) params.set('run', '1');
  const base = location.origin + location.pathname;
  return params.toString().length <= LONGEST_QUERY_STRING ? base + '?' + params : base + '#' + params;
}

// YASGUI hands on the body of an answer but not its headers, so the header by which the server
// says its cap cut the answer (X-Result-Capped: rows=N or triples=N) is read here, as the answer
// arrives, and shown above the results: a partial table must not pass for the whole.
let cappedBy = null;
const plainFetch = window.fetch.bind(window);
window.fetch = async (resource, options) => {
  const response = await plainFetch(resource, options);
  const url = resource instanceof Request ? resource.url : String(resource);
  if (url.startsWith(endpoint)) cappedBy = response.headers.get('X-Result-Capped');
  return response;
};

function showCap() {
  const note = document.getElementById('capped');
  const cap = /^(rows|triples)=(\d+)$/.exec(cappedBy || '');
  note.hidden = !cap;
  note.textContent = cap ? 'Only the first ' + cap[2] + ' ' + cap[1] + ' are shown: the server caps an answer at that many '
      + cap[1] + '. Narrow the query (a filter), or page through it with LIMIT and OFFSET, to see the rest.' : '';
}

const shared = sharedQuery();
const yasgui = new Yasgui(document.getElementById('yasgui'), {
  requestConfig: { endpoint, method: 'POST' },
  copyEndpointOnNewTab: false,
  persistenceId: null,
  // YASGUI's own reading of the link would also take an endpoint from it: a shared link must not
  // send the reader's queries elsewhere, so only the query is read, here.
  populateFromUrl: false,
  yasqe: { value: shared ? shared.text : STARTING_QUERY }
});

// The link is copied where the browser lets the page write to the clipboard, and shown either way.
async function copyLink(run) {
  const link = shareLink(yasgui.getTab().getYasqe().getValue(), run);
  const shown = document.getElementById('share-link');
  shown.href = link;
  shown.textContent = link.length > 120 ? link.slice(0, 119) + '…' : link;
  shown.hidden = false;
  const status = document.getElementById('share-status');
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = 'Link copied:';
  } catch (e) {
    status.textContent = 'Copy this link:';
  }
}
document.getElementById('copy-link').addEventListener('click', () => copyLink(false));
document.getElementById('copy-run-link').addEventListener('click', () => copyLink(true));
yasgui.on('query', () => {
  cappedBy = null;
  showCap();
  // The address bar holds the query last run, as the Wikidata Query Service's does: a reload or a
  // bookmark keeps it; it does not run again until asked.
  history.replaceState(null, '', shareLink(yasgui.getTab().getYasqe().getValue(), false));
});
yasgui.on('queryResponse', showCap);
yasgui.on('tabSelect', () => { cappedBy = null; showCap(); });
if (shared && shared.run) yasgui.getTab().query();
document.body.dataset.ready = 'true';
