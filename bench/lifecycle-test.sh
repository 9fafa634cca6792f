#!/usr/bin/env bash
# Lifecycle test of a real ./gongkai portal on the embedded H2 default (issues 9 and 10):
#   1. the portal listens on its HTTP port only; the H2 auto-server on 127.0.0.1, not on all interfaces
#   2. a second portal on the same index refuses to start: one line, exit status 3
#   3. the command-line tools work beside the running portal (token, import, redeidentify, expire,
#      check-index), and the portal applies their index changes; reindex refuses politely
#   4. with the portal stopped, reindex works on a damaged index; check-index repairs an empty
#      commit point; the portal then finds every document again
#   5. SIGTERM during the demo import stops quietly (no stack trace) and the next start resumes it
# usage: bench/lifecycle-test.sh        (CI runs it; about 3-5 minutes)
# env: LIFE_PORT (default 8183), LIFE_DIR (default /tmp/gongkai-life-$USER, wiped at start)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${LIFE_PORT:-8183}"
work="${LIFE_DIR:-/tmp/gongkai-life-${USER:-$(id -un)}}"
base="http://127.0.0.1:$port"
admin="life-admin-$RANDOM$RANDOM"
for tool in curl jq ss; do
  command -v "$tool" >/dev/null || { echo "lifecycle-test: needs $tool" >&2; exit 2; }
done
rm -rf "$work"
mkdir -p "$work"
export GONGKAI_DB_URL="jdbc:h2:file:$work/db/gongkai;AUTO_SERVER=TRUE;WRITE_DELAY=0"
export GONGKAI_INDEX_DIR="$work/index" GONGKAI_API_ANONYMOUS_PER_MINUTE=0 GONGKAI_ADMIN_TOKEN="$admin" GONGKAI_HEAP=512m GONGKAI_DEMO=false
export GONGKAI_DEMO_DIR="$work/demo"
failures=0
pass() { echo "  ok   $*"; }
fail() { echo "  FAIL $*"; failures=$((failures + 1)); }

portal_pid=""
stop_portal() {
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill -TERM "$portal_pid"
    wait "$portal_pid" 2>/dev/null || true
  fi
  portal_pid=""
}
trap stop_portal EXIT
start_portal() {  # $1: log file
  (cd "$root" && QUARKUS_HTTP_PORT="$port" exec ./gongkai >"$1" 2>&1) &
  portal_pid=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "$base/q/health/ready" && return 0
    kill -0 "$portal_pid" 2>/dev/null || { echo "portal died:"; tail -n 20 "$1"; exit 1; }
    sleep 0.5
  done
  echo "portal not ready"; exit 1
}
cli() { (cd "$root" && ./gongkai "$@"); }
found() {  # $1 word: number of documents a search finds
  curl -fs -G --data-urlencode "q=\"$1\"" "$base/api/judgments" | jq -r .total
}
judgment_line() {  # $1 case number, $2 marker
  jq -cn --arg cn "$1" --arg m "$2" '{kind: "judgment", data: {caseNumber: $cn, court: "京0105", documentKind: "判决书",
    decisionDate: "2025-06-18", effectiveDate: "2025-07-05", cause: "民间借贷纠纷",
    parties: [{name: "韩梅梅", role: "原告", kind: "PERSON"}, {name: "李雷", role: "被告", kind: "PERSON"}],
    text: ("北京市朝阳区人民法院\n民事判决书\n" + $cn + "\n原告：韩梅梅，女，汉族。\n被告：李雷，男，汉族。\n原告韩梅梅与被告李雷民间借贷纠纷一案，本院依法审理，本案现已审理终结。\n本院经审理认定事实如下：被告向原告借款，约定以" + $m + "作为信物。\n本院认为，被告应当还款。\n依照《中华人民共和国民法典》第六百六十七条之规定，判决如下：\n被告李雷偿还原告韩梅梅借款。\n审判员　李明华\n二〇二五年六月十八日\n书记员　孙悦")}}'
}

echo "== 1. listening sockets"
start_portal "$work/portal-1.log"
java_pid=$(pgrep -P "$portal_pid" java || echo "$portal_pid")
sockets=$(ss -ltnpH | grep "pid=$java_pid," | awk '{print $4}')
echo "$sockets" | sed 's/^/       /'
open=$(grep -v -E "(^|:)$port\$" <<<"$sockets" | grep -v -E '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]|\[::1\]):' || true)
[ -z "$open" ] && pass "only the HTTP port listens beyond the loopback interface" || fail "also listening on: $open"
h2=$(sed -n 's/^server=//p' "$work/db/gongkai.lock.db" | tr -d '\\')
grep -qE "(localhost|127\.0\.0\.1):[0-9]+$" <<<"$h2" && pass "H2 auto-server at $h2" || fail "H2 auto-server at '$h2'"

echo "== 2. a second portal on the same index"
set +e
(cd "$root" && QUARKUS_HTTP_PORT=$((port + 1)) ./gongkai >"$work/second.log" 2>&1)
status=$?
set -e
[ "$status" = 3 ] && pass "refused with exit status 3" || fail "exit status $status"
grep -q "拒绝启动" "$work/second.log" && pass "reason: $(grep -h "拒绝启动" "$work/second.log" | cut -c1-120)…" \
  || fail "no reason line"
! grep -qE $'^\tat |Exception' "$work/second.log" && pass "no stack trace" || fail "stack trace in $work/second.log"
curl -fs -o /dev/null "$base/q/health/ready" && pass "the first portal is still ready" || fail "first portal not ready"

echo "== 3. command-line tools beside the running portal"
token=$(cli token create 京0105 2>/dev/null | grep -o 'gk_[0-9a-f]*' || true)
[ -n "$token" ] && pass "token create" || fail "token create"
{ judgment_line "（2025）京0105民初77101号" "青花瓷瓶"; judgment_line "（2025）京0105民初77102号" "白玉镇纸"; } >"$work/batch.jsonl"
cli import "$work/batch.jsonl" >"$work/import.out" 2>&1 && pass "import: $(grep -o 'imported [0-9]*' "$work/import.out" | head -1)" \
  || fail "import: $(tail -n 3 "$work/import.out")"
for _ in $(seq 1 40); do [ "$(found 白玉镇纸)" = 1 ] && break; sleep 0.5; done
[ "$(found 青花瓷瓶)" = 1 ] && [ "$(found 白玉镇纸)" = 1 ] && pass "the portal applied the imported documents to its index" \
  || fail "imported documents not searchable"
cli redeidentify >"$work/redeid.out" 2>&1 && pass "redeidentify: $(tail -n 1 "$work/redeid.out")" || fail "redeidentify"
cli expire >"$work/expire.out" 2>&1 && pass "expire: $(tail -n 1 "$work/expire.out")" || fail "expire"
cli check-index >"$work/check.out" 2>&1 && pass "check-index: $(tail -n 1 "$work/check.out")" || fail "check-index: $(tail -n 2 "$work/check.out")"
if cli reindex >"$work/reindex.out" 2>&1; then fail "reindex beside a portal should refuse"; else
  pass "reindex refuses: $(tail -n 1 "$work/reindex.out")"; fi
status=$(curl -fs -H "Authorization: Bearer $admin" "$base/api/admin/index")
[ "$(jq .indexDocuments <<<"$status")" = "$(jq .databasePublic <<<"$status")" ] && pass "index = database: $(jq -c '[.indexDocuments, .databasePublic]' <<<"$status")" \
  || fail "index != database: $status"
stop_portal

echo "== 4. damaged index, portal stopped"
biggest=$(ls -S "$work/index" | grep '^_' | grep -v '\.si$' | head -1)
truncate -s "$(($(stat -c %s "$work/index/$biggest") / 2))" "$work/index/$biggest"
cli reindex >"$work/reindex2.out" 2>&1 && pass "reindex on a truncated $biggest: $(tail -n 1 "$work/reindex2.out")" \
  || fail "reindex on a damaged index: $(tail -n 3 "$work/reindex2.out")"
ls -d "$work"/index/damaged-* >/dev/null 2>&1 && pass "damaged files kept in $(ls -d "$work"/index/damaged-* | head -1 | xargs basename)" \
  || fail "damaged files not kept"
segments=$(ls "$work/index" | grep '^segments_' | sort -V | tail -1)
: >"$work/index/$segments"
set +e; cli check-index >"$work/check2.out" 2>&1; status=$?; set -e
[ "$status" = 1 ] && grep -q DAMAGED "$work/check2.out" && pass "check-index on an empty $segments: $(tail -n 1 "$work/check2.out" | cut -c1-150)…" \
  || fail "check-index on an empty $segments: status $status, $(tail -n 2 "$work/check2.out")"
cli check-index >/dev/null 2>&1 && pass "check-index afterwards: clean" || fail "still damaged"
start_portal "$work/portal-2.log"
[ "$(found 青花瓷瓶)" = 1 ] && [ "$(found 白玉镇纸)" = 1 ] && pass "the portal finds every document again" || fail "documents missing after repair"
stop_portal

echo "== 5. SIGTERM during the demo import"
rm -rf "$work/db" "$work/index"
export GONGKAI_DEMO=true
start_portal "$work/demo-1.log"
for _ in $(seq 1 600); do grep -q "rec/s" "$work/demo-1.log" && break; sleep 0.5; done
sleep 3
kill -TERM "$portal_pid"
set +e; wait "$portal_pid"; status=$?; set -e
portal_pid=""
grep -qE $'^\tat |ERROR' "$work/demo-1.log" && fail "stack trace or ERROR on SIGTERM (exit $status)" \
  || pass "quiet stop, exit status $status: $(grep -o 'demo corpus load stopped[^;]*' "$work/demo-1.log")"
start_portal "$work/demo-2.log"
for _ in $(seq 1 600); do grep -q "rec/s\|resuming" "$work/demo-2.log" && break; sleep 0.5; done
grep -qa "resuming demo-corpus" "$work/demo-2.log" && pass "$(grep -ao 'resuming demo-corpus[^ ]* at line [0-9]* of [0-9]*' "$work/demo-2.log")" \
  || fail "the next start did not resume"
stop_portal

echo "lifecycle-test: $failures failure(s)"
[ "$failures" = 0 ]
