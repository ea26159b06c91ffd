#!/usr/bin/env bash
# The whole `build --full` of one corpus by two jars in turn (issue 16 item 2: build >= 5 MB/s at 10^4 pages;
# BENCHMARKS.md, session 30).
#
#   bench/build-inturn.sh BEFORE_JAR AFTER_JAR CORPUS OUT [ROUNDS]
#
# ROUNDS (3) rounds; in each, BEFORE_JAR then AFTER_JAR build CORPUS on all cores (`build --full`, -Xmx4g) to a
# scratch file under OUT, under /usr/bin/time. OUT/rounds.tsv: per round and jar the wall and CPU seconds (user +
# system), the peak RSS and MB/s (the corpus's .txt bytes over the wall time); then each jar's mean and best, and
# the ratio after / before of the mean wall and CPU seconds. The load average at the start of each build is kept:
# figures taken on a busy machine say little. Generate CORPUS first (`generate --docs 10000 --seed 1`).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

main() {
  [[ $# -ge 4 ]] || { sed -n '2,11p' "$0" >&2; exit 2; }
  local before="$1" after="$2" corpus="$3" out="$4" rounds="${5:-3}" bytes round name jar t
  source "$here/scripts/java-home" || exit 1
  [[ -x /usr/bin/time ]] || { echo "build-inturn: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
  mkdir -p "$out"
  bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
  echo "corpus: $corpus, $(find "$corpus" -name '*.txt' | wc -l) pages, $bytes bytes of .txt"
  printf 'round\tjar\twall_s\tcpu_s\tpeak_rss_mb\tmb_per_s\tload_at_start\n' > "$out/rounds.tsv"
  for ((round = 1; round <= rounds; round++)); do
    for name in before after; do
      [[ $name == before ]] && jar="$before" || jar="$after"
      local load
      load=$(cut -d' ' -f1 /proc/loadavg)
      rm -f "$out/build-$name.nq.gz"
      /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" \
        java -Xmx4g -jar "$jar" build --full --corpus "$corpus" --out "$out/build-$name.nq.gz" > "$out/build-$name.log" 2>&1
      t=$(cat "$out/time.txt")
      awk -v r="$round" -v n="$name" -v b="$bytes" -v l="$load" -v t="$t" 'BEGIN {
        split(t, f, " "); printf "%d\t%s\t%.1f\t%.1f\t%d\t%.2f\t%s\n", r, n, f[1], f[2] + f[3], f[4] / 1024, b / 1e6 / f[1], l }' \
        | tee -a "$out/rounds.tsv"
    done
  done
  awk -F'\t' 'NR > 1 { w[$2] += $3; c[$2] += $4; n[$2]++; if (!($2 in best) || $6 > best[$2]) best[$2] = $6 }
    END {
      for (j in n) printf "%s: mean wall %.1f s, mean CPU %.1f s, best %.2f MB/s\n", j, w[j] / n[j], c[j] / n[j], best[j]
      printf "after / before: wall %.2f, CPU %.2f\n", (w["after"] / n["after"]) / (w["before"] / n["before"]), (c["after"] / n["after"]) / (c["before"] / n["before"])
    }' "$out/rounds.tsv" | tee "$out/summary.txt"
}

main "$@"
