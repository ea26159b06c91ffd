#!/usr/bin/env bash
# The saved queries' latency through `evaw-kg serve` for two builds in turn (issue 16 item 3): in
# each round, a fresh server on the first store with the first jar, QueryLatency (the first bench
# jar, whose bundled queries are the first build's), then the same for the second; so both see the
# same machine, round after round. Prints, per query, the median over the rounds of each side's p95
# and the ratio second / first. Servers bind to 127.0.0.1 only, without per-client limits.
#
#   bench/saved-queries-inturn.sh BASE_JAR BASE_BENCH_JAR BASE_DB NEW_JAR NEW_BENCH_JAR NEW_DB OUT [ROUNDS] [NAMES]
#
# NAMES is QueryLatency's regular expression of query names (default: every saved query); ROUNDS
# defaults to 2. Each query has 20 runs after 3 warm-up runs, 30 s of budget.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../scripts/java-home"
source "$here/serve-lib.sh"
[ $# -ge 7 ] || { sed -n 2,11p "$0"; exit 2; }
base_jar="$1" base_bench="$2" base_db="$3" new_jar="$4" new_bench="$5" new_db="$6" out="$7"
rounds="${8:-2}" names="${9:-.*}"
mkdir -p "$out"
port=3391

for round in $(seq 1 "$rounds"); do
  for side in base new; do
    if [ "$side" = base ]; then jar="$base_jar" bench="$base_bench" db="$base_db"; else jar="$new_jar" bench="$new_bench" db="$new_db"; fi
    echo "$(date -u +%H:%M:%S) round $round: $side ($jar on $db)"
    start_server "$jar" "$db" "$port" "$out/serve-$side-$round.log" /evaw/sparql?query=ASK%7B%7D
    java -cp "$bench" org.evaw.bench.QueryLatency "$SERVER_URL/evaw/sparql" 20 3 30 "$names" > "$out/$side-$round.tsv"
    stop_server
  done
done

# Median over the rounds of each query's p95 (column 5), each side; then the ratio.
python3 - "$out" "$rounds" <<'EOF'
import csv, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def p95s(side):
    found = {}
    for r in range(1, rounds + 1):
        with open(f"{out}/{side}-{r}.tsv") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["rows"] != "error":
                    found.setdefault(row["query"], []).append(float(row["p95_ms"]))
    return {q: statistics.median(v) for q, v in found.items()}
base, new = p95s("base"), p95s("new")
print("query\tbase_p95_ms\tnew_p95_ms\tnew/base")
for q in sorted(set(base) | set(new)):
    b, n = base.get(q), new.get(q)
    ratio = f"{n / b:.2f}" if b and n else "-"
    print(f"{q}\t{b if b is not None else 'error'}\t{n if n is not None else 'error'}\t{ratio}")
EOF
