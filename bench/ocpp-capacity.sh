#!/usr/bin/env bash
# The highest OCPP message rate this machine sustains with p99 under a bound: runs the load-only benchmark
# (bench/ocpp-benchmark.sh, a fresh app each step) at each offered rate given, prints one line per step and the
# highest rate whose p99 stayed under the bound without errors.
#
#   bench/ocpp-capacity.sh [--p99 50] [--duration 40s] STEP...
#
# STEP is CHARGERS or CHARGERS:HEARTBEAT:METER (default 10s:5s, Heartbeat every 10 s and MeterValues every 5 s).
# The number of chargers is bounded by the open-file limit of one process (`ulimit -Hn`: each charger is a socket
# in the server and one in the simulator); beyond it, shorter intervals raise the rate on the same mix of messages.
# Example: bench/ocpp-capacity.sh 10000 14000 18000 10000:4s:2s
set -euo pipefail
cd "$(dirname "$0")/.."

BOUND_MS=50; DURATION=40s; STEPS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --p99) BOUND_MS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) STEPS+=("$1"); shift ;;
  esac
done
[ ${#STEPS[@]} -gt 0 ] || { echo "give at least one step, e.g. 10000 18000 10000:4s:2s" >&2; exit 2; }

RESULTS=$(mktemp /tmp/wallbill-capacity.XXXXXX)
for step in "${STEPS[@]}"; do
  IFS=: read -r chargers heartbeat meter <<< "$step"
  out=$(bench/ocpp-benchmark.sh --chargers "$chargers" --heartbeat "${heartbeat:-10s}" --meter "${meter:-5s}" \
    --duration "$DURATION" --storm 0 --idle 0)
  echo "$out" | sed -n '/^load:/,/GC while measured/p' >&2
  python3 - "$step" "$out" >> "$RESULTS" <<'PY'
import re, sys
step, out = sys.argv[1], sys.argv[2]
def num(pattern):
    m = re.search(pattern, out)
    if not m:
        sys.exit(f"step {step}: no '{pattern}' in the benchmark's output:\n{out}")
    return float(m[1])
print(step, num(r'sustained ([0-9.]+) msg/s'), num(r'p99 ([0-9.]+) ms'), num(r'p99\.9 ([0-9.]+) ms'),
      num(r'errors ([0-9]+)'), num(r'server CPU ([0-9.]+) us'), num(r'PostgreSQL ([0-9.]+) us'),
      num(r'simulator ([0-9.]+) us'))
PY
  rm -rf "$(echo "$out" | sed -n 's/^raw outputs: //p')"
done

python3 - "$BOUND_MS" "$RESULTS" <<'PY'
import sys
bound = float(sys.argv[1])
rows = [line.split() for line in open(sys.argv[2])]
print(f"== Wallbill OCPP capacity (p99 bound {bound:g} ms)")
print(f"{'step':<18} {'msg/s':>8} {'p99 ms':>8} {'p99.9 ms':>9} {'errors':>7} {'server us/msg':>14} {'PostgreSQL us/msg':>18} {'simulator us/msg':>17}")
best = None
for step, rate, p99, p999, errors, cpu, pg, sim in rows:
    ok = float(p99) < bound and float(errors) == 0
    if ok and (best is None or float(rate) > float(best[1])):
        best = (step, rate)
    print(f"{step:<18} {float(rate):>8.0f} {float(p99):>8.1f} {float(p999):>9.1f} {float(errors):>7.0f} "
          f"{float(cpu):>14.1f} {float(pg):>18.1f} {float(sim):>17.1f}{'' if ok else '   over the bound'}")
print(f"sustained with p99 < {bound:g} ms: " + (f"{float(best[1]):.0f} msg/s (step {best[0]})" if best
      else "no step"))
PY
rm -f "$RESULTS"
