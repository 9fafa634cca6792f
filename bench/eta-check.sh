#!/usr/bin/env bash
# Demo load: how long it takes and how honest the progress bar's ETA is (issue 14).
#   bench/eta-check.sh [runs=3] [port=18610]
# Each run starts the packaged portal on a fresh data directory with the GONGKAI_DEMO defaults (the
# generated corpus plus ../shared/data/judgments), timestamps every progress-bar update on its console
# (elapsed, done, shown ETA) in target/eta-check/run-N/bar.tsv, waits until /q/health/ready no longer
# says "loading", then stops it (SIGTERM). It prints, per run, the shown ETA ÷ the real time left of the
# demo-corpus file at 10/20/30/50/70 % (the sample that first reaches that share), the whole load time
# (process start → loading over), the CPU seconds of the process (utime+stime of /proc/PID/stat) and the
# load average before and during. The machine may be shared: the CPU seconds say what the load cost.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
RUNS="${1:-3}"
PORT="${2:-18610}"
source "$here/.mvn/find-jdk.sh"
gongkai_find_jdk || exit 1
JAVA="$JAVA_HOME/bin/java"
jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || { [ -z "${ETA_CHECK_NO_BUILD:-}" ] && [ -n "$(find src pom.xml -newer "$jar" -type f -print -quit 2>/dev/null)" ]; }; then
  echo "eta-check: building the portal…" >&2
  GONGKAI_DB_KIND=h2 ./mvnw -B -q -ntp package -DskipTests
fi
out="$here/target/eta-check"
mkdir -p "$out"
ticks="$(getconf CLK_TCK)"
load() { cut -d' ' -f1-3 /proc/loadavg; }
jvm=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseG1GC -Xmx1g -Dfile.encoding=UTF-8
     -Dh2.bindAddress=127.0.0.1 -Dquarkus.http.port="$PORT")
# ETA_CHECK_JFR=1: a JFR recording per run in target/eta-check/run-N/load.jfr
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; true' EXIT

for run in $(seq 1 "$RUNS"); do
  dir="$out/run-$run"
  rm -rf "$dir"
  mkdir -p "$dir"
  export GONGKAI_DB_URL="jdbc:h2:file:$dir/db/gongkai;AUTO_SERVER=TRUE;WRITE_DELAY=0"
  export GONGKAI_INDEX_DIR="$dir/index" GONGKAI_ID_HASH_KEY_FILE="$dir/id-hash.key" GONGKAI_DEMO_DIR="$dir/demo"
  unset GONGKAI_DEMO
  jfr=()
  [ -n "${ETA_CHECK_JFR:-}" ] && jfr=("-XX:StartFlightRecording=filename=$dir/load.jfr,settings=profile")
  before="$(load)"
  # every chunk of console output gets the seconds since the start; the bar rewrites its line with \r
  rm -f "$dir/console.fifo"
  mkfifo "$dir/console.fifo"
  python3 -u -c '
import sys, time, re, os
t0 = time.monotonic()
bar = re.compile(r"(\S+) \[[#.]*\] (\d+)/(\d+) +\d+% +\d+ rec/s ETA (\?|\d+)s?")
with open(sys.argv[1], "w") as tsv, open(sys.argv[2], "w") as log:
    buf = ""
    while True:
        chunk = os.read(0, 65536)
        if not chunk:
            break
        now = time.monotonic() - t0
        buf += chunk.decode("utf-8", "replace")
        parts = re.split(r"[\r\n]", buf)
        buf = parts.pop()
        for p in parts:
            m = bar.search(p)
            if m:
                tsv.write("%.2f\t%s\t%s\t%s\t%s\n" % (now, m.group(1), m.group(2), m.group(3), m.group(4)))
                tsv.flush()
            elif p.strip():
                log.write("%.2f %s\n" % (now, p))
                log.flush()
' "$dir/bar.tsv" "$dir/console.log" <"$dir/console.fifo" &
  reader=$!
  "$JAVA" "${jvm[@]}" "${jfr[@]}" -jar "$jar" >"$dir/console.fifo" 2>"$dir/stderr.log" &
  pid=$!
  started=$(date +%s.%N)
  during=""
  tick=0
  # wait for readiness to say the load is over
  while true; do
    sleep 1
    body="$(curl -s --max-time 2 "http://127.0.0.1:$PORT/q/health/ready" || true)"
    el=$(echo "$(date +%s.%N) - $started" | bc)
    tick=$((${tick:-0} + 1))
    if [ $((tick % 10)) = 0 ]; then during="$during $(cut -d' ' -f1 /proc/loadavg)"; fi
    if [ -n "$body" ] && ! grep -q '"loading": *true' <<<"$body" && grep -q '"status": *"UP"' <<<"$body"; then
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "eta-check: the portal stopped (see $dir)" >&2; exit 1; fi
    if [ "${el%.*}" -gt 900 ]; then echo "eta-check: no end after 900 s" >&2; exit 1; fi
  done
  ended=$(date +%s.%N)
  read -r utime stime < <(awk '{print $14, $15}' "/proc/$pid/stat")
  cpu=$(echo "scale=1; ($utime + $stime) / $ticks" | bc)
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  wait "$reader" 2>/dev/null || true
  pid=""
  after="$(load)"
  wall=$(echo "scale=1; ($ended - $started) / 1" | bc)
  echo "run $run: demo load ${wall} s wall (from process start, readiness polled each second), ${cpu} s CPU; load average before $before, every 10 s:$during, after $after"
  python3 - "$dir/bar.tsv" "$dir"/demo/demo-corpus-*.jsonl <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
kinds = [l[9:l.index('"', 9)] for l in open(sys.argv[2], encoding="utf-8")]
corpus = [r for r in rows if r[1].startswith("demo-corpus")]
if not corpus:
    print("  no progress bar of the demo corpus seen"); sys.exit()
total = int(corpus[0][3])
end = next((float(r[0]) for r in corpus if int(r[2]) >= total), float(corpus[-1][0]))
first = float(corpus[0][0])
print("  %s: %d records, bar from %.1f s to %.1f s (%.1f s)" % (corpus[0][1], total, first, end, end - first))
def at(n):
    return next(float(r[0]) for r in corpus if int(r[2]) >= n)
first_judgment = kinds.index("judgment")
block_end = next(i for i in range(first_judgment, len(kinds)) if kinds[i] != "judgment")
ev, enf = kinds.index("event"), kinds.index("dishonest")
print("  first block of judgments (lines 1-%d) written at %.1f s (from process start; the index applies an"
      " import's changes every few seconds)" % (block_end, at(block_end)))
print("  phases: %d judgments + %d cases %.1f s; %d events and hearings %.1f s (%.2f ms each); %d enforcement"
      " records %.1f s (%.1f ms each)" % (kinds[:ev].count("judgment"), kinds[:ev].count("case"), at(ev) - first,
      enf - ev, at(enf) - at(ev), 1000 * (at(enf) - at(ev)) / (enf - ev), len(kinds) - enf, end - at(enf),
      1000 * (end - at(enf)) / (len(kinds) - enf)))
print("  %5s %8s %8s %8s %8s %7s" % ("share", "elapsed", "done", "shown", "real", "ratio"))
for share in (10, 20, 30, 50, 70):
    r = next((r for r in corpus if int(r[2]) * 100 >= share * total), None)
    if r is None:
        continue
    t, done, eta = float(r[0]), int(r[2]), r[4]
    real = end - t
    ratio = "?" if eta == "?" or real <= 0 else "%.2f" % (int(eta) / real)
    print("  %4d%% %8.1f %8d %8s %8.1f %7s" % (share, t - first, done, eta, real, ratio))
PY
done
