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
exec "$(dirname "$0")/jmh-run.sh" billing "SessionCoster benchmark" SessionCosterBenchmark "${COSTING_BENCH_CPU:-0}" "$@"
