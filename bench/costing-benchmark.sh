#!/usr/bin/env bash
# Costing benchmark: sessions priced per second by SessionCoster on one core (JMH, 1 thread, 1 fork,
# 3x2 s warm-up, 5x2 s measurement; about 40 s). Benchmarks: hourly (6 slots per day type) and flat, both with
# 12 readings per session in Europe/Madrid at 80% refund. See billing/.../costing/bench/SessionCosterBenchmark.
#
#   bench/costing-benchmark.sh [BENCHMARK_REGEX] [JMH options...]
#
# BENCHMARK_REGEX defaults to SessionCosterBenchmark (both methods); e.g. `SessionCosterBenchmark.hourly`.
# Other arguments go to JMH, e.g. `-prof gc` (allocation per op) or `-prof stack` (where the time goes).
# The run is pinned to CPU 0 with taskset when it is available; set COSTING_BENCH_CPU to choose another CPU.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl billing -am test-compile
CP_FILE=$(mktemp /tmp/wallbill-costing-cp.XXXXXX)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -pl billing dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="billing/target/test-classes:billing/target/classes:$(cat "$CP_FILE")"

PIN=()
if command -v taskset > /dev/null; then
  PIN=(taskset -c "${COSTING_BENCH_CPU:-0}")
fi
PATTERN=SessionCosterBenchmark
if [ $# -gt 0 ] && [[ $1 != -* ]]; then
  PATTERN=$1
  shift
fi

echo "== SessionCoster benchmark ($(nproc) cores, pinned: ${PIN[*]:-no}, $(date -u +%FT%TZ))"
echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
${PIN[@]+"${PIN[@]}"} java -cp "$CP" org.openjdk.jmh.Main "$PATTERN" "$@"
