#!/usr/bin/env bash
# Lucene benchmark of the judgment search engine (org.gongkai.search.bench.LuceneBench).
#   bench/lucene-bench.sh [docs=100000] [indexDir=target/bench-index] [threads=2] [reuse]
# (reuse: keep the index of an earlier run and only measure the queries)
# Builds the test classes offline, writes the test classpath once to target/classpath.txt, runs the
# harness. Needs ../shared/data/facts and ../shared/data/reference next to the project.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
# shellcheck source=../.mvn/find-jdk.sh
source "$here/.mvn/find-jdk.sh"
gongkai_find_jdk || exit 1
./mvnw -B -q -o test-compile
if [ ! -s target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
fi
exec "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -Xmx2g -XX:+UseParallelGC \
  -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
  org.gongkai.search.bench.LuceneBench "$@"
