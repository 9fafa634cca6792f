#!/usr/bin/env bash
# Search latency through the HTTP API vs. direct Lucene (and optionally PostgreSQL pg_trgm), on one
# index of N judgments, from a fresh clone:
#   bench/http-bench.sh [docs=100000] [indexDir=target/bench-index] [reuse]
# environment: BENCH_ROUNDS (6), BENCH_PORT (18181), BENCH_HEAP (the portal's -Xmx, 1g as ./gongkai), BENCH_PG=jdbc:postgresql://127.0.0.1:5432/DB
#   (adds the pg_trgm comparison on the same texts; the database must exist, the table
#   bench_judgment is created and filled there), BENCH_SKIP_BUILD=1 (use target/ as it is).
# 1. builds the portal and the test classes (online Maven, as from a fresh clone), 2. builds the
# index with LuceneBench (or reuses it), 3. starts the packaged portal on that index (127.0.0.1,
# in-memory H2, no demo, no reconciliation), 4. runs HttpBench: direct Lucene on a read-only snapshot
# of the same files and GET /api/judgments, interleaved request by request over the same list,
# equal warm-up, 5. prints the load average and the ratios first, then the details.
# The full log (build, index, portal, measurements) is kept in target/http-bench-<time>.log.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source "$here/.mvn/find-jdk.sh"
gongkai_find_jdk || exit 1
n="${1:-100000}"; dir="${2:-target/bench-index}"; reuse="${3:-}"
port="${BENCH_PORT:-18181}"; rounds="${BENCH_ROUNDS:-6}"
mkdir -p target
log="$here/target/http-bench-$(date -u +%Y%m%dT%H%M%SZ).log"
portal_log="${log%.log}-portal.log"
say() { echo "$@" | tee -a "$log"; }
say "== http-bench: $n judgments, index $dir, rounds $rounds, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  say "== building (mvnw package, test classes, classpath)"
  ./mvnw -B -ntp -q package -DskipTests >>"$log" 2>&1
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >>"$log" 2>&1
fi
# run from a copy, so that a build in this tree during the run cannot swap classes under it
run="$(mktemp -d /tmp/gk-bench-run.XXXXXX)"
cp -r target/classes target/test-classes target/quarkus-app "$run/"
cp="$run/classes:$run/test-classes:$(cat target/classpath.txt)"
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx2g)
# the portal runs with ./gongkai's heap (GONGKAI_HEAP, 1g) unless BENCH_HEAP says otherwise
portal_jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseG1GC "-Xmx${BENCH_HEAP:-${GONGKAI_HEAP:-1g}}")

if [ "$reuse" != "reuse" ] || [ ! -d "$dir" ]; then
  say "== building the index: $n judgments"
  "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.LuceneBench "$n" "$dir" 2 >>"$log" 2>&1
  grep -E "^indexed|^index size" "$log" | tail -2
fi

say "== portal on 127.0.0.1:$port (log $portal_log)"
# the usage limit stays on (so every request pays for its count in the database, as in production),
# only high enough that the benchmark's own requests are never refused
GONGKAI_INDEX_DIR="$dir" GONGKAI_API_ANONYMOUS_PER_MINUTE=100000000 GONGKAI_DEMO=false GONGKAI_DB_URL="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
  "$JAVA_HOME/bin/java" "${portal_jvm[@]}" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -Dgongkai.index.reconcile-at-start=false -Dquarkus.log.console.level=WARN \
  -jar "$run/quarkus-app/quarkus-run.jar" >"$portal_log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true; rm -rf "$run"' EXIT
start=$(date +%s.%N)
ready=""
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
  kill -0 $portal 2>/dev/null || break
  sleep 0.25
done
[ -n "$ready" ] || { say "portal did not start, see $portal_log"; tail -20 "$portal_log"; exit 1; }
# RSS counts the index files mapped into the process too (page cache, given back under memory
# pressure): the anonymous part is the memory the portal itself holds
rss_of() { awk '/VmRSS/{r=$2} /RssAnon/{a=$2} /RssFile/{f=$2} END{printf "%.0f MB (anonymous %.0f MB, mapped files %.0f MB)", r/1024, a/1024, f/1024}' /proc/$1/status; }
say "portal ready after $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s, RSS $(rss_of $portal)"

out="$(mktemp)"
"$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.HttpBench compare "$dir" "http://127.0.0.1:$port" "$rounds" "$portal" >"$out" 2>>"$log"
rss=$(rss_of $portal)
kill $portal; wait $portal 2>/dev/null || true
trap 'rm -rf "$run"' EXIT
cat "$out" >>"$log"

pgout=""
if [ -n "${BENCH_PG:-}" ]; then
  pgout="$(mktemp)"
  "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.HttpBench pg "$n" "$BENCH_PG" "$dir" "$rounds" >"$pgout" 2>>"$log"
  cat "$pgout" >>"$log"
fi

{
  echo "== summary at $n judgments (portal RSS after the run: $rss; full log: $log)"
  grep -E "^load average|^RATIO|^RESULT" "$out" || true
  [ -z "$pgout" ] || grep -E "^load average|^RATIO" "$pgout" || true
  echo "-- details"
  grep -vE "^load average|^RATIO|^RESULT" "$out" || true
  [ -z "$pgout" ] || grep -vE "^load average|^RATIO" "$pgout" | grep -v WARNING || true
} | tee -a "$log"
