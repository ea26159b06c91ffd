#!/usr/bin/env bash
# The one-page update (issue 16 item 3) for two builds in turn: in each round one sentence is
# appended to the corpus's first page, then each build maps the corpus again (`build`, which maps
# the changed page alone) into its own N-Quads file and loads it into its own store (`load`, which
# replaces the changed graph and brings the summary up to date by its delta); so both see the same
# change on the same machine, round after round. Prints each build's and load's wall and CPU
# seconds, and the median load wall time of each side with the ratio second / first; each load's
# log, with the kept orders' outcomes and timings (DEBUG of org.evaw.loader), is kept in OUT.
#
#   bench/update-inturn.sh CORPUS BASE_JAR BASE_NQ BASE_DB NEW_JAR NEW_NQ NEW_DB OUT [ROUNDS]
#
# Both stores and both N-Quads files must already hold the corpus (a `build --full` and a `load`
# with each jar); ROUNDS defaults to 2. The corpus's first page grows by ROUNDS sentences.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../scripts/java-home"
[ $# -ge 8 ] || { sed -n 2,13p "$0"; exit 2; }
corpus="$1" base_jar="$2" base_nq="$3" base_db="$4" new_jar="$5" new_nq="$6" new_db="$7" out="$8"
rounds="${9:-2}"
mkdir -p "$out"
logging="$out/log4j2.properties"
sed 's/^status = .*/status = error/' "$here/../cli/src/main/resources/log4j2.properties" > "$logging"
printf 'logger.loaderDebug.name = org.evaw.loader\nlogger.loaderDebug.level = DEBUG\n' >> "$logging"
pages=("$corpus"/*.txt)
page="${pages[0]}"
times="$out/times.tsv"
printf 'round\tside\tstep\twall_s\tcpu_s\n' > "$times"

for round in $(seq 1 "$rounds"); do
  echo "In Kenya and Uganda, UNODC and UNDP trained $((round * 7)) police officers on sexual violence in 2022, with UN Women." >> "$page"
  for side in base new; do
    if [ "$side" = base ]; then jar="$base_jar" nq="$base_nq" db="$base_db"; else jar="$new_jar" nq="$new_nq" db="$new_db"; fi
    echo "$(date -u +%H:%M:%S) round $round: $side ($jar on $db)"
    /usr/bin/time -f "$round\t$side\tbuild\t%e\t%U %S" -a -o "$times" \
      java -Xmx4g -jar "$jar" build --corpus "$corpus" --out "$nq" > /dev/null 2> "$out/build-$side-$round.log"
    /usr/bin/time -f "$round\t$side\tload\t%e\t%U %S" -a -o "$times" \
      java -Xmx4g -Dlog4j2.configurationFile="$logging" -jar "$jar" load --db "$db" "$nq" > /dev/null 2> "$out/load-$side-$round.log"
  done
done

python3 - "$times" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
for r in rows:
    user, system = r["cpu_s"].split()
    print(f'round {r["round"]} {r["side"]:4} {r["step"]:5} {float(r["wall_s"]):7.2f} s wall {float(user) + float(system):7.2f} s cpu')
loads = {side: statistics.median(float(r["wall_s"]) for r in rows if r["side"] == side and r["step"] == "load") for side in ("base", "new")}
print(f'load wall, median: base {loads["base"]:.2f} s, new {loads["new"]:.2f} s, new/base {loads["new"] / loads["base"]:.2f}')
PY
