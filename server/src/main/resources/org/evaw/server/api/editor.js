// YASGUI against this server's read-only endpoint; the starting query lists what the graph holds.
'use strict';
const endpoint = new URL('/evaw/sparql', location.href).href;

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

const yasgui = new Yasgui(document.getElementById('yasgui'), {
  requestConfig: { endpoint, method: 'POST' },
  copyEndpointOnNewTab: false,
  persistenceId: null,
  yasqe: {
    value: 'PREFIX evaw: <https://w3id.org/evaw-kg/ontology#>\n' +
           'SELECT ?class (COUNT(?s) AS ?instances)\nWHERE { ?s a ?class }\nGROUP BY ?class\nORDER BY DESC(?instances)\n'
  }
});
yasgui.on('query', () => { cappedBy = null; showCap(); });
yasgui.on('queryResponse', showCap);
yasgui.on('tabSelect', () => { cappedBy = null; showCap(); });
document.body.dataset.ready = 'true';
