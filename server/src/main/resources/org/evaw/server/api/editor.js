// YASGUI against this server's read-only endpoint; the starting query lists what the graph holds.
'use strict';
const yasgui = new Yasgui(document.getElementById('yasgui'), {
  requestConfig: { endpoint: new URL('/evaw/sparql', location.href).href, method: 'POST' },
  copyEndpointOnNewTab: false,
  persistenceId: null,
  yasqe: {
    value: 'PREFIX evaw: <https://w3id.org/evaw-kg/ontology#>\n' +
           'SELECT ?class (COUNT(?s) AS ?instances)\nWHERE { ?s a ?class }\nGROUP BY ?class\nORDER BY DESC(?instances)\n'
  }
});
document.body.dataset.ready = 'true';
