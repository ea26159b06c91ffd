#!/usr/bin/env bash
# /search and /suggest latency on a fresh server (issue 13 item 1: p95 < 100 ms at 10^4 and 10^5 pages;
# BENCHMARKS.md, session 29).
#
#   bench/search-latency.sh JAR DB OUT [PORT]
#
# Starts `JAR serve` on DB (127.0.0.1:PORT, no client limits; bench/serve-lib.sh), waits until it
# answers (it opens the Lucene index, or first builds a missing or stale one: that time goes to
# OUT/start.txt), then asks each request below WARMUP times unmeasured and RUNS times measured, JSON by
# Accept, one after another. OUT/latency.tsv: per request its HTTP status, hit count, and p50, p95 and
# max in ms (nearest rank); `uptime` before and after in OUT/uptime.txt. Serve a copy of a store, never
# one that is being loaded. RUNS (20) and WARMUP (3) can be changed in the environment.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

RUNS="${RUNS:-20}"
WARMUP="${WARMUP:-3}"
# A word, several words, a programme's name, a country by its name, a misspelt word, an entity type,
# and prefixes as typed in the search box.
REQUESTS=('/search?q=trafficking' '/search?q=police%20training%20Kenya' '/search?q=Spotlight%20Initiative'
          '/search?q=Viet%20Nam' '/search?q=trafficing' '/search?q=violence&type=programme'
          '/suggest?q=unod' '/suggest?q=ken' '/suggest?q=Deli')

main() {
  [[ $# -ge 3 ]] || { sed -n '2,13p' "$0" >&2; exit 2; }
  local jar="$1" db="$2" out="$3" port="${4:-3391}" t0 t1 path i code hits
  source "$here/scripts/java-home" || exit 1
  source "$here/bench/serve-lib.sh"
  mkdir -p "$out"
  uptime > "$out/uptime.txt"
  t0=$(date +%s.%N)
  start_server "$jar" "$db" "$port" "$out/server.log" /suggest?q=a
  t1=$(date +%s.%N)
  echo "answered after $(echo "$t1 - $t0" | bc) s (JVM start, store and index opened or built)" | tee "$out/start.txt"
  printf 'request\tstatus\thits\tp50_ms\tp95_ms\tmax_ms\n' > "$out/latency.tsv"
  for path in "${REQUESTS[@]}"; do
    for ((i = 0; i < WARMUP; i++)); do
      curl -s -o /dev/null -H 'Accept: application/json' "$SERVER_URL$path"
    done
    : > "$out/times.txt"
    for ((i = 0; i < RUNS; i++)); do
      curl -s -o "$out/answer.json" -w '%{http_code} %{time_total}\n' -H 'Accept: application/json' "$SERVER_URL$path" >> "$out/times.txt"
    done
    code=$(awk 'END {print $1}' "$out/times.txt")
    # /suggest gives a list; /search the entities found and the number of passages found.
    hits=$(python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
print(len(d) if isinstance(d, list) else "%d entities, %d passages" % (len(d.get("entities", [])), d.get("passagesFound", 0)))' "$out/answer.json" 2>/dev/null || echo "?")
    awk '{print $2 * 1000}' "$out/times.txt" | sort -n | awk -v path="$path" -v code="$code" -v hits="$hits" '{ms[NR] = $1} END {
      printf "%s\t%s\t%s\t%.1f\t%.1f\t%.1f\n", path, code, hits, ms[int((NR + 1) / 2)], ms[int(NR * 0.95 + 0.999)], ms[NR]
    }' | tee -a "$out/latency.tsv"
  done
  rm -f "$out/times.txt" "$out/answer.json"
  uptime >> "$out/uptime.txt"
  stop_server
}

main "$@"
