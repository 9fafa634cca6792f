#!/usr/bin/env bash
# Faults under load (issue 12): PostgreSQL + the 3-node search cluster + two portal nodes
# (GONGKAI_SEARCH=cluster, GONGKAI_SOLR_URL listing all three Solr nodes) behind nginx, mixed load
# through the proxy, then `kill -9` of the FIRST listed Solr node and of one portal node mid-load;
# both come back and catch up.
#
#   bench/fault-test.sh [short|full]      short (CI): 45 s of load; full: 180 s
#
# Checks (exit status 0 only when every one passed):
#   1. no acknowledged publish lost: every judgment answered 201 through the proxy is in the
#      database, at its permalink and found by its unique word through the proxy, exactly once;
#   2. no duplicate: no case number stored twice (a publish in flight on the killed node may
#      have committed without its 201 reaching the client; it is counted, not a duplicate);
#   3. no 5xx beyond the requests in flight on the killed web node: at most one per load client
#      (each client has one request in flight), every one of them from that node (nginx log);
#   4. search keeps answering with the lost Solr node's replicas: every search after the Solr
#      kill answered 200 (nginx retries a GET on the other portal when one dies), and every
#      publication after it answered 201 (but those in flight on the killed portal): the portals'
#      client goes on to the other listed nodes;
#   5. the killed nodes rejoin and catch up: the Solr node is live with every replica active,
#      the portal is ready, and the cluster holds exactly the database's public judgments.
#
# Uses: PostgreSQL database FAULT_PGDB (default gk_fault, dropped and created), ports
# FAULT_PROXY (18080), FAULT_PORT_A/B (18381/18382), the local cluster's GONGKAI_CLUSTER_PORT
# (8983; its nodes 8983-8985) and GONGKAI_CLUSTER_ZK_PORT (9983) (`./gongkai cluster start`,
# stopped at the end), FAULT_DIR (/tmp/gongkai-fault-$USER, wiped).
# nginx from Debian (/usr/sbin/nginx) with its own config and prefix under FAULT_DIR.
set -euo pipefail
mode="${1:-short}"
case "$mode" in short) load_s=45 ;; full) load_s=180 ;; *) echo "usage: bench/fault-test.sh [short|full]" >&2; exit 2 ;; esac
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${FAULT_DIR:-/tmp/gongkai-fault-${USER:-$(id -un)}}"
pgdb="${FAULT_PGDB:-gk_fault}"
proxy_port="${FAULT_PROXY:-18080}" pa="${FAULT_PORT_A:-18381}" pb="${FAULT_PORT_B:-18382}"
P="http://127.0.0.1:$proxy_port"
admin="fault-admin-$RANDOM$RANDOM"
clients=4
for tool in curl jq psql nginx; do command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "fault-test: needs $tool" >&2; exit 2; }; done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

rm -rf "$work"; mkdir -p "$work/nginx/logs" "$work/load"
touch "$work/load/statuses" "$work/load/acked" "$work/load/unacked"
export GONGKAI_CLUSTER_DATA="$work/cluster-data" GONGKAI_SOLR_COLLECTION=judgments
export GONGKAI_CLUSTER_PORT="${GONGKAI_CLUSTER_PORT:-8983}" GONGKAI_CLUSTER_ZK_PORT="${GONGKAI_CLUSTER_ZK_PORT:-9983}"
s1=$GONGKAI_CLUSTER_PORT s2=$((GONGKAI_CLUSTER_PORT + 1)) s3=$((GONGKAI_CLUSTER_PORT + 2))
solr_urls="http://127.0.0.1:$s1/solr,http://127.0.0.1:$s2/solr,http://127.0.0.1:$s3/solr"
t_start=$SECONDS
fail=0
ok() { echo "ok:   $*"; }
bad() { echo "FAIL: $*"; fail=1; }
ms() { date +%s%3N; }

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -f "$work/nginx/nginx.pid" ] && kill -TERM "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  (cd "$root" && ./gongkai cluster stop >/dev/null 2>&1) || true
  if [ "${FAULT_KEEP:-0}" != 1 ]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$pgdb" 2>/dev/null || true; fi
  return 0
}
trap cleanup EXIT

dropdb -h 127.0.0.1 -U postgres --if-exists "$pgdb"
createdb -h 127.0.0.1 -U postgres "$pgdb"

echo "== search cluster (3 Solr nodes, 2 shards x 2 replicas)"
(cd "$root" && ./gongkai cluster start) | tail -n 1

common=(GONGKAI_DB_KIND=postgresql GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb" GONGKAI_DB_USER=postgres
        GONGKAI_DB_PASSWORD= GONGKAI_DEMO=false GONGKAI_ADMIN_TOKEN="$admin" GONGKAI_HEAP=512m
        GONGKAI_SEARCH=cluster GONGKAI_SOLR_URL="$solr_urls" GONGKAI_API_ANONYMOUS_PER_MINUTE=0
        GONGKAI_SESSION_SECRET="fault-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
        GONGKAI_ID_HASH_KEY="fault-id-hash-key-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')")
node_pid_a="" node_pid_b=""
start_node() {  # name port -> pid
  local name="$1" port="$2"
  (cd "$root" && exec env "${common[@]}" QUARKUS_HTTP_PORT="$port" GONGKAI_INDEX_DIR="$work/index-$name" \
     ./gongkai >>"$work/node-$name.log" 2>&1) &
  echo $!
}
ready() {  # port
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    sleep 0.5
  done
  return 1
}
echo "== two portal nodes (build for PostgreSQL first if needed)"
node_pid_a=$(start_node a "$pa"); pids+=("$node_pid_a")
ready "$pa" || { bad "node A did not become ready: $(tail -n 5 "$work/node-a.log")"; exit 1; }
node_pid_b=$(start_node b "$pb"); pids+=("$node_pid_b")
ready "$pb" || { bad "node B did not become ready: $(tail -n 5 "$work/node-b.log")"; exit 1; }

cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log $work/nginx/logs/access.log combined;
  log_format fault '\$msec \$status \$request_method \$upstream_addr \$upstream_status "\$request_uri"';
  access_log $work/nginx/logs/fault.log fault;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  upstream portal { server 127.0.0.1:$pa max_fails=1 fail_timeout=5s; server 127.0.0.1:$pb max_fails=1 fail_timeout=5s; }
  server {
    listen 127.0.0.1:$proxy_port;
    client_max_body_size 16m;
    location / {
      proxy_pass http://portal;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      # a GET is retried on the other node when one dies; a POST is not (it may have been applied)
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf"
for _ in $(seq 1 40); do curl -fs -o /dev/null "$P/q/health/ready" && break; sleep 0.25; done
ok "nginx on $P in front of A ($pa) and B ($pb)"

token=$(curl -fs -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d '{"court":"京0105"}' \
        "$P/api/admin/tokens" | jq -r .token)

word() { local l=abcdefghijklmnopqrstuvwxyz o="" i; for i in $(seq 1 12); do o+="${l:$((RANDOM % 26)):1}"; done; printf '%s' "$o"; }
body() {  # n word case-number
  local text="北京市朝阳区人民法院
民事判决书
$3
原告：韩梅梅，女，1985年3月2日出生，汉族，住北京市朝阳区建国路88号。
被告：李雷，男，1990年7月9日出生，汉族，住北京市海淀区中关村大街27号。
原告韩梅梅与被告李雷民间借贷纠纷一案，本院依法适用简易程序，公开开庭进行了审理。本案现已审理终结。
本院经审理认定事实如下：2024年1月10日，原告向被告交付借款$1元，借条编号$2。
本院认为，合法的借贷关系受法律保护，被告应当还本付息。
依照《中华人民共和国民法典》第六百六十七条之规定，判决如下：
被告李雷于本判决生效之日起十日内偿还原告韩梅梅借款本金$1元。
审判员　李明华
二〇二五年六月十八日
书记员　孙悦"
  jq -n --arg cn "$3" --arg text "$text" '{caseNumber: $cn, court: "京0105", documentKind: "判决书",
    decisionDate: "2025-06-18", effectiveDate: "2025-07-05", cause: "民间借贷纠纷",
    parties: [{name: "韩梅梅", role: "原告", kind: "PERSON"}, {name: "李雷", role: "被告", kind: "PERSON"}], text: $text}'
}

# load: one publishing client and three readers, one request in flight each, all through nginx
stop_file="$work/load/stop"
publisher() {
  local n=0 w cn code id
  while [ ! -f "$stop_file" ]; do
    n=$((n + 1)); w="flt$(printf '%s' "$n" | tr '0-9' 'a-j')$(word)"; cn="（2025）京0105民初$((40000 + n))号"
    code=$(body "$n" "$w" "$cn" | curl -s -o "$work/load/pub.json" -w '%{http_code}' -m 60 \
           -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- "$P/api/publish/judgments" || echo 000)
    echo "$(ms) $code POST publish" >>"$work/load/statuses"
    if [ "$code" = 201 ]; then id=$(jq -r .id "$work/load/pub.json"); echo "$id $w $cn" >>"$work/load/acked"
    else echo "$n $w $cn $code" >>"$work/load/unacked"; fi
  done
}
reader() {  # kind
  local code paths=("/api/judgments?q=%E5%80%9F%E6%AC%BE" "/search?q=%E6%B0%91%E9%97%B4%E5%80%9F%E8%B4%B7" "/" "/hearings"
                    "/api/judgments?q=%E5%88%A9%E6%81%AF&sort=date")
  local i=0
  while [ ! -f "$stop_file" ]; do
    local p="${paths[$((i % ${#paths[@]}))]}"; i=$((i + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 60 "$P$p" || echo 000)
    case "$p" in *judgments?q=*|/search*) kind=search ;; *) kind=page ;; esac
    echo "$(ms) $code GET $kind $p" >>"$work/load/statuses"
  done
}
echo "== mixed load for ${load_s} s through nginx ($clients clients); kill -9 of Solr node 1 (the first listed) and portal B mid-load"
publisher & lp=($!)
for _ in $(seq 2 "$clients"); do reader & lp+=($!); done
sleep $((load_s / 3))
solr1=$(cat "$work/cluster-data/node1.pid")
t_kill=$(ms)
kill -9 "$solr1"; echo "   killed Solr node 1 on $s1, the first in GONGKAI_SOLR_URL (pid $solr1)"
sleep 2
t_kill_web=$(ms)
kill -9 "$node_pid_b"; echo "   killed portal B (pid $node_pid_b)"
sleep $((load_s / 3))
echo "   restarting Solr node 1 and portal B"
(cd "$root" && ./gongkai cluster start) | tail -n 1
node_pid_b=$(start_node b "$pb"); pids+=("$node_pid_b")
ready "$pb" || bad "portal B did not come back: $(tail -n 5 "$work/node-b.log")"
sleep $((load_s / 3))
touch "$stop_file"
for p in "${lp[@]}"; do wait "$p" 2>/dev/null || true; done
total=$(wc -l <"$work/load/statuses")
acked=$(grep -c . "$work/load/acked" || true)
echo "   $total requests, $acked publications acknowledged"

# 1 + 2: acknowledged publishes, duplicates
lost=0
while read -r id w cn; do
  curl -fs -o /dev/null "$P/api/judgments/$id" || { lost=$((lost + 1)); echo "   LOST $id ($cn): not at its permalink"; continue; }
  hits=$(curl -fs -G --data-urlencode "q=$w" "$P/api/judgments" | jq -r .total)
  [ "$hits" = 1 ] || { lost=$((lost + 1)); echo "   $id ($cn, word $w): found $hits times"; }
done <"$work/load/acked"
stored=$(psql -h 127.0.0.1 -U postgres -d "$pgdb" -tAc "select count(*) from judgment")
dups=$(psql -h 127.0.0.1 -U postgres -d "$pgdb" -tAc "select count(*) from (select case_number from judgment group by case_number having count(*) > 1) d")
unacked=$(grep -c . "$work/load/unacked" || true)
if [ "$lost" = 0 ] && [ "$acked" -gt 0 ]; then ok "no acknowledged publish lost: $acked acknowledged, each at its permalink and found once by its word"
else bad "$lost of $acked acknowledged publications missing or not found exactly once"; fi
if [ "$dups" = 0 ] && [ "$stored" -ge "$acked" ] && [ "$stored" -le $((acked + unacked)) ]; then
  ok "no duplicate: $stored stored = $acked acknowledged + $((stored - acked)) applied whose answer was lost with the killed node"
else bad "stored $stored, acknowledged $acked, unacknowledged $unacked, duplicate case numbers $dups"; fi

# 3: 5xx only for requests in flight on the killed node
fives=$(awk '$2 ~ /^5/ || $2 == "000"' "$work/load/statuses" | wc -l)
from_b=$(awk -v b="127.0.0.1:$pb" '$2 ~ /^5/ && index($4, b) == 1' "$work/nginx/logs/fault.log" | wc -l)
if [ "$fives" -le "$clients" ] && [ "$fives" = "$from_b" ]; then
  ok "5xx: $fives (at most one per client: the requests in flight on the killed portal, all from $pb)"
else
  bad "5xx: $fives answers (nginx: $from_b from the killed portal), allowed at most $clients from it"
  awk '$2 ~ /^5/ || $2 == "000"' "$work/load/statuses" | head -n 10 | sed 's/^/      /'
fi

# 4: search kept answering after the Solr kill
after=$(awk -v t="$t_kill" '$1 >= t && $4 == "search"' "$work/load/statuses" | wc -l)
bad_after=$(awk -v t="$t_kill" '$1 >= t && $4 == "search" && $2 != 200' "$work/load/statuses" | wc -l)
if [ "$after" -gt 0 ] && [ "$bad_after" -le "$fives" ] && [ "$(awk -v t="$t_kill" '$1 >= t && $4 == "search" && $2 != 200 && $2 !~ /^5/ && $2 != "000"' "$work/load/statuses" | wc -l)" = 0 ]; then
  ok "search kept answering with the lost Solr node's replicas: $((after - bad_after)) of $after searches after the kill answered 200"
else bad "searches after the Solr kill: $bad_after of $after not 200"; fi
posts=$(awk -v t="$t_kill" '$1 >= t && $3 == "POST"' "$work/load/statuses" | wc -l)
posts_bad=$(awk -v t="$t_kill" '$1 >= t && $3 == "POST" && $2 != 201 && $2 !~ /^5/ && $2 != "000"' "$work/load/statuses" | wc -l)
posts_5xx=$(awk -v t="$t_kill" '$1 >= t && $3 == "POST" && ($2 ~ /^5/ || $2 == "000")' "$work/load/statuses" | wc -l)
if [ "$posts" -gt 0 ] && [ "$posts_bad" = 0 ] && [ "$posts_5xx" -le 1 ]; then
  ok "publishing kept answering without Solr node 1: $((posts - posts_5xx)) of $posts publications after the kill answered 201 ($posts_5xx in flight on the killed portal)"
else bad "publications after the Solr kill: $posts, $posts_bad refused, $posts_5xx 5xx"; fi

# 5: rejoin and catch up
state=$(curl -fs "http://127.0.0.1:$s2/solr/admin/collections?action=CLUSTERSTATUS&wt=json")
live=$(jq '.cluster.live_nodes | length' <<<"$state")
inactive=$(jq '[.cluster.collections[].shards[].replicas[] | select(.state != "active")] | length' <<<"$state")
for _ in $(seq 1 60); do
  [ "$live" = 3 ] && [ "$inactive" = 0 ] && break
  sleep 2
  state=$(curl -fs "http://127.0.0.1:$s2/solr/admin/collections?action=CLUSTERSTATUS&wt=json")
  live=$(jq '.cluster.live_nodes | length' <<<"$state"); inactive=$(jq '[.cluster.collections[].shards[].replicas[] | select(.state != "active")] | length' <<<"$state")
done
if [ "$live" = 3 ] && [ "$inactive" = 0 ]; then ok "Solr node 1 rejoined: 3 live nodes, every replica active"; else bad "cluster after restart: $live live nodes, $inactive replicas not active"; fi
for base in "http://127.0.0.1:$pa" "http://127.0.0.1:$pb"; do
  st=$(curl -fs -H "Authorization: Bearer $admin" "$base/api/admin/index")
  if [ "$(jq -r .indexDocuments <<<"$st")" = "$(jq -r .databasePublic <<<"$st")" ] && [ "$(jq -r .outboxPending <<<"$st")" = 0 ]; then
    ok "through $base: cluster = database ($(jq -c '{indexDocuments, databasePublic, outboxPending}' <<<"$st"))"
  else bad "through $base: $(jq -c . <<<"$st")"; fi
done
psql -h 127.0.0.1 -U postgres -d "$pgdb" -tAc "select node_id, cursor_id, high_id from index_node" | sed 's/^/      cursor: /'

echo "fault-test ($mode): $((SECONDS - t_start)) s in all"
if [ "$fail" = 0 ]; then echo "fault-test: all checks passed"; else echo "fault-test: FAILED"; fi
exit "$fail"
