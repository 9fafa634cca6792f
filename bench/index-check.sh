#!/usr/bin/env bash
# Times the start-up integrity check of a search index (org.gongkai.search.bench.IndexCheckBench).
#   bench/index-check.sh [indexDir=target/bench-index]   (build one with bench/lucene-bench.sh 100000)
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
exec "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -Xmx1g \
  -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" \
  org.gongkai.search.bench.IndexCheckBench "$@"
