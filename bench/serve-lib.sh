# Sourced by the bench scripts that time a fresh server (facets-10k.sh, home-counts-10k.sh): one way
# to start `JAR serve` on a store bound to 127.0.0.1 with no client limits, and wait until it answers.
#
#   start_server JAR DB PORT LOG PROBE [JAVA_OPTION...]   # sets SERVER_PID and SERVER_URL
#   stop_server
#
# PROBE is the path asked until the server answers. It is an argument because what a script measures
# decides it: facets times the first `/` (its probe), while home-counts must not touch `/` before its
# measured request (the counts would be kept by then), so it probes the SPARQL endpoint instead.
# The server is killed if the calling script exits early.

start_server() {
  local jar="$1" db="$2" port="$3" log="$4" probe="$5"
  shift 5
  java -Xmx4g "$@" -jar "$jar" serve --db "$db" --port "$port" \
       --client-concurrency 0 --client-seconds 0 > "$log" 2>&1 &
  SERVER_PID=$!
  SERVER_URL="http://127.0.0.1:$port"
  trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
  until curl -sf -o /dev/null "$SERVER_URL$probe"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server ended: see $log" >&2; exit 1; }
    sleep 1
  done
}

stop_server() {
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  trap - EXIT
}
