#!/usr/bin/env bash
# OCPP server benchmark: starts Wallbill on its embedded default (fresh data directory) and drives it with the
# simulator's load and storm modes from this machine. Prints one result table; raw outputs stay in $WORK.
#
#   bench/ocpp-benchmark.sh [--chargers N] [--heartbeat 10s] [--meter 5s] [--duration 60s]
#                           [--storm N] [--idle N] [--history N] [--heap 2g]
#
# --history N seeds N completed sessions of history (psql needed) before measuring, to show that the cost per
# message stays flat as history grows. Load is open-loop: latency counts from each message's scheduled time.
# --storm 0 and --idle 0 skip those phases (load only); APP_JVM="-XX:+UseParallelGC" runs the server on another
# collector.
set -euo pipefail
cd "$(dirname "$0")/.."

# JVM options of the load simulator's collector. Its pauses show as latency of the messages due meanwhile: with
# G1, the simulator's young pauses (40-70 ms every ~10 s, its Tyrus/Grizzly connections keep ~500 MB live at
# 18,000 chargers) were the largest stalls of a load run. Shenandoah pauses below 1 ms; it costs the simulator
# more CPU at 3,167 msg/s (113 against 87 us per message) and less at 5,700 (64 against 74), measured 2026-12-06.
# SIM_GC= (empty) for the JVM's default collector.
SIM_GC=${SIM_GC--XX:+UseShenandoahGC}
# JVM options of the storm simulator. A storm is over in seconds, so the simulator's C2 compiler would spend them
# competing with the server for the two cores (4 s of CPU in a 6-7 s storm, measured); C1 alone is enough to
# drive it. Set SIM_STORM_JVM= (empty) for the JVM's default tiers.
SIM_STORM_JVM=${SIM_STORM_JVM--XX:TieredStopAtLevel=1}
# JVM options of the server (its collector, for comparisons; the heap comes from --heap).
APP_JVM=${APP_JVM:--XX:+UseG1GC}
CHARGERS=3000; HEARTBEAT=10s; METER=5s; DURATION=60s; STORM=10000; IDLE=10000; HISTORY=0; HEAP=2g
while [ $# -gt 0 ]; do
  case "$1" in
    --chargers) CHARGERS=$2; shift 2 ;;
    --heartbeat) HEARTBEAT=$2; shift 2 ;;
    --meter) METER=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --storm) STORM=$2; shift 2 ;;
    --idle) IDLE=$2; shift 2 ;;
    --history) HISTORY=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

APP_JAR=central-system/target/quarkus-app/quarkus-run.jar
SIM_JAR=simulator/target/simulator-0.1.0-SNAPSHOT-all.jar
if [ ! -f "$APP_JAR" ] || [ ! -f "$SIM_JAR" ]; then
  ./mvnw -B -q install -DskipTests
fi

WORK=$(mktemp -d /tmp/wallbill-bench.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port); PGPORT=$(free_port)
# Many short-lived client sockets on loopback: widen the ephemeral range if we may (root on a test box).
echo "1024 65000" > /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true

WALLBILL_EMBEDDED_DATA_DIR=$WORK/pgdata WALLBILL_EMBEDDED_PORT=$PGPORT QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_LOG_CATEGORY__COM_WALLBILL__LEVEL=WARN \
  java -Xms$HEAP -Xmx$HEAP $APP_JVM -Xlog:gc:file="$WORK/app-gc.log":time -jar "$APP_JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null || { echo "app did not start, see $WORK/app.log"; exit 1; }

if [ "$HISTORY" -gt 0 ]; then
  echo "seeding $HISTORY sessions of history..."
  PGPASSWORD=postgres psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v sessions="$HISTORY" \
    -f bench/seed-history.sql
fi

TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null; }
# This run's PostgreSQL: the postmaster of $WORK/pgdata (with its ended backends) and its live backends
pg_ticks() {
  local pm; pm=$(pgrep -f -- "$WORK/pgdata" | head -1)
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for p in $(pgrep -P "$pm"); do awk '{print $14 + $15}' "/proc/$p/stat"; done; } 2>/dev/null | awk '{t+=$1} END {print t+0}'
}
heap_kib() {
  jcmd "$APP_PID" GC.run > /dev/null; sleep 1; jcmd "$APP_PID" GC.run > /dev/null; sleep 1
  jcmd "$APP_PID" GC.heap_info | awk '/garbage-first heap/ { for (i=1;i<=NF;i++) if ($i=="used") { gsub("K,?","",$(i+1)); print $(i+1) } }'
}
storm_sim() { java -Xmx4g $SIM_STORM_JVM -jar "$SIM_JAR" --url "ws://127.0.0.1:$PORT/ocpp" --quiet "$@"; }
json_field() { python3 -c "import json,sys; d=json.loads(sys.stdin.read().split('SUMMARY-JSON ',1)[1]); print(eval('d'+sys.argv[1]))" "$1"; }

# 1. Heap per idle connection: heap after GC with N idle booted chargers, minus without, over N (--idle 0 skips it).
IDLE_READY=0; PER_CONN=-
if [ "$IDLE" -gt 0 ]; then
  HEAP0=$(heap_kib)
  java -Xmx4g -jar "$SIM_JAR" --url "ws://127.0.0.1:$PORT/ocpp" --storm --count "$IDLE" --id-prefix IDLE- \
    --max-pending-handshakes 500 --duration 120s --hold 40s --allow-errors > "$WORK/idle.out" 2>&1 &
  SIM_PID=$!
  for _ in $(seq 1 240); do grep -q "holding" "$WORK/idle.out" 2>/dev/null && break; sleep 0.5; done
  sleep 5
  HEAP1=$(heap_kib)
  wait $SIM_PID || true
  IDLE_READY=$(json_field "['ready']" < "$WORK/idle.out")
  PER_CONN=$(python3 -c "print(round(($HEAP1-$HEAP0)*1024/$IDLE_READY))")
fi

# 2. Reconnect storm: N chargers, 500 handshakes in flight, until every StatusNotification is accepted (--storm 0
# skips it).
STORM_MS=-; STORM_ERR=-; RESTORM_MS=-; RESTORM_ERR=-
if [ "$STORM" -gt 0 ]; then
  storm_sim --storm --count "$STORM" --id-prefix STORM- --max-pending-handshakes 500 --duration 120s --allow-errors \
    --warmup 2000 > "$WORK/storm.out" 2>&1
  STORM_MS=$(json_field "['stormMillis']" < "$WORK/storm.out")
  STORM_ERR=$(json_field "['callErrors']+d['otherErrors']" < "$WORK/storm.out")
  # the second storm is the reconnect: same ids, already registered and accepted before
  storm_sim --storm --count "$STORM" --id-prefix STORM- --max-pending-handshakes 500 --duration 120s --allow-errors \
    --warmup 2000 > "$WORK/restorm.out" 2>&1
  RESTORM_MS=$(json_field "['stormMillis']" < "$WORK/restorm.out")
  RESTORM_ERR=$(json_field "['callErrors']+d['otherErrors']" < "$WORK/restorm.out")
fi

# 3. Sustained load (open loop) after a warm-up; server CPU time per answered message over the measured phase.
java -Xmx4g $SIM_GC -Xlog:gc:file="$WORK/sim-gc.log":time -jar "$SIM_JAR" --url "ws://127.0.0.1:$PORT/ocpp" --load --count "$CHARGERS" --id-prefix LOAD- \
  --heartbeat-interval "$HEARTBEAT" --meter-interval "$METER" --warmup 2000 --warmup-time 45s \
  --duration "$DURATION" --max-pending-handshakes 500 --allow-errors > "$WORK/load.out" 2>&1 &
SIM_PID=$!
for _ in $(seq 1 600); do grep -q "warm-up:" "$WORK/load.out" 2>/dev/null && break; sleep 0.2; done
CPU0=$(cpu_ticks); PG0=$(pg_ticks); SIMCPU0=$(proc_ticks $SIM_PID); MEASURE_FROM=$(date +%s.%N)
SIMCPU1=$SIMCPU0
# The measured phase ends when the simulator says so, before it stops its chargers' transactions and closes
# their sockets: that wind-down is not part of the measured traffic.
for _ in $(seq 1 3000); do
  grep -q "^measured:" "$WORK/load.out" 2>/dev/null && break
  kill -0 "$SIM_PID" 2>/dev/null || break
  SIMCPU1=$(proc_ticks $SIM_PID || echo "$SIMCPU1")
  sleep 0.2
done
CPU1=$(cpu_ticks); PG1=$(pg_ticks); SIMCPU1=$(proc_ticks $SIM_PID || echo "$SIMCPU1"); MEASURE_TO=$(date +%s.%N)
wait $SIM_PID || true
RATE=$(json_field "['achievedPerSecond']" < "$WORK/load.out")
SECONDS_MEASURED=$(json_field "['measuredSeconds']" < "$WORK/load.out")
P50=$(json_field "['latencyMicros']['p50']" < "$WORK/load.out")
P99=$(json_field "['latencyMicros']['p99']" < "$WORK/load.out")
P999=$(json_field "['latencyMicros']['p999']" < "$WORK/load.out")
LOAD_ERR=$(json_field "['callErrors']+d['otherErrors']" < "$WORK/load.out")
per_msg() { python3 -c "print(round(($2-$1)/$TICKS*1e6/max(1,$RATE*$SECONDS_MEASURED),1))"; }
CPU_US=$(per_msg "$CPU0" "$CPU1"); PG_US=$(per_msg "$PG0" "$PG1"); SIM_US=$(per_msg "$SIMCPU0" "$SIMCPU1")
# Stop-the-world pauses during the measured phase: a pause of the simulator delays the messages it should send
# then, and open-loop latency counts that delay, so its pauses are shown beside the server's.
gc_pauses() {
  python3 - "$1" "$MEASURE_FROM" "$MEASURE_TO" <<'PY'
import re, sys, datetime
log, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
pauses = []
for line in open(log):
    m = re.match(r'\[(\S+)\].*Pause.* ([0-9.]+)ms$', line.strip())
    if m and start <= datetime.datetime.strptime(m[1], '%Y-%m-%dT%H:%M:%S.%f%z').timestamp() <= end:
        pauses.append(float(m[2]))
print(f"{len(pauses)} pauses, longest {max(pauses, default=0):.0f} ms, total {sum(pauses):.0f} ms")
PY
}
APP_GC=$(gc_pauses "$WORK/app-gc.log"); SIM_GC_PAUSES=$(gc_pauses "$WORK/sim-gc.log")

cat <<RESULT
== Wallbill OCPP benchmark ($(nproc) cores, $(date -u +%FT%TZ), history: $HISTORY sessions)
load:    $CHARGERS chargers, heartbeat $HEARTBEAT, MeterValues $METER, $DURATION measured
         sustained $RATE msg/s, round trip p50 $((P50/1000)).$(( (P50%1000)/100 )) ms, p99 $((P99/1000)).$(( (P99%1000)/100 )) ms, p99.9 $((P999/1000)).$(( (P999%1000)/100 )) ms, errors $LOAD_ERR
         server CPU $CPU_US us per message (JVM process, PostgreSQL excluded); PostgreSQL $PG_US us, simulator $SIM_US us
         GC while measured: server $APP_GC; simulator $SIM_GC_PAUSES
idle:    $IDLE_READY idle connections: $PER_CONN bytes of live heap each
storm:   $STORM chargers first connect $STORM_MS ms (errors $STORM_ERR); reconnect $RESTORM_MS ms (errors $RESTORM_ERR); simulator JVM: ${SIM_STORM_JVM:-default}
raw outputs: $WORK
RESULT
