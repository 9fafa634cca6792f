#!/usr/bin/env bash
# Ingest benchmark: real judgments (../shared/data/judgments) through the whole publishing pipeline
# (text parsing, publication rules, de-identification, database, audit, outbox, search index).
#   bench/ingest-bench.sh [N=2000] [phases=import,http] [port=18431]
# import: `gongkai import` of N {"id","text"} records (the 214 real texts, repeated under new ids),
#         on a fresh H2 database and index.
# http:   N POST /api/publish/judgments/text on a fresh portal, 4 requests in flight (one curl process).
# For each phase: judgments/s (wall clock), CPU ms per judgment of the whole process (every thread:
# workers, JIT, GC) and its split (de-identification, text parsing, indexing, rest = database, JSON,
# audit, HTTP), and the load average before and after (other work on the machine slows the wall
# clock, not the CPU time per judgment). Full logs stay in target/ingest-bench/.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
N="${1:-2000}"
PHASES="${2:-import,http}"
PORT="${3:-18431}"
DATA="${GONGKAI_SHARED_DATA:-../shared/data}/judgments/criminal-judgment-excerpts.jsonl"
[ -f "$DATA" ] || { echo "ingest-bench: $DATA not found (the shared data folder beside the project)" >&2; exit 2; }
source "$here/.mvn/find-jdk.sh"
gongkai_find_jdk || exit 1
JAVA="$JAVA_HOME/bin/java"
jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || { [ -z "${INGEST_BENCH_NO_BUILD:-}" ] && [ -n "$(find src pom.xml -newer "$jar" -type f -print -quit 2>/dev/null)" ]; }; then
  echo "ingest-bench: building the portal…" >&2
  GONGKAI_DB_KIND=h2 ./mvnw -B -q -ntp package -DskipTests
fi
out="$here/target/ingest-bench"
rm -rf "$out"
mkdir -p "$out"
input="$out/judgments-$N.jsonl"
# the real texts again and again, each copy under its own id (a new document to the pipeline)
jq -c --argjson n "$N" -s '[range(0; $n) as $k | .[$k % length] | {id: ("bench-\($k)-" + .id), text}] | .[]' "$DATA" >"$input"
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseG1GC -Xmx1g -Dfile.encoding=UTF-8
     -Dh2.bindAddress=127.0.0.1 -Dbench.ingest=true)
# INGEST_BENCH_JFR=1: a JFR recording per phase in target/ingest-bench/<phase>.jfr (jfr print --events jdk.ExecutionSample)
jfr() { [ -n "${INGEST_BENCH_JFR:-}" ] && echo "-XX:StartFlightRecording=filename=$out/$1.jfr,settings=profile" || true; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
ticks="$(getconf CLK_TCK)"
echo "ingest-bench: $N real judgments ($(wc -c <"$input") bytes), $(nproc) cores, $(uname -n)"
printf '%-7s %8s %10s %10s %7s %7s %7s %7s  %s\n' phase judgments per_second cpu_ms/j deid parse index rest "load before → after"

fresh() { # a fresh database, index and key for one phase
  local dir="$out/$1"
  mkdir -p "$dir"
  export GONGKAI_DB_URL="jdbc:h2:file:$dir/db/gongkai;AUTO_SERVER=TRUE;WRITE_DELAY=0"
  export GONGKAI_INDEX_DIR="$dir/index" GONGKAI_ID_HASH_KEY_FILE="$dir/id-hash.key" GONGKAI_DEMO=false
}

row() { # phase meter-line load-before
  local m="$2"
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$m"; }
  printf '%-7s %8s %10s %10s %7s %7s %7s %7s  %s → %s\n' "$1" "$(get judgments)" "$(get per_second)" \
    "$(get cpu_ms_per_judgment)" "$(get deid)" "$(get parse)" "$(get index)" "$(get db_and_rest)" "$3" "$(load)"
}

if [[ ",$PHASES," == *,import,* ]]; then
  fresh import
  before="$(load)"
  "$JAVA" "${jvm[@]}" $(jfr import) -Dquarkus.http.host-enabled=false -Dquarkus.log.console.level=WARN -jar "$jar" import "$input" \
    >"$out/import.log" 2>&1 || grep -q "ingest-meter:" "$out/import.log" || { echo "import failed, see $out/import.log" >&2; tail -20 "$out/import.log" >&2; exit 1; }
  row import "$(grep -a 'ingest-meter:' "$out/import.log" | tail -1)" "$before"
fi

if [[ ",$PHASES," == *,http,* ]]; then
  fresh http
  export GONGKAI_ADMIN_TOKEN="bench-admin-token"
  QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 "$JAVA" "${jvm[@]}" $(jfr http) -Dgongkai.publish.rate-per-minute=100000000 \
    -jar "$jar" >"$out/http-portal.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { echo "portal died, see $out/http-portal.log" >&2; exit 1; }
    sleep 0.5
  done
  mkdir -p "$out/bodies"
  split -l 1 -d -a 6 "$input" "$out/bodies/b"
  cfg="$out/curl.cfg"
  : >"$cfg"
  for f in "$out"/bodies/b*; do
    printf 'url = "http://127.0.0.1:%s/api/publish/judgments/text"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\nnext\n' \
      "$PORT" "$GONGKAI_ADMIN_TOKEN" "$f" >>"$cfg"
  done
  before="$(load)"
  cpu0=$(awk '{print $14+$15}' "/proc/$pid/stat")
  t0=$(date +%s.%N)
  curl -s --parallel --parallel-max 4 -K "$cfg" >"$out/http-codes.txt"
  t1=$(date +%s.%N)
  cpu1=$(awk '{print $14+$15}' "/proc/$pid/stat")
  codes="$(sort "$out/http-codes.txt" | uniq -c | tr '\n' ' ')"
  kill -TERM "$pid"
  wait "$pid" || true
  trap - EXIT
  m="$(grep -a 'ingest-meter:' "$out/http-portal.log" | tail -1)"
  # rate and CPU over the requests only (the portal's own start-up excluded)
  n=$(grep -c '^201' "$out/http-codes.txt" || true)
  rate=$(awk -v n="$n" -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", n/(b-a)}')
  cpu=$(awk -v n="$n" -v a="$cpu0" -v b="$cpu1" -v t="$ticks" 'BEGIN{printf "%.2f", (b-a)*1000/t/(n>0?n:1)}')
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$m"; }
  rest=$(awk -v c="$cpu" -v d="$(get deid)" -v p="$(get parse)" -v i="$(get index)" 'BEGIN{printf "%.2f", c-d-p-i}')
  printf '%-7s %8s %10s %10s %7s %7s %7s %7s  %s → %s\n' http "$n" "$rate" "$cpu" "$(get deid)" "$(get parse)" \
    "$(get index)" "$rest" "$before" "$(load)"
  echo "http status codes: $codes"
fi
