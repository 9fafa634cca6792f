#!/usr/bin/env bash
# The local search cluster (issue 12): ZooKeeper + 3 SolrCloud 9.10 nodes, each its own JVM,
# on 127.0.0.1, data under cluster-data/. Called by ./gongkai cluster start|stop|status.
#   GONGKAI_CLUSTER_PORT   first node's port (default 8983; the others follow: 8984, 8985)
#   GONGKAI_CLUSTER_ZK_PORT ZooKeeper's port (default 9983)
#   GONGKAI_CLUSTER_NODES  number of nodes (default 3), GONGKAI_CLUSTER_HEAP per node (default 512m)
#   GONGKAI_CLUSTER_DATA   data directory (default cluster-data)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
base="${GONGKAI_CLUSTER_PORT:-8983}"
zkport="${GONGKAI_CLUSTER_ZK_PORT:-9983}"
nodes="${GONGKAI_CLUSTER_NODES:-3}"
heap="${GONGKAI_CLUSTER_HEAP:-512m}"
data="${GONGKAI_CLUSTER_DATA:-cluster-data}"
mkdir -p "$data"
data="$(cd "$data" && pwd)"
alias_name="${GONGKAI_SOLR_COLLECTION:-judgments}"
zkhost="127.0.0.1:$zkport"
shards=2
replicas=2

log() { echo "gongkai cluster: $*" >&2; }

build() {
  # the nodes' own classpath (Solr 9 = Lucene 9), never the portal's (Lucene 10)
  local cp="cluster/target/classpath.txt" classes="cluster/target/classes"
  if [ ! -f "$cp" ] || [ -n "$(find cluster/src cluster/pom.xml -newer "$cp" -type f -print -quit)" ]; then
    log "building the node classpath (first start or cluster/ changed)…"
    ./mvnw -B -q -ntp -f cluster/pom.xml package -DskipTests
    touch "$cp"
  fi
  classpath="$root/$classes:$(cat "$cp")"
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

jvm_for() { # <name> <heap> <main> args…: starts one JVM in the background, pid in $data/<name>.pid
  local name="$1" h="$2"; shift 2
  nohup java -Xms"$h" -Xmx"$h" -XX:+UseG1GC -Dfile.encoding=UTF-8 -Djava.net.preferIPv4Stack=true \
    -Dlog4j2.configurationFile="$root/cluster/log4j2.xml" -Dgongkai.cluster.log="$data/$name.log" \
    -Dsolr.log.dir="$data" -Dsolr.allowPaths="$data" -Dsolr.disableConfigSetsCreateAuthChecks=true \
    -cp "$classpath" "$@" >"$data/$name.out" 2>&1 </dev/null &
  echo $! >"$data/$name.pid"
}

start() {
  build
  if ! alive "$data/zk.pid"; then
    if port_open "$zkport"; then log "port $zkport is taken by another program"; exit 1; fi
    mkdir -p "$data/zk"
    cat >"$data/zk.cfg" <<CFG
dataDir=$data/zk
clientPort=$zkport
clientPortAddress=127.0.0.1
tickTime=2000
maxClientCnxns=200
admin.enableServer=false
4lw.commands.whitelist=ruok,mntr
CFG
    jvm_for zk 128m org.apache.zookeeper.server.ZooKeeperServerMain "$data/zk.cfg"
    for _ in $(seq 1 60); do port_open "$zkport" && break; sleep 0.5; done
    port_open "$zkport" || { log "ZooKeeper did not start, see $data/zk.out"; exit 1; }
    log "ZooKeeper at $zkhost (pid $(cat "$data/zk.pid"))"
  fi
  for i in $(seq 1 "$nodes"); do
    local port=$((base + i - 1)) name="node$i"
    if alive "$data/$name.pid"; then continue; fi
    if port_open "$port"; then log "port $port is taken by another program"; exit 1; fi
    mkdir -p "$data/$name"
    jvm_for "$name" "$heap" org.gongkai.cluster.SolrNode "$data/$name" "$port" "$zkhost"
    log "Solr node $i starting on 127.0.0.1:$port (pid $(cat "$data/$name.pid"))"
  done
  java -Xmx256m -cp "$classpath" -Dlog4j2.configurationFile="$root/cluster/log4j2.xml" \
    -Dgongkai.cluster.log="$data/admin.log" org.gongkai.cluster.ClusterAdmin setup "$zkhost" \
    "$root/cluster/src/main/resources/configset/conf" "$alias_name" "$nodes" "$shards" "$replicas" \
    || { log "the cluster did not become healthy; logs in $data/"; exit 1; }
  echo "GONGKAI_SEARCH=cluster GONGKAI_SOLR_URL=http://127.0.0.1:$base/solr (zk $zkhost, collection alias $alias_name, $nodes nodes, $shards shards x $replicas replicas)"
}

stop() {
  local any=0
  for f in "$data"/node*.pid "$data"/zk.pid; do
    [ -f "$f" ] || continue
    if alive "$f"; then
      any=1
      kill "$(cat "$f")" 2>/dev/null || true
    fi
  done
  # nodes first (they close their cores), then ZooKeeper; wait up to 30 s, then kill -9
  for _ in $(seq 1 60); do
    local left=0
    for f in "$data"/node*.pid "$data"/zk.pid; do alive "$f" && left=1; done
    [ "$left" = 0 ] && break
    sleep 0.5
  done
  for f in "$data"/node*.pid "$data"/zk.pid; do
    if alive "$f"; then kill -9 "$(cat "$f")" 2>/dev/null || true; fi
    rm -f "$f"
  done
  [ "$any" = 1 ] && log "stopped" || log "was not running"
}

status() {
  local up=0
  alive "$data/zk.pid" && log "ZooKeeper $zkhost: running (pid $(cat "$data/zk.pid"))" || log "ZooKeeper: stopped"
  for i in $(seq 1 "$nodes"); do
    if alive "$data/node$i.pid"; then up=$((up + 1)); log "node $i 127.0.0.1:$((base + i - 1)): running (pid $(cat "$data/node$i.pid"))"
    else log "node $i: stopped"; fi
  done
  alive "$data/zk.pid" || exit 1
  build
  java -Xmx256m -cp "$classpath" -Dlog4j2.configurationFile="$root/cluster/log4j2.xml" \
    -Dgongkai.cluster.log="$data/admin.log" org.gongkai.cluster.ClusterAdmin status "$zkhost" "$alias_name"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: ./gongkai cluster start|stop|status" >&2; exit 2 ;;
esac
