#!/usr/bin/env bash
# Inbound OCPP frame benchmark: server CPU per CALL in ocpp-core (JMH, 1 thread, 1 fork, 3x1 s warm-up,
# 5x1 s measurement, ns/op; about 2 minutes). For six frames (1.6 MeterValues with two sampled values, 2.0.1
# TransactionEvent Updated with meter values, Heartbeat and StatusNotification of both versions):
#   read    decode the text, find the action, validate and bind the request
#   answer  read plus dispatch to a handler that answers at once, write, validate and encode the response
# See ocpp-core/.../bench/InboundFrameBenchmark.
#
#   bench/ocpp-decode-benchmark.sh [BENCHMARK_REGEX] [JMH options...]
#
# BENCHMARK_REGEX defaults to InboundFrameBenchmark (both methods, all frames); e.g.
# `InboundFrameBenchmark.read -p frame=V16_METER_VALUES`. Other arguments go to JMH, e.g. `-prof gc`
# (allocation per op) or `-prof stack` (where the time goes).
# The run is pinned to CPU 0 with taskset when it is available; set OCPP_BENCH_CPU to choose another CPU.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl ocpp-core test-compile
CP_FILE=$(mktemp /tmp/wallbill-ocpp-cp.XXXXXX)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -pl ocpp-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="ocpp-core/target/test-classes:ocpp-core/target/classes:$(cat "$CP_FILE")"

PIN=()
if command -v taskset > /dev/null; then
  PIN=(taskset -c "${OCPP_BENCH_CPU:-0}")
fi
PATTERN=InboundFrameBenchmark
if [ $# -gt 0 ] && [[ $1 != -* ]]; then
  PATTERN=$1
  shift
fi

echo "== Inbound OCPP frame benchmark ($(nproc) cores, pinned: ${PIN[*]:-no}, $(date -u +%FT%TZ))"
echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
${PIN[@]+"${PIN[@]}"} java -cp "$CP" org.openjdk.jmh.Main "$PATTERN" "$@"
