#!/usr/bin/env bash
# Runs a JMH benchmark from a module's test sources, pinned to one CPU with taskset when available. Shared by the
# JMH benchmark scripts:
#
#   bench/jmh-run.sh MODULE TITLE DEFAULT_PATTERN CPU [BENCHMARK_REGEX] [JMH options...]
set -euo pipefail
cd "$(dirname "$0")/.."
MODULE=$1; TITLE=$2; PATTERN=$3; CPU=$4
shift 4

./mvnw -B -q -pl "$MODULE" -am test-compile
CP_FILE=$(mktemp /tmp/wallbill-jmh-cp.XXXXXX)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -pl "$MODULE" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
CP="$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CP_FILE")"

PIN=()
if command -v taskset > /dev/null; then
  PIN=(taskset -c "$CPU")
fi
if [ $# -gt 0 ] && [[ $1 != -* ]]; then
  PATTERN=$1
  shift
fi

echo "== $TITLE ($(nproc) cores, pinned: ${PIN[*]:-no}, $(date -u +%FT%TZ))"
echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
${PIN[@]+"${PIN[@]}"} java -cp "$CP" org.openjdk.jmh.Main "$PATTERN" "$@"
