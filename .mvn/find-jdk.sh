# Sourced by ./mvnw and ./gongkai: selects a JDK >= 21 and exports JAVA_HOME.
# Honours JAVA_HOME when it is recent enough, then looks under /usr/lib/jvm.
gongkai_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1
}
gongkai_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(gongkai_java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "gongkai: no JDK 21 or newer found (JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm); install one, e.g. apt-get install temurin-25-jdk or openjdk-21-jdk" >&2
  return 1
}
