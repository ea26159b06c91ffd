#!/usr/bin/env bash
# The home page's three counts on a fresh server (issue 13; BENCHMARKS.md, session 22): a jar that
# counts them over every activity (home-counts.rq) against one that reads the summary's kept counts
# (home-counts-kept.rq), on the same store, one after the other.
#
#   bench/home-counts-10k.sh BASE_JAR NEW_JAR DB OUT [PORT]
#
# For each jar: starts `JAR serve` on DB (127.0.0.1:PORT), waits until the endpoint answers an ASK (not
# the home page, which is what is measured), then asks / cold (the counts taken: the measured
# figure) and / again (kept by the server until the next commit); times, the three counts and
# `uptime` go to OUT/<jar>.tsv, and the ratio of the cold figures to OUT/ratio.txt. The counts of
# the two jars must be equal: the script fails if they are not. Serve a store no load is writing.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
base="$1" new="$2" db="$3" out="$4" port="${5:-3391}"
source "$here/scripts/java-home" || exit 1
source "$here/bench/serve-lib.sh"
mkdir -p "$out"

counts() {  # the three figures of a home page, "activities agencies countries"
  python3 - "$1" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
print(" ".join(re.search(r'id="count-%s">([^<]*)<' % k, html).group(1).replace(",", "") for k in ("activities", "agencies", "countries")))
PY
}

measure() {
  local name="$1" jar="$2" url cold warm
  uptime > "$out/$name.uptime"
  start_server "$jar" "$db" "$port" "$out/$name.log" "/evaw/sparql?query=ASK%7B%7D"
  url="$SERVER_URL"
  cold=$(curl -s -o "$out/$name.cold.html" -w '%{time_total}' "$url/")
  warm=$(curl -s -o "$out/$name.warm.html" -w '%{time_total}' "$url/")
  printf 'jar\tcold_s\twarm_s\tactivities agencies countries\n%s\t%s\t%s\t%s\n' "$name" "$cold" "$warm" "$(counts "$out/$name.cold.html")" \
      | tee "$out/$name.tsv"
  uptime >> "$out/$name.uptime"
  stop_server
}

measure base "$base"
measure new "$new"
b=$(counts "$out/base.cold.html"); n=$(counts "$out/new.cold.html")
[[ "$b" == "$n" ]] || { echo "the counts differ: base $b, new $n" >&2; exit 1; }
python3 - "$out" <<'PY' | tee "$out/ratio.txt"
import sys
rows = {name: open(f"{sys.argv[1]}/{name}.tsv").read().splitlines()[1].split("\t") for name in ("base", "new")}
print(f"first home page: base {rows['base'][1]} s, new {rows['new'][1]} s, "
      f"ratio {float(rows['base'][1]) / float(rows['new'][1]):.0f}x; counts equal: {rows['new'][3]}")
PY
