#!/usr/bin/env bash
# Crash test of the publishing pipeline (issue 10): nothing a court was told is stored may be lost.
#
#   bench/crash-test.sh [rounds=3] [h2|postgresql]
#
# Each round starts a real ./gongkai portal (own port, own data, demo off), lets two court clients
# publish judgments in a loop, kills the portal with kill -9 at a random moment, restarts it and
# checks, for every judgment that was answered 201:
#   - GET /api/judgments/{id}/text shows that judgment (its case number and its unique word);
#   - a search for its unique word finds exactly it;
# and for the whole run: no case number twice, search index count = database count (public
# judgments), no id handed out twice. Judgments whose request was cut by the kill may or may not
# exist (the court never got an answer); if they exist they must be whole and searchable too.
# Prints one line per round and a summary: acknowledged, lost (must be 0), seconds per round.
# Exit status 0 only when nothing was lost and every check passed.
#
# Environment: CRASH_PORT (default 8179), CRASH_DIR (default /tmp/gongkai-crash-$USER-<kind>,
# wiped at start), CRASH_PGDB (default gk_crash; PostgreSQL at 127.0.0.1:5432, user postgres,
# dropped and created at start), CRASH_KEEP=1 keeps the portal's log and data afterwards.
set -euo pipefail
rounds="${1:-3}"
kind="${2:-h2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
port="${CRASH_PORT:-8179}"
work="${CRASH_DIR:-/tmp/gongkai-crash-${USER:-$(id -un)}-$kind}"
pgdb="${CRASH_PGDB:-gk_crash}"
base="http://127.0.0.1:$port"
admin="crash-admin-$RANDOM$RANDOM"

for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "crash-test: needs $tool" >&2; exit 2; }
done
rm -rf "$work"
mkdir -p "$work"
env=(QUARKUS_HTTP_PORT="$port" GONGKAI_API_ANONYMOUS_PER_MINUTE=0 GONGKAI_DEMO=false GONGKAI_INDEX_DIR="$work/index" GONGKAI_ADMIN_TOKEN="$admin"
     GONGKAI_HEAP=512m GONGKAI_SESSION_SECRET="crash-session-secret-$RANDOM$RANDOM-0123456789abcdef")
case "$kind" in
  h2)
    # the portal's own file database, with the default settings otherwise (no durability options
    # here: the portal must make an H2 file database durable by itself, whatever the URL says)
    env+=(GONGKAI_DB_URL="jdbc:h2:file:$work/db/gongkai;AUTO_SERVER=TRUE") ;;
  postgresql)
    dropdb -h 127.0.0.1 -U postgres --if-exists "$pgdb"
    createdb -h 127.0.0.1 -U postgres "$pgdb"
    env+=(GONGKAI_DB_KIND=postgresql GONGKAI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$pgdb"
          GONGKAI_DB_USER=postgres GONGKAI_DB_PASSWORD=) ;;
  *) echo "crash-test: database kind is h2 or postgresql" >&2; exit 2 ;;
esac

portal_pid=""
workers=()
cleanup() {
  for w in "${workers[@]}"; do kill "$w" 2>/dev/null || true; done
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill -TERM "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  if [ "${CRASH_KEEP:-0}" != 1 ]; then
    rm -rf "$work/db" "$work/index"
    [ "$kind" = postgresql ] && dropdb -h 127.0.0.1 -U postgres --if-exists "$pgdb" 2>/dev/null
  fi
  return 0
}
trap cleanup EXIT

start_portal() {
  (cd "$root" && exec env "${env[@]}" ./gongkai >>"$work/portal.log" 2>&1) &
  portal_pid=$!
  for _ in $(seq 1 1200); do  # the first start may build the jar first
    if curl -fs -o /dev/null "$base/q/health/ready"; then return 0; fi
    if ! kill -0 "$portal_pid" 2>/dev/null; then
      echo "crash-test: the portal did not start; last lines of $work/portal.log:" >&2
      tail -n 20 "$work/portal.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "crash-test: the portal was not ready within 600 s" >&2
  exit 1
}

word() {  # 12 random lowercase letters: one token for the analyzers, nothing de-identification touches
  local letters=abcdefghijklmnopqrstuvwxyz out="" i
  for i in $(seq 1 12); do out+="${letters:$((RANDOM % 26)):1}"; done
  printf '%s' "$out"
}
# a number as letters (0 → a … 9 → j): the judgment's own number makes its word unique by construction,
# whatever $RANDOM does in the subshells (two court clients forked at once once drew the same 12 letters)
letters() { printf '%s' "$1" | tr '0-9' 'a-j'; }
rows() { cat "$@" 2>/dev/null || true; }  # the lines of these files, none when there are none

# one judgment from court client $1 in round $2 (number $4), with token $3; a line in acked-* only after a 201
publish_one() {
  local worker="$1" round="$2" token="$3" seq="$4"
  local n=$((10000 + round * 3000 + worker * 1000 + seq))
  local cn="（2025）京0105民初${n}号" w; w="crash$(letters "$n")$(word)"
  local text="北京市朝阳区人民法院
民事判决书
${cn}
原告：韩梅梅，女，1985年3月2日出生，汉族，住北京市朝阳区建国路88号。
被告：李雷，男，1990年7月9日出生，汉族，住北京市海淀区中关村大街27号。
原告韩梅梅与被告李雷民间借贷纠纷一案，本院于2025年3月5日立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。
韩梅梅向本院提出诉讼请求：判令被告偿还借款本金人民币${n}元。
本院经审理认定事实如下：2024年1月10日，原告向被告交付借款${n}元，借条编号${w}。
本院认为，合法的借贷关系受法律保护，被告应当还本付息。
依照《中华人民共和国民法典》第六百六十七条、第六百七十五条之规定，判决如下：
被告李雷于本判决生效之日起十日内偿还原告韩梅梅借款本金${n}元。
案件受理费100元，由被告李雷负担。
审判员　李明华
二〇二五年六月十八日
书记员　孙悦"
  local body
  body=$(jq -n --arg cn "$cn" --arg text "$text" '{caseNumber: $cn, court: "京0105", documentKind: "判决书",
    decisionDate: "2025-06-18", effectiveDate: "2025-07-05", cause: "民间借贷纠纷",
    parties: [{name: "韩梅梅", role: "原告", kind: "PERSON"}, {name: "李雷", role: "被告", kind: "PERSON"}],
    text: $text}')
  printf '%s\t%s\n' "$cn" "$w" >>"$work/sent-$round-$worker"
  local out code
  out=$(curl -s -m 30 -w '\n%{http_code}' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        --data-binary "$body" "$base/api/publish/judgments") || return 0
  code="${out##*$'\n'}"
  if [ "$code" = 201 ]; then
    local id; id=$(printf '%s' "${out%$'\n'*}" | jq -r .id)
    printf '%s\t%s\t%s\n' "$id" "$cn" "$w" >>"$work/acked-$round-$worker"
  elif [ "$code" != 000 ]; then
    printf '%s\t%s\t%s\n' "$code" "$cn" "${out%$'\n'*}" >>"$work/errors"
  fi
}

# one court client: publishes until killed
publisher() {
  local seq=0
  while true; do
    seq=$((seq + 1))
    publish_one "$1" "$2" "$3" "$seq"
  done
}

# checks one acknowledged judgment; prints nothing when it is whole
check_one() {
  local id="$1" cn="$2" w="$3" text hits
  text=$(curl -fs "$base/api/judgments/$id/text") || { echo "LOST id $id ($cn): not at its permalink"; return; }
  case "$text" in *"$w"*) ;; *) echo "WRONG id $id ($cn): its permalink shows another text"; return ;; esac
  case "$text" in *"$cn"*) ;; *) echo "WRONG id $id: case number $cn missing from its text"; return ;; esac
  hits=$(curl -fs -G --data-urlencode "q=$w" "$base/api/judgments") || { echo "SEARCH FAILED for $w"; return; }
  if [ "$(jq -r '.total' <<<"$hits")" != 1 ] || [ "$(jq -r '.hits[0].id' <<<"$hits")" != "$id" ]; then
    echo "UNSEARCHABLE id $id ($cn): search for $w gives $(jq -c '[.total, [.hits[].id]]' <<<"$hits")"
  fi
}

all_case_numbers() {  # every judgment of this run the search finds, as "id<TAB>caseNumber"
  local next="" page
  while :; do
    page=$(curl -fs -G --data-urlencode "q=借条编号" --data-urlencode "size=100" \
           ${next:+--data-urlencode "cursor=$next"} "$base/api/judgments")
    jq -r '.hits[] | "\(.id)\t\(.caseNumber)"' <<<"$page"
    next=$(jq -r '.next // empty' <<<"$page")
    [ -n "$next" ] || break
  done
}

start_portal
token=$(curl -fs -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d '{"court":"京0105"}' \
        "$base/api/admin/tokens" | jq -r .token)
total_acked=0 total_lost=0 failures=0
: >"$work/errors"
printf '%-5s %9s %6s %6s %9s %7s\n' round acked lost extra documents seconds
for round in $(seq 1 "$rounds"); do
  t0=$(date +%s%N)
  workers=()
  publish_one 0 "$round" "$token" 1  # warm-up after the restart, so the kill falls into steady publishing
  # the first id after a crash is new: higher than every id acknowledged before it
  first=$(rows "$work/acked-$round-0" | cut -f1 | head -1)
  before=$(rows "$work"/acked-* | { grep -v -F -x -f <(rows "$work/acked-$round-0") || true; } | cut -f1 | sort -n | tail -1)
  if [ -n "$first" ] && [ -n "$before" ] && [ "$first" -le "$before" ]; then
    echo "      REUSED id: $first handed out after the crash, but $before was acknowledged before it"
    failures=$((failures + 1))
  fi
  for worker in 1 2; do
    publisher "$worker" "$round" "$token" &
    workers+=($!)
  done
  # kill -9 at a random moment between 2 and 12 s into the publishing
  sleep "$((2 + RANDOM % 10)).$((RANDOM % 10))"
  kill -9 "$portal_pid"
  wait "$portal_pid" 2>/dev/null || true
  for w in "${workers[@]}"; do kill "$w" 2>/dev/null || true; wait "$w" 2>/dev/null || true; done
  workers=()
  start_portal

  acked=$(rows "$work"/acked-"$round"-* | grep -c . || true)
  problems=$(rows "$work"/acked-"$round"-* | while IFS=$'\t' read -r id cn w; do check_one "$id" "$cn" "$w"; done)
  lost=$(grep -c . <<<"$problems" || true)
  # judgments that were sent but never answered: if stored, they must be whole as well
  extra=0
  while IFS=$'\t' read -r cn w; do
    rows "$work"/acked-"$round"-* | grep -qF "$cn" && continue
    hits=$(curl -fs -G --data-urlencode "q=$w" "$base/api/judgments")
    found=$(jq -r '.total' <<<"$hits")
    if [ "$found" = 1 ]; then extra=$((extra + 1)); elif [ "$found" != 0 ]; then
      problems+=$'\n'"DUPLICATE unacknowledged $cn found $found times"
    fi
  done < <(rows "$work"/sent-"$round"-*)
  docs=$(all_case_numbers)
  dup=$(cut -f2 <<<"$docs" | sort | uniq -d)
  [ -z "$dup" ] || problems+=$'\n'"DUPLICATE case numbers: $dup"
  ndocs=$(grep -c . <<<"$docs" || true)
  # search index = database (public judgments), as the portal's index status reports them
  status=$(curl -fs -H "Authorization: Bearer $admin" "$base/api/admin/index") \
    || { problems+=$'\n'"no index status"; status='{}'; }
  if [ "$(jq -r '.indexDocuments' <<<"$status")" != "$(jq -r '.databasePublic' <<<"$status")" ]; then
    problems+=$'\n'"INDEX != DATABASE: $(jq -c . <<<"$status")"
  fi
  secs=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
  printf '%-5s %9s %6s %6s %9s %7.1f\n' "$round" "$acked" "$lost" "$extra" "$ndocs" "$secs"
  if [ -n "$(tr -d '\n' <<<"$problems")" ]; then
    failures=$((failures + 1))
    sed 's/^/      /' <<<"$problems" | grep -v '^ *$'
  fi
  total_acked=$((total_acked + acked))
  total_lost=$((total_lost + lost))
  echo "$secs" >>"$work/seconds"
done

# at the end, every judgment acknowledged in any round is still whole
final=$(rows "$work"/acked-* | while IFS=$'\t' read -r id cn w; do check_one "$id" "$cn" "$w"; done)
final_lost=$(grep -c . <<<"$final" || true)
[ "$final_lost" = 0 ] || { failures=$((failures + 1)); sed 's/^/final: /' <<<"$final"; }
errors=$(grep -c . "$work/errors" || true)
avg=$(awk '{s+=$1} END {if (NR) printf "%.1f", s/NR}' "$work/seconds")
echo "crash-test $kind: $rounds rounds, acknowledged $total_acked, lost $total_lost (final check: $final_lost)," \
     "non-201 answers $errors, $avg s per round"
[ "$errors" = 0 ] || head -n 5 "$work/errors"
[ "$failures" = 0 ] && [ "$total_lost" = 0 ] && [ "$final_lost" = 0 ]
