#!/usr/bin/env bash
# Issue 16's search table in one command, from a fresh clone:
#   bench/search-sizes.sh [sizes="10000 100000 1000000"]
# Sizes up to 100,000 are built from the texts of ../shared/data (LuceneBench, then compacted as
# the portal's rebuild leaves an index); a larger size is IndexCopies of the 100,000 index (the same
# judgments repeated: matches, facets and ranking cost grow as with new ones; built in minutes, not
# the hours 1M real analyses take on 2 cores). Each size runs bench/http-bench.sh (direct Lucene and
# the HTTP API interleaved over one request list) and the portal's start-to-ready time and memory;
# BENCH_PG=jdbc:postgresql://… adds the pg_trgm comparison at sizes up to 100,000. A size the disk
# cannot hold (index ≈ 7 KB per judgment, twice that while it is compacted) is skipped with the reason.
# Indexes are kept in target/bench-sizes/ for a re-run (BENCH_SIZES_REBUILD=1 builds them again).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source "$here/.mvn/find-jdk.sh"
gongkai_find_jdk || exit 1
sizes="${1:-10000 100000 1000000}"
base="target/bench-sizes"
mkdir -p "$base"
table="$(mktemp)"
echo "== search-sizes: $sizes on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/classpath.txt)"
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Xmx2g)
for n in $sizes; do
  dir="$base/index-$n"
  if [ "${BENCH_SIZES_REBUILD:-}" = "1" ]; then rm -rf "$dir"; fi
  if [ ! -d "$dir" ] && [ "$n" -gt 100000 ]; then
    need_mb=$(( n / 1000 * 7 * 2 ))
    free_mb=$(df -Pm "$base" | awk 'NR==2{print $4}')
    if [ "$free_mb" -lt "$need_mb" ]; then
      echo "| $n | skipped: the disk has $free_mb MB free, the index needs about $need_mb MB while it is compacted |" >>"$table"
      continue
    fi
    src="$base/index-100000"
    [ -d "$src" ] || BENCH_SKIP_BUILD=1 bench/http-bench.sh 100000 "$src" reuse >/dev/null
    copies=$(( (n + 99999) / 100000 ))
    echo "== $n: $copies copies of the 100,000 index"
    "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$cp" org.gongkai.search.bench.IndexCopies "$src" "$dir" "$copies" | tail -1
  fi
  out="$(mktemp)"
  BENCH_SKIP_BUILD=1 BENCH_PG="$( [ "$n" -le 100000 ] && echo "${BENCH_PG:-}" || true)" \
    bench/http-bench.sh "$n" "$dir" reuse | tee "$out"
  ready=$(grep -m1 "portal ready after" "$out" | sed 's/.*ready after \([0-9.]*\) s.*/\1/')
  rss=$(grep -m1 "portal RSS after the run" "$out" | sed 's/.*RSS after the run: \(.*\); full log.*/\1/')
  read -r dp50 dp99 hp50 hp99 < <(grep -m1 "^RESULT" "$out" | awk '{print $4, $6, $9, $11}' || true)
  load=$(grep -m1 "^load average" "$out" | sed 's/load average //; s/;.*//')
  pg=$(grep -m1 "^RATIO pg" "$out" || true)
  ratio=$(grep -m1 "^RATIO HTTP/direct" "$out" | sed 's/^RATIO HTTP\/direct //; s/ | HTTP-direct per request p50 / (HTTP − direct at p50 /; s/$/)/' || true)
  echo "| $n | ${dp50:-?} / ${dp99:-?} | ${hp50:-?} / ${hp99:-?} | ${ratio:-?} | ${ready:-?} s | ${rss:-?} | ${load:-?} | ${pg#RATIO } |" >>"$table"
done
echo
echo "| judgments | direct p50 / p99 ms | HTTP p50 / p99 ms | HTTP/direct | start to ready | portal RSS | load average | pg_trgm |"
echo "|---|---|---|---|---|---|---|---|"
cat "$table"
