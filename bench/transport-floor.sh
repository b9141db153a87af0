#!/usr/bin/env bash
# The transport floor: the OCPP benchmark's load phase against bench/TransportFloor.java (Vert.x WebSocket, a
# Jackson parse, a canned answer, no database) instead of Wallbill. Prints the floor server's CPU per message.
#
#   bench/transport-floor.sh [--chargers N] [--duration 40s] [--loops 1]
set -euo pipefail
cd "$(dirname "$0")/.."
CHARGERS=10000; DURATION=40s; LOOPS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --chargers) CHARGERS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --loops) LOOPS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
LIB=central-system/target/quarkus-app/lib/main
SIM_JAR=simulator/target/simulator-0.1.0-SNAPSHOT-all.jar
[ -d "$LIB" ] && [ -f "$SIM_JAR" ] || ./mvnw -B -q install -DskipTests
WORK=$(mktemp -d /tmp/wallbill-floor.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "1024 65000" > /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || true

java -Xms2g -Xmx2g -XX:+UseG1GC -cp "$LIB/*" bench/TransportFloor.java "$PORT" "$LOOPS" > "$WORK/floor.log" 2>&1 &
FLOOR_PID=$!
trap 'kill $FLOOR_PID 2>/dev/null; wait $FLOOR_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do grep -q listening "$WORK/floor.log" && break; sleep 0.2; done
grep -q listening "$WORK/floor.log" || { echo "floor server did not start, see $WORK/floor.log"; exit 1; }

java -Xmx4g -jar "$SIM_JAR" --url "ws://127.0.0.1:$PORT/ocpp" --load --count "$CHARGERS" --id-prefix LOAD- \
  --heartbeat-interval 10s --meter-interval 5s --warmup 2000 --warmup-time 45s --duration "$DURATION" \
  --max-pending-handshakes 500 --allow-errors > "$WORK/load.out" 2>&1 &
SIM_PID=$!
ticks() { awk '{print $14, $15}' /proc/$FLOOR_PID/stat; }
for _ in $(seq 1 600); do grep -q "warm-up:" "$WORK/load.out" 2>/dev/null && break; sleep 0.2; done
T0=$(ticks)
for _ in $(seq 1 3000); do
  grep -q "^measured:" "$WORK/load.out" 2>/dev/null && break
  kill -0 "$SIM_PID" 2>/dev/null || break
  sleep 0.2
done
T1=$(ticks)
wait $SIM_PID || true
python3 - "$T0" "$T1" "$WORK/load.out" "$(getconf CLK_TCK)" "$CHARGERS" "$LOOPS" <<'PY'
import json, sys
u0, s0 = map(int, sys.argv[1].split()); u1, s1 = map(int, sys.argv[2].split())
d = json.loads(open(sys.argv[3]).read().split('SUMMARY-JSON ', 1)[1])
n = d['achievedPerSecond'] * d['measuredSeconds']; us = 1e6 / int(sys.argv[4]) / n
lat = d['latencyMicros']
print(f"transport floor ({sys.argv[5]} chargers, {sys.argv[6]} event loop(s)): {d['achievedPerSecond']} msg/s, "
      f"p50 {lat['p50'] / 1000:.1f} ms, p99 {lat['p99'] / 1000:.1f} ms, errors {d['callErrors'] + d['otherErrors']}")
print(f"floor server CPU {((u1 - u0) + (s1 - s0)) * us:.1f} us per message "
      f"(user {(u1 - u0) * us:.1f}, system {(s1 - s0) * us:.1f})")
PY
echo "raw outputs: $WORK"
