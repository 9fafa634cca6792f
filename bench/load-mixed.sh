#!/usr/bin/env bash
# Mixed load: 64 connections of public reads (search API, search page, judgment pages, hearings,
# enforcement list) with wrk, while a court publishes judgments one after the other through the
# publishing API. Reports reads/s, p50/p99 of reads and of publishes, and every 5xx (must be 0).
#
#   bench/load-mixed.sh                   packaged portal (target/quarkus-app), 60 s, 64 connections
#   DURATION=30 CONNECTIONS=64 bench/load-mixed.sh
#   JAR=/path/to/quarkus-run.jar bench/load-mixed.sh      another build (e.g. before a change)
#   URL=http://127.0.0.1:8080 ADMIN_TOKEN=… bench/load-mixed.sh   a portal that is already running
#
# Without URL the script starts the portal itself on PORT (default 8170) with its own data in
# DATA (default /tmp/gongkai-load: H2 database, index, demo corpus). The first run loads the demo
# corpus (about 3,000 judgments and their cases, hearings and enforcement records; 1–5 minutes)
# and later runs reuse it. Needs wrk (Debian: apt-get install wrk), curl, python3.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
DURATION="${DURATION:-60}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
PORT="${PORT:-8170}"
DATA="${DATA:-/tmp/gongkai-load}"
JAR="${JAR:-$here/target/quarkus-app/quarkus-run.jar}"
PUBLISH_PAUSE="${PUBLISH_PAUSE:-0.5}"
URL="${URL:-}"
ADMIN_TOKEN="${ADMIN_TOKEN:-load-mixed-admin}"

command -v wrk >/dev/null || { echo "load-mixed: wrk is missing (Debian: apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "load-mixed: python3 is missing" >&2; exit 1; }
work="$(mktemp -d)"
portal=""
cleanup() {
  if [ -n "$portal" ]; then kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$URL" ]; then
  source "$here/.mvn/find-jdk.sh"
  gongkai_find_jdk || exit 1
  if [ ! -f "$JAR" ]; then
    (cd "$here" && ./mvnw -B -q -ntp package -DskipTests)
  fi
  JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
  demo=false
  [ -d "$DATA/db" ] || demo=true
  mkdir -p "$DATA"
  URL="http://127.0.0.1:$PORT"
  # cwd = DATA: the demo corpus file (data/demo) stays beside the database
  (cd "$DATA" && GONGKAI_API_ANONYMOUS_PER_MINUTE=0 GONGKAI_DEMO=$demo GONGKAI_ADMIN_TOKEN="$ADMIN_TOKEN" QUARKUS_HTTP_PORT="$PORT" \
    GONGKAI_DB_URL="jdbc:h2:file:$DATA/db/gongkai" GONGKAI_INDEX_DIR="$DATA/index" \
    exec "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseG1GC \
    -Xmx1g -Dfile.encoding=UTF-8 -jar "$JAR" > "$DATA/portal.log" 2>&1) &
  portal=$!
  for _ in $(seq 1 180); do
    curl -sf "$URL/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$portal" 2>/dev/null || { echo "load-mixed: the portal did not start, see $DATA/portal.log:" >&2; tail -5 "$DATA/portal.log" >&2; exit 1; }
    sleep 1
  done
  if [ "$demo" = true ]; then
    echo "== loading the demo corpus into $DATA (first run only)…"
    for _ in $(seq 1 900); do
      grep -q "(demo-loader) enforcement expiry\|loading the demo corpus failed" "$DATA/portal.log" && break
      sleep 2
    done
  fi
fi

# ---- the read mix: ids and terms taken from the running portal ----
python3 - "$URL" > "$work/paths.txt" <<'EOF'
import json, sys, urllib.parse, urllib.request
base = sys.argv[1]
terms = ["借款", "合同", "盗窃", "利息", "买卖合同纠纷", "劳动争议", "交通事故", "判决如下", "民间借贷 利息",
         "court:北京市朝阳区人民法院", "date:[2020-01-01 TO 2023-12-31]", "诈骗罪", "租赁", "离婚"]
ids = []
for t in terms[:6]:
    with urllib.request.urlopen(base + "/api/judgments?size=50&q=" + urllib.parse.quote(t)) as r:
        ids += [h["id"] for h in json.load(r)["hits"]]
ids = sorted(set(ids))[:200]
if not ids:
    sys.exit("load-mixed: the portal has no judgments to read")
paths = []
for t in terms:
    q = urllib.parse.quote(t)
    paths += ["/api/judgments?q=" + q, "/search?q=" + q]
for i in ids:
    paths += ["/judgments/%d" % i, "/api/judgments/%d" % i]
paths += ["/hearings", "/enforcement/dishonest", "/api/enforcement/dishonest", "/"] * 5
print("\n".join(paths))
EOF

cat > "$work/mixed.lua" <<'EOF'
local paths = {}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() + #threads)
  ok, c4xx, c5xx = 0, 0, 0
end
function request() return wrk.format("GET", paths[math.random(#paths)]) end
function response(status, headers, body)
  if status >= 500 then c5xx = c5xx + 1 elseif status >= 400 then c4xx = c4xx + 1 else ok = ok + 1 end
end
function done(summary, latency, requests)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do a = a + t:get("ok"); b = b + t:get("c4xx"); c = c + t:get("c5xx") end
  local e = summary.errors
  io.write(string.format("READS requests=%d ok=%d 4xx=%d 5xx=%d socket_errors=%d per_s=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests, a, b, c, e.connect + e.read + e.write + e.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
EOF

# ---- the court: one publication after the other for the whole run ----
cat > "$work/publish.py" <<'EOF'
import http.client, json, random, sys, time, urllib.parse
base, admin, duration, pause = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
u = urllib.parse.urlparse(base)
def call(method, path, body, token):
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
    c.request(method, path, json.dumps(body, ensure_ascii=False).encode(), {"Content-Type": "application/json",
              "Authorization": "Bearer " + token})
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, data
status, data = call("POST", "/api/admin/tokens", {"court": "京0105", "label": "load-mixed"}, admin)
if status != 201:
    sys.exit("load-mixed: cannot issue a court token (%d %s); is ADMIN_TOKEN right?" % (status, data[:200]))
token = json.loads(data)["token"]
run = random.randint(100000, 899999)
times, codes = [], {}
deadline = time.time() + duration
i = 0
while time.time() < deadline:
    i += 1
    cn = "（2026）京0105民初%d%03d号" % (run, i)
    word = "负载标记%d号%d" % (run, i)
    text = ("北京市朝阳区人民法院\n民事判决书\n" + cn + "\n原告：张三丰，男，1985年3月2日出生，汉族，住北京市朝阳区建国路88号3单元501室，"
            "公民身份号码110105198503021233，联系电话13912345678。\n被告：李四海，女，1990年7月9日出生，汉族。\n"
            "原告张三丰与被告李四海民间借贷纠纷一案，本院于2026年1月5日立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。\n"
            "原告张三丰向本院提出诉讼请求：判令被告偿还借款本金人民币50000元及利息。借条上写有" + word + "字样。\n"
            "本院认为，合法的借贷关系受法律保护。依照《中华人民共和国民法典》第六百六十七条、第六百七十五条之规定，判决如下：\n"
            "被告李四海于本判决生效之日起十日内偿还原告张三丰借款本金50000元及利息。\n审判员　李明华\n二〇二六年一月十五日\n书记员　孙悦\n")
    body = {"caseNumber": cn, "court": "京0105", "documentKind": "判决书", "decisionDate": "2026-01-15",
            "effectiveDate": "2026-02-01", "cause": "民间借贷纠纷", "text": text,
            "parties": [{"name": "张三丰", "role": "原告", "kind": "PERSON", "idNumber": "110105198503021233"},
                        {"name": "李四海", "role": "被告", "kind": "PERSON"}]}
    t0 = time.perf_counter()
    try:
        status, _ = call("POST", "/api/publish/judgments", body, token)
    except Exception as e:
        status = "error:" + type(e).__name__
    times.append(time.perf_counter() - t0)
    codes[status] = codes.get(status, 0) + 1
    time.sleep(pause)
times.sort()
def pct(p):
    return times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)] * 1000 if times else float("nan")
fivexx = sum(n for s, n in codes.items() if not isinstance(s, int) or s >= 500)
print("PUBLISHES n=%d statuses=%s 5xx_or_error=%d p50_ms=%.0f p99_ms=%.0f max_ms=%.0f"
      % (len(times), json.dumps({str(k): v for k, v in codes.items()}), fivexx, pct(50), pct(99), times[-1] * 1000 if times else 0))
EOF

echo "== mixed load on $URL: $CONNECTIONS read connections for ${DURATION}s + one court publishing every ${PUBLISH_PAUSE}s (load average before: $(cut -d' ' -f1 /proc/loadavg))"
python3 "$work/publish.py" "$URL" "$ADMIN_TOKEN" "$DURATION" "$PUBLISH_PAUSE" > "$work/publish.out" &
pub=$!
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 60s -s "$work/mixed.lua" "$URL" -- "$work/paths.txt" > "$work/wrk.out"
wait "$pub"
grep "^READS" "$work/wrk.out"
cat "$work/publish.out"
echo "== load average after: $(cut -d' ' -f1 /proc/loadavg)"
if grep -q "5xx=[1-9]\|5xx_or_error=[1-9]" "$work/wrk.out" "$work/publish.out"; then
  echo "load-mixed: server errors under load" >&2
  exit 1
fi
