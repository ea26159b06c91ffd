#!/usr/bin/env bash
# search-activities for texts of every commonness on one server (issue 16 item 1; BENCHMARKS.md, session 36): for
# each text, page 1 through /api/search-activities (which the server starts from the search index's trigrams) and
# then the same page asked at /evaw/sparql as the plain query with its text written LCASE(CONCAT("…", "")), which the
# rewrite leaves alone, so what every earlier jar ran. Prints, per text, how many activities hold it, each side's
# p50 and max in seconds, and the ratio of the p50s.
#
#   bench/search-activities-text.sh JAR DB [TEXT...]
#
# RUNS (15) and WARMUP (3) are the requests through the index; the plain query, much slower on a large store, has
# PLAIN_RUNS (5) after one warm-up. Serve a copy of a store, never one that is being loaded.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../scripts/java-home"
source "$here/serve-lib.sh"
[ $# -ge 2 ] || { sed -n 2,11p "$0"; exit 2; }
jar="$1" db="$2"
shift 2
texts=("$@")
[ ${#texts[@]} -gt 0 ] || texts=(nouakchott "survivor-centred investigation" police women)
RUNS="${RUNS:-15}" WARMUP="${WARMUP:-3}" PLAIN_RUNS="${PLAIN_RUNS:-5}"

start_server "$jar" "$db" 3397 "$(mktemp)" /evaw/sparql?query=ASK%7B%7D
P='PREFIX evaw: <https://w3id.org/evaw-kg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> '
plain() {
  echo "$P SELECT ?activity ?agency ?period ?document ?description WHERE { ?activity a evaw:Activity ; dcterms:description ?description ; prov:wasDerivedFrom/nif:referenceContext/dcterms:identifier ?document . FILTER (CONTAINS(LCASE(STR(?description)), LCASE(CONCAT(\"$1\", \"\")))) OPTIONAL { ?activity evaw:leadAgency/evaw:acronym ?agency } OPTIONAL { ?activity evaw:reportingPeriod/rdfs:label ?period } } ORDER BY ?document ?activity ?agency ?period LIMIT 101"
}
# The median and the largest of the times on standard input, one a line.
summary() { sort -n | awk '{ t[NR] = $1 } END { printf "%s\t%s", t[int((NR + 1) / 2)], t[NR] }'; }

echo -e "text\tactivities\tplain_p50_s\tplain_max_s\tindex_p50_s\tindex_max_s\tindex/plain"
for text in "${texts[@]}"; do
  enc=$(python3 -c "import urllib.parse, sys; print(urllib.parse.quote(sys.argv[1]))" "$text")
  count=$(curl -s --data-urlencode "query=$P SELECT (COUNT(*) AS ?n) { ?a a evaw:Activity ; dcterms:description ?d FILTER(CONTAINS(LCASE(STR(?d)), LCASE(CONCAT(\"$text\", \"\")))) }" \
          -H 'Accept: text/csv' "$SERVER_URL/evaw/sparql" | tail -1 | tr -d '\r')
  index() { curl -s -o /dev/null -w "%{time_total}\n" "$SERVER_URL/api/search-activities?text=$enc"; }
  plained() { curl -s -o /dev/null -w "%{time_total}\n" --data-urlencode "query=$(plain "$text")" -H 'Accept: text/csv' "$SERVER_URL/evaw/sparql"; }
  for i in $(seq 1 "$WARMUP"); do index > /dev/null; done
  by_index=$(for i in $(seq 1 "$RUNS"); do index; done | summary)
  plained > /dev/null
  by_plain=$(for i in $(seq 1 "$PLAIN_RUNS"); do plained; done | summary)
  ratio=$(python3 -c "import sys; print(round(float(sys.argv[1]) / float(sys.argv[2]), 2))" "${by_index%%$'\t'*}" "${by_plain%%$'\t'*}")
  echo -e "$text\t$count\t$by_plain\t$by_index\t$ratio"
done
stop_server
