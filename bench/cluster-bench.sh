#!/usr/bin/env bash
# The cluster benchmark of issue 12, from a fresh clone:
#   bench/cluster-bench.sh [docs=100000]
# 1. builds the portal and the test classes (online Maven), 2. starts the local SolrCloud cluster
# (cluster/cluster.sh: ZooKeeper + 3 nodes, 2 shards x 2 replicas) on ports of its own, so that it
# never meets a development cluster: GONGKAI_CLUSTER_PORT (default 8993, nodes 8993-8995),
# GONGKAI_CLUSTER_ZK_PORT (9993), GONGKAI_CLUSTER_DATA (target/cluster-bench-data),
# GONGKAI_CLUSTER_HEAP (768m per node), 3. ClusterBench index: the same N synthetic judgments
# (LuceneBench's generator) into the embedded index (target/cluster-bench-index) and into a fresh
# collection behind the alias "judgments", through the portal's SearchBackend implementations
# (batches of 200 to the cluster), with wall time, CPU time of every JVM involved and index size,
# 4. starts two packaged portals (in-memory H2, no demo, no reconciliation): one embedded on that
# index (BENCH_PORT, 18191), one with GONGKAI_SEARCH=cluster (BENCH_PORT+1), 5. ClusterBench
# compare: the mixed query set of LuceneBench with second pages over HTTP against both, interleaved
# request by request (BENCH_ROUNDS, 4), 6. stops the portals and the cluster (BENCH_KEEP_CLUSTER=1
# leaves the cluster running), prints the load average and the ratios first, then the details.
# BENCH_SKIP_BUILD=1 uses target/ as it is. The full log: target/cluster-bench-<time>.log.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source "$here/.mvn/find-jdk.sh"
gongkai_find_jdk || exit 1
n="${1:-100000}"
port="${BENCH_PORT:-18191}"; rounds="${BENCH_ROUNDS:-4}"
export GONGKAI_CLUSTER_PORT="${GONGKAI_CLUSTER_PORT:-8993}"
export GONGKAI_CLUSTER_ZK_PORT="${GONGKAI_CLUSTER_ZK_PORT:-9993}"
export GONGKAI_CLUSTER_DATA="${GONGKAI_CLUSTER_DATA:-$here/target/cluster-bench-data}"
export GONGKAI_CLUSTER_HEAP="${GONGKAI_CLUSTER_HEAP:-768m}"
dir="$here/target/cluster-bench-index"
mkdir -p target "$GONGKAI_CLUSTER_DATA"
log="$here/target/cluster-bench-$(date -u +%Y%m%dT%H%M%SZ).log"
say() { echo "$@" | tee -a "$log"; }
say "== cluster-bench: $n judgments, $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  say "== building (mvnw package, test classes, classpath)"
  ./mvnw -B -ntp -q package -DskipTests >>"$log" 2>&1
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >>"$log" 2>&1
fi
run="$(mktemp -d /tmp/gk-cluster-bench.XXXXXX)"
cp -r target/classes target/test-classes target/quarkus-app "$run/"
cp="$run/classes:$run/test-classes:$(cat target/classpath.txt)"
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx2g)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  [ "${BENCH_KEEP_CLUSTER:-}" = 1 ] || cluster/cluster.sh stop >>"$log" 2>&1 || true
  rm -rf "$run"
}
trap cleanup EXIT

say "== cluster on 127.0.0.1:$GONGKAI_CLUSTER_PORT (ZooKeeper $GONGKAI_CLUSTER_ZK_PORT, data $GONGKAI_CLUSTER_DATA, heap $GONGKAI_CLUSTER_HEAP per node)"
address="$(cluster/cluster.sh start 2>>"$log" | tail -1)"
say "$address"
solr="$(echo "$address" | sed -E 's/.*GONGKAI_SOLR_URL=([^ ]+).*/\1/')"

say "== indexing $n judgments into both backends"
"$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.ClusterBench index "$n" "$dir" "$solr" \
  "$GONGKAI_CLUSTER_DATA" 2 2>&1 | tee -a "$log" | grep -vE "^  (embedded|cluster): [0-9,]+ docs"

portal() { # <name> <port> env…: one packaged portal, pid appended to pids
  local name="$1" p="$2"; shift 2
  env "$@" GONGKAI_DEMO=false GONGKAI_DB_URL="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
    "$JAVA_HOME/bin/java" "${jvm[@]}" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$p" \
    -Dgongkai.index.reconcile-at-start=false -Dquarkus.log.console.level=WARN \
    -jar "$run/quarkus-app/quarkus-run.jar" >"${log%.log}-$name.log" 2>&1 &
  pids+=($!)
}
portal embedded "$port" GONGKAI_INDEX_DIR="$dir"
portal cluster "$((port + 1))" GONGKAI_SEARCH=cluster GONGKAI_SOLR_URL="$solr" GONGKAI_INDEX_DIR="$run/unused-index"
for p in "$port" "$((port + 1))"; do
  ready=""
  for _ in $(seq 1 480); do
    if curl -sf "http://127.0.0.1:$p/q/health/ready" >/dev/null 2>&1; then ready=yes; break; fi
    sleep 0.25
  done
  [ -n "$ready" ] || { say "portal on $p did not start, see ${log%.log}-*.log"; exit 1; }
done
say "== portals ready: embedded 127.0.0.1:$port (pid ${pids[0]}), cluster 127.0.0.1:$((port + 1)) (pid ${pids[1]})"

out="$(mktemp)"
"$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.ClusterBench compare "http://127.0.0.1:$port" \
  "http://127.0.0.1:$((port + 1))" "$GONGKAI_CLUSTER_DATA" "${pids[0]}" "${pids[1]}" "$rounds" >"$out" 2>>"$log"
rss="embedded $(awk '/VmRSS/{printf "%d MB", $2/1024}' /proc/"${pids[0]}"/status), cluster $(awk '/VmRSS/{printf "%d MB", $2/1024}' /proc/"${pids[1]}"/status)"
nodes_rss="$(for f in "$GONGKAI_CLUSTER_DATA"/node*.pid; do awk '/VmRSS/{printf "%d MB ", $2/1024}' /proc/"$(cat "$f")"/status; done)"
cat "$out" >>"$log"
{
  echo "== summary at $n judgments (portal RSS: $rss; Solr nodes RSS: $nodes_rss; full log: $log)"
  grep -E "^RESULT" "$log" | grep -E "indexing" || true
  grep -E "^load average|^RATIO" "$out" || true
  echo "-- details"
  grep -vE "^load average|^RATIO" "$out" || true
} | tee -a "$log"
rm -f "$out"
