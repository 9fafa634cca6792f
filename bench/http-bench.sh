#!/usr/bin/env bash
# Search latency through the HTTP API vs. direct Lucene, on one index of N judgments.
#   bench/http-bench.sh [docs=100000] [indexDir=target/bench-index] [reuse]
# 1. builds the index with LuceneBench (or reuses it), 2. measures direct Lucene searches,
# 3. starts the packaged portal on that index (in-memory H2, no demo, no reconciliation),
# 4. measures the same searches through GET /api/judgments, 5. prints the ratio.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source "$here/.mvn/find-jdk.sh"
gongkai_find_jdk || exit 1
n="${1:-100000}"; dir="${2:-target/bench-index}"; reuse="${3:-}"
port=18181

./mvnw -B -q -o package -DskipTests
if [ ! -s target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
fi
cp="target/classes:target/test-classes:$(cat target/classpath.txt)"
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx2g)

if [ "$reuse" != "reuse" ] || [ ! -d "$dir" ]; then
  echo "== building the index: $n judgments"
  "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.LuceneBench "$n" "$dir" 2 | grep -vE "^\s+[0-9,]+ docs"
fi

echo "== direct Lucene"
direct=$("$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.HttpBench direct "$dir" | tee /dev/stderr | tail -1)

echo "== HTTP API (portal on :$port)"
GONGKAI_INDEX_DIR="$dir" GONGKAI_DEMO=false GONGKAI_DB_URL="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
  "$JAVA_HOME/bin/java" "${jvm[@]}" -Dquarkus.http.port=$port -Dgongkai.index.reconcile-at-start=false \
  -Dquarkus.log.console.level=WARN -jar target/quarkus-app/quarkus-run.jar > target/http-bench-portal.log 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
http=$("$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.HttpBench http "$dir" "http://127.0.0.1:$port" | tee /dev/stderr | tail -1)
kill $portal; wait $portal 2>/dev/null || true

p50d=$(sed -E 's/.*p50 ([0-9.]+).*/\1/' <<<"$direct"); p99d=$(sed -E 's/.*p99 ([0-9.]+).*/\1/' <<<"$direct")
p50h=$(sed -E 's/.*p50 ([0-9.]+).*/\1/' <<<"$http"); p99h=$(sed -E 's/.*p99 ([0-9.]+).*/\1/' <<<"$http")
echo "== summary at $n documents (load average $(cut -d' ' -f1 /proc/loadavg))"
awk -v a="$p50d" -v b="$p99d" -v c="$p50h" -v d="$p99h" 'BEGIN {
  printf "direct p50 %.1f ms, p99 %.1f ms | HTTP p50 %.1f ms, p99 %.1f ms | HTTP/direct p50 %.2fx, p99 %.2fx\n", a, b, c, d, c/a, d/b }'
