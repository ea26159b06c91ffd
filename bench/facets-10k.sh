#!/usr/bin/env bash
# /activities facet counts, SPARQL against the Lucene index (issue 13 item 2; BENCHMARKS.md, session 21).
#
#   bench/facets-10k.sh serve MODE JAR DB OUT [PORT]   # MODE: sparql or index; one fresh server, one round
#   bench/facets-10k.sh compare OUT_A OUT_B             # same answers? JSON as JSON, HTML and CSV byte for byte
#
# `serve` starts `JAR serve` on DB (127.0.0.1:PORT, no client limits; MODE=sparql adds
# -Devaw.activities.counts=sparql), writes how long it took to answer (it opens, or first builds,
# the Lucene index under DB) to OUT/start.txt, asks one warm-up selection (not measured), then for each
# selection the cold JSON (its counts not yet kept by the server: the measured figure), HTML, CSV and
# JSON page 2; times and totals go to OUT/times.tsv, `uptime` before and after to OUT/uptime.txt.
# The server is stopped at the end. Serve a copy of a store, never one that is being loaded.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

# The selections of session 20 at 10^3, and one country; COUNTRY and WARMUP can be changed.
COUNTRY="${COUNTRY:-country=uga}"
WARMUP="${WARMUP:-country=ken}"
SELECTIONS=(region=africa form=violence-against-women-and-girls '' agency=binub 'region=africa&agency=binub'
            'region=asia&form=trafficking-in-persons' "$COUNTRY")

serve() {
  local mode="$1" jar="$2" db="$3" out="$4" port="${5:-3390}" props=() i t0 t1 url
  source "$here/scripts/java-home" || exit 1
  source "$here/bench/serve-lib.sh"
  [[ "$mode" == sparql ]] && props=(-Devaw.activities.counts=sparql)
  mkdir -p "$out"
  uptime > "$out/uptime.txt"
  t0=$(date +%s.%N)
  start_server "$jar" "$db" "$port" "$out/server.log" / "${props[@]}"
  url="$SERVER_URL"
  t1=$(date +%s.%N)
  echo "$mode: answered after $(echo "$t1 - $t0" | bc) s (JVM start, store and index opened or built)" | tee "$out/start.txt"
  curl -s -o /dev/null "$url/activities?$WARMUP" -H 'Accept: application/json'    # warm-up, not measured
  printf 'i\tselection\ttotal\tjson_cold_s\thtml_s\tcsv_s\tjson_p2_s\n' > "$out/times.tsv"
  i=0
  for sel in "${SELECTIONS[@]}"; do
    i=$((i + 1))
    local j h c p total
    j=$(curl -s -o "$out/$i.json" -w '%{time_total}' "$url/activities?$sel" -H 'Accept: application/json')  # cold
    h=$(curl -s -o "$out/$i.html" -w '%{time_total}' "$url/activities?$sel")
    c=$(curl -s -o "$out/$i.csv" -w '%{time_total}' "$url/activities.csv?$sel")
    p=$(curl -s -o "$out/$i.p2.json" -w '%{time_total}' "$url/activities?$sel&page=2" -H 'Accept: application/json')
    total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("total", "?"))' "$out/$i.json" 2>/dev/null || echo error)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "${sel:-(none)}" "$total" "$j" "$h" "$c" "$p" | tee -a "$out/times.tsv"
  done
  uptime >> "$out/uptime.txt"
  stop_server
}

compare() {
  local a="$1" b="$2" f same=0 differ=0
  for f in "$a"/*.json "$a"/*.html "$a"/*.csv; do
    f="$(basename "$f")"
    if [[ "$f" == *.json ]]; then
      python3 -c 'import json,sys; sys.exit(json.load(open(sys.argv[1])) != json.load(open(sys.argv[2])))' "$a/$f" "$b/$f"
    else
      cmp -s "$a/$f" "$b/$f"
    fi && same=$((same + 1)) || { differ=$((differ + 1)); echo "differs: $f"; }
  done
  echo "$same the same, $differ different ($a against $b)"
}

cmd="${1:-}"; shift || true
case "$cmd" in
  serve) serve "$@" ;;
  compare) compare "$@" ;;
  *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
