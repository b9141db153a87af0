#!/usr/bin/env bash
# Excel export benchmark: 1,000,000 synthetic session rows x 12 columns written through the panel's streaming
# .xlsx writer (admin-api, com.wallbill.panel.export.ExcelSheetWriter) to a temp file in a -Xmx256m JVM, then
# streamed back with POI's XSSFReader to check the row count and the refund total. Prints rows/s, file size and
# heap (pool peaks while writing, and the largest heap before and after a GC from the GC log). About 20 s.
#
#   bench/excel-export-benchmark.sh [ROWS] [WRITER]
#
# ROWS defaults to 1000000. WRITER is xlsx (the default, the code under test) or, for comparison, POI SXSSF with
# a plain (sxssf) or gzipped (sxssf-gz) temp file. EXPORT_BENCH_HEAP overrides the heap limit (default 256m).
# Targets: >= 100,000 rows/s with the heap under 256 MiB.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-1000000}
WRITER=${2:-xlsx}
HEAP=${EXPORT_BENCH_HEAP:-256m}

./mvnw -B -q -pl admin-api -am install -DskipTests
./mvnw -B -q -pl admin-api test-compile
WORK=$(mktemp -d /tmp/wallbill-excel-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
./mvnw -B -q -pl admin-api dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp"
CP="admin-api/target/test-classes:admin-api/target/classes:$(cat "$WORK/cp")"

echo "== Excel export benchmark ($(nproc) cores, $(date -u +%FT%TZ))"
echo "cpu:  $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
echo "java: $(java -version 2>&1 | head -1), -Xmx$HEAP"
java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "$CP" com.wallbill.panel.export.ExcelExportBenchmark "$ROWS" "$WORK/sessions.xlsx" "$WRITER"

# The GC log covers the write and the read-back. G1 and Serial log pauses as "... 167M->15M(256M) 2.1ms": before and after the collection, and the heap's size
sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(\([0-9]*\)M).*/\1 \2 \3/p' "$WORK/gc.log" |
  awk '{ if ($1 > before) before = $1; if ($2 > after) after = $2; if ($3 > size) size = $3; n++ }
       END { printf "gc (whole run): %d collections; heap before GC at most %d MiB, after GC (live) at most %d MiB, " \
                    "committed at most %d MiB\n", n, before, after, size }'
