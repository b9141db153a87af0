#!/usr/bin/env bash
# Panel sessions benchmark: starts Wallbill on its embedded default (fresh data directory, -Xmx256m, GC log,
# scheduler every hour so it does not race the measurement), seeds one company with a year of costed sessions
# (bench/seed-panel-sessions.sql), closes its past months through the operator API (so sessions show their lines'
# statuses), logs an admin of that company in by writing a session token (panel_token keeps its SHA-256), then:
#   1. latency of GET /api/panel/sessions?limit=50 with filters (employee, date range, device, sort, keyset cursor,
#      offset), closed loop from bench/PanelLoad.java; target p99 < 50 ms;
#   2. GET /api/panel/sessions.xlsx of every session (12 columns), timed with curl; target >= 100,000 rows/s with
#      the app's heap under 256 MiB; the file re-read with POI (bench/XlsxCheck.java): row count and refund total
#      against SQL. Exits non-zero when a check fails.
#
#   bench/panel-sessions-benchmark.sh [--sessions 1000000] [--employees 200] [--requests 300] [--clients 1]
#                                     [--heap 256m] [--keep]
#
# The app jar is built (package, never install) when missing; rebuild it after changing code. --keep leaves the
# database directory in place (start it with the embedded binaries' pg_ctl, as a non-root user, to EXPLAIN).
# SQL goes through psql when installed, else bench/SqlRunner.java over the JDBC driver the app bundles.
set -euo pipefail
cd "$(dirname "$0")/.."

SESSIONS=1000000; EMPLOYEES=200; REQUESTS=300; CLIENTS=1; HEAP=256m; KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sessions) SESSIONS=$2; shift 2 ;;
    --employees) EMPLOYEES=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for n in "$SESSIONS" "$EMPLOYEES" "$REQUESTS" "$CLIENTS"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "counts must be positive integers" >&2; exit 2; }
done

APP_JAR=central-system/target/quarkus-app/quarkus-run.jar
[ -f "$APP_JAR" ] || ./mvnw -B -q -pl central-system -am package -DskipTests
LIB="central-system/target/quarkus-app/lib/main/*"

WORK=$(mktemp -d /tmp/wallbill-panel-sessions.XXXXXX)
OPERATOR_TOKEN=bench-$RANDOM$RANDOM
PANEL_TOKEN=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
source bench/app-on-fresh-database.sh

SAMPLER_PID=
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  stop_app
  rm -f "$WORK/sessions.xlsx"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. The app, on a fresh embedded database, with the heap the export must fit in.
start_app -Xmx$HEAP -XX:+UseG1GC -Xlog:gc:file="$WORK/gc.log"
# The scheduler's first tick comes 5 s after start: let it pass on the empty database.
sleep "$(python3 -c "print(max(0, 12 - ($(now) - $LAUNCHED)))")"

# 2. Seed, then close the past months as the billing clock would.
echo "seeding $SESSIONS costed sessions of one company ($EMPLOYEES employees, 12 months) with $SQL_CLIENT..."
T0=$(now)
sql -1 -v sessions="$SESSIONS" -v employees="$EMPLOYEES" -f bench/seed-panel-sessions.sql > "$WORK/seed.out"
T1=$(now)
sql -c "VACUUM (ANALYZE)" > /dev/null
T2=$(now)
HTTP=$(curl -sS --max-time 3600 -o "$WORK/run.json" -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $OPERATOR_TOKEN" "$URL/api/operator/billing/run")
T3=$(now)
[ "$HTTP" = 200 ] || { echo "billing run answered $HTTP: $(cat "$WORK/run.json")"; exit 1; }
sql -c "VACUUM (ANALYZE)" > /dev/null
sql -c "CHECKPOINT" > /dev/null
CLOSED=$(sql -c "SELECT count(*) FROM statement WHERE company_id = 1 AND status = 'CLOSED'")
DB_SIZE=$(sql -c "SELECT pg_size_pretty(pg_database_size('postgres'))")
INDEX_SIZE=$(sql -c "SELECT pg_size_pretty(sum(pg_relation_size(indexrelid))) FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'costed_session_panel_%'")

# 3. An admin of the company, logged in: a session token row, as login writes it.
sql -c "WITH u AS (INSERT INTO panel_user (email, password_hash, role, company_id, email_verified_at)
          VALUES ('bench-admin@bench.example', 'no-login', 'COMPANY_ADMIN', 1, now()) RETURNING id)
        INSERT INTO panel_token (token_hash, user_id, purpose, expires_at)
        SELECT sha256(convert_to('$PANEL_TOKEN', 'UTF8')), id, 'SESSION', now() + interval '1 day' FROM u" > /dev/null
curl -sf -H "Authorization: Bearer $PANEL_TOKEN" "$URL/api/panel/sessions?limit=1" > /dev/null \
  || { echo "the panel token does not work"; exit 1; }

# 4. Latency of the list.
echo "sessions list: warm-up, then $REQUESTS requests per kind, $CLIENTS client(s)..."
java bench/PanelLoad.java --url "$URL" --token "$PANEL_TOKEN" --employees "$EMPLOYEES" --requests "$REQUESTS" \
  --clients "$CLIENTS" > "$WORK/load.txt" 2> "$WORK/load.err" && LOAD_OK=1 || LOAD_OK=0
P99=$(awk '/^ALL but offset/ {print $(NF-1)}' "$WORK/load.txt")

# 5. The export of every session, with the heap sampled from the GC log and RSS from /proc.
GC_MARK=$(wc -l < "$WORK/gc.log")
( peak=0; while sleep 0.2; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
    [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" > "$WORK/rss.peak"
  done ) &
SAMPLER_PID=$!
IFS=' ' read -r XHTTP XBYTES XFIRST XTOTAL < <(curl -sS --max-time 3600 -o "$WORK/sessions.xlsx" \
  -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}\n' \
  -H "Authorization: Bearer $PANEL_TOKEN" "$URL/api/panel/sessions.xlsx")
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
RSS_MIB=$(( $(cat "$WORK/rss.peak" 2>/dev/null || echo 0) / 1024 ))
HEAP_LINE=$(tail -n +"$((GC_MARK + 1))" "$WORK/gc.log" | sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(\([0-9]*\)M).*/\1 \2 \3/p' |
  awk '{ if ($1 > b) b = $1; if ($2 > a) a = $2; if ($3 > s) s = $3; n++ }
       END { printf "%d collections; heap before GC at most %d MiB, after GC (live) at most %d MiB, committed at most %d MiB", n, b, a, s }')

# 6. Re-read the file and compare with the database.
IFS='|' read -r FILE_ROWS FILE_REFUND FILE_HEADER < <(java -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "$LIB" bench/XlsxCheck.java "$WORK/sessions.xlsx" J)
IFS='|' read -r DB_ROWS DB_REFUND < <(sql -c "SELECT count(*), sum(refund) FROM costed_session WHERE company_id = 1 AND billable")
ROWS_PER_S=$(python3 -c "print(round($FILE_ROWS / $XTOTAL))")
# The same export again, once its code is compiled (the first run above is the one checked against the target).
IFS=' ' read -r WHTTP WTOTAL < <(curl -sS --max-time 3600 -o /dev/null -w '%{http_code} %{time_total}\n' \
  -H "Authorization: Bearer $PANEL_TOKEN" "$URL/api/panel/sessions.xlsx")
WARM_ROWS_PER_S=$(python3 -c "print(round($FILE_ROWS / $WTOTAL))")

check() { if [ "$2" = 1 ]; then echo "  PASS  $1"; else echo "  FAIL  $1"; fi; }
CHECKS=$(
  check "months closed through the operator API: $CLOSED of 11" "$([ "$CLOSED" = 11 ] && echo 1)"
  check "list requests all answered 200 with a page" "$LOAD_OK"
  check "list p99 ${P99} ms < 50 ms (filtered first pages and cursor pages)" "$(python3 -c "print(1 if $P99 < 50 else 0)")"
  check "export HTTP $XHTTP" "$([ "$XHTTP" = 200 ] && echo 1)"
  check "export rows in file $FILE_ROWS = sessions in SQL $DB_ROWS" "$([ "$FILE_ROWS" = "$DB_ROWS" ] && echo 1)"
  check "export refund total $FILE_REFUND = SQL $DB_REFUND (column J, '$FILE_HEADER')" \
    "$(python3 -c "from decimal import Decimal as D; print(1 if D('$FILE_REFUND') == D('$DB_REFUND') else 0)")"
  check "export rate $ROWS_PER_S rows/s >= 100000" "$(python3 -c "print(1 if $ROWS_PER_S >= 100000 else 0)")"
)
FAILED=0
grep -q FAIL <<< "$CHECKS" && FAILED=1

cat <<RESULT
== Wallbill panel sessions benchmark ($(date -u +%FT%TZ))
machine:  $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB; app, PostgreSQL (embedded) and client on it
app:      -Xmx$HEAP ${JAVA_OPTS:-}; $(java -version 2>&1 | head -1)
data:     $SESSIONS sessions of one company, $EMPLOYEES employees/devices, 2025-12 .. 2026-11; database $DB_SIZE (V8 indexes $INDEX_SIZE)
seeding:  $(secs "$T0" "$T1") s inserts, vacuum $(secs "$T1" "$T2") s, closing 11 months $(secs "$T2" "$T3") s
list (GET /api/panel/sessions?limit=50, ms from send to whole body):
$(sed 's/^/  /' "$WORK/load.txt")
export:   GET /api/panel/sessions.xlsx: $FILE_ROWS rows x 12 columns, $(python3 -c "print(f'{$XBYTES / 1048576:.0f}')") MiB in $XTOTAL s (first byte after $XFIRST s): $ROWS_PER_S rows/s
          again, warm: HTTP $WHTTP in $WTOTAL s: $WARM_ROWS_PER_S rows/s
heap:     during the export: $HEAP_LINE; peak RSS of the app $RSS_MIB MiB
checks:
$CHECKS
raw outputs: $WORK
RESULT
exit $FAILED
