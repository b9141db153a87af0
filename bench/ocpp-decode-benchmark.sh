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
exec "$(dirname "$0")/jmh-run.sh" ocpp-core "Inbound OCPP frame benchmark" InboundFrameBenchmark "${OCPP_BENCH_CPU:-0}" "$@"
