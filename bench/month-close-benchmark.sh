#!/usr/bin/env bash
# Month-close benchmark: starts Wallbill on its embedded default (fresh data directory, scheduler every hour so
# it does not race the measurement), seeds a costed October 2026 (bench/seed-costed-sessions.sql), computes what
# the close must produce (bench/month-close-expected.sql), then times POST /api/operator/billing/run: every due
# month closed (lines, totals, card charge, payouts), invoiced (one PDF per company) and paid (sandbox provider).
# Checks the outcome (bench/month-close-checks.sql) and exits non-zero when a check fails.
#
#   bench/month-close-benchmark.sh [--sessions 1000000] [--companies 1000] [--employees-per-company 20]
#                                  [--heap 2g] [--timeout 3600] [--profile] [--keep] [--pg-set name=value]...
#
# --profile restarts the app once with pg_stat_statements preloaded, prints PostgreSQL's time per statement for
# the run and keeps a jstack of the app every 2 s; --keep leaves the database directory in place (start a copy
# with the embedded binaries' pg_ctl, as a non-root user, to EXPLAIN the close's statements). --pg-set tries a
# PostgreSQL setting (ALTER SYSTEM in the benchmark's database, app restarted); app settings go in as environment
# variables or JAVA_OPTS (-Dkey=value), e.g. QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE=16 bench/month-close-benchmark.sh.
# SQL goes through psql when installed, else bench/SqlRunner.java over the JDBC driver the app bundles.
set -euo pipefail
cd "$(dirname "$0")/.."

SESSIONS=1000000; COMPANIES=1000; EMPLOYEES=20; HEAP=2g; TIMEOUT=3600; PROFILE=0; KEEP=0; PG_SETTINGS=()
MONTH=2026-10-01
while [ $# -gt 0 ]; do
  case "$1" in
    --sessions) SESSIONS=$2; shift 2 ;;
    --companies) COMPANIES=$2; shift 2 ;;
    --employees-per-company) EMPLOYEES=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    --keep) KEEP=1; shift ;;
    --pg-set) PG_SETTINGS+=("$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
for n in "$SESSIONS" "$COMPANIES" "$EMPLOYEES"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "counts must be positive integers" >&2; exit 2; }
done

APP_JAR=central-system/target/quarkus-app/quarkus-run.jar
[ -f "$APP_JAR" ] || ./mvnw -B -q install -DskipTests

WORK=$(mktemp -d /tmp/wallbill-month-close.XXXXXX)
OPERATOR_TOKEN=bench-$RANDOM$RANDOM
source bench/app-on-fresh-database.sh

SAMPLER_PIDS=()
cleanup() {
  for pid in ${SAMPLER_PIDS[@]+"${SAMPLER_PIDS[@]}"}; do kill "$pid" 2>/dev/null || true; done
  stop_app
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. The app, on a fresh embedded database.
start_app -Xms$HEAP -Xmx$HEAP -XX:+UseG1GC
if [ "$PROFILE" = 1 ]; then   # pg_stat_statements must be preloaded
  PG_SETTINGS+=(shared_preload_libraries=pg_stat_statements pg_stat_statements.track_planning=on)
fi
if [ ${#PG_SETTINGS[@]} -gt 0 ]; then   # set in the benchmark's own database, then the app restarts with them
  for setting in "${PG_SETTINGS[@]}"; do
    sql -c "ALTER SYSTEM SET ${setting%%=*} = '${setting#*=}'" > /dev/null
  done
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  start_app -Xms$HEAP -Xmx$HEAP -XX:+UseG1GC
  [ "$PROFILE" = 1 ] && sql -c "CREATE EXTENSION pg_stat_statements" > /dev/null
fi
# The scheduler's first tick comes 5 s after start (then hourly): let it pass on the empty database, so no
# tick closes the seeded month before the measured run. The seed is one transaction for the same reason.
sleep "$(python3 -c "print(max(0, 12 - ($(now) - $LAUNCHED)))")"

# 2. Seed.
echo "seeding $SESSIONS costed sessions ($COMPANIES companies x $EMPLOYEES employees) with $SQL_CLIENT..."
T0=$(now)
sql -1 -v sessions="$SESSIONS" -v companies="$COMPANIES" -v employees_per_company="$EMPLOYEES" \
  -f bench/seed-costed-sessions.sql > "$WORK/seed.out"
T1=$(now)
# A month-old table has been vacuumed and analysed; the checkpoint keeps the seed's WAL out of the measurement.
sql -c "VACUUM (ANALYZE)" > /dev/null
sql -c "CHECKPOINT" > /dev/null
T2=$(now)
SEED_S=$(secs "$T0" "$T1"); VACUUM_S=$(secs "$T1" "$T2")

# 3. What the close must produce, before it runs.
IFS='|' read -r EXP_COMPANIES EXP_SESSIONS EXP_REFUND EXP_AUTO_REFUND EXP_CHARGES EXP_PAYOUTS \
  < <(sql -v month="$MONTH" -f bench/month-close-expected.sql)
DB_SIZE=$(sql -c "SELECT pg_size_pretty(pg_database_size('postgres'))")

# 4. The measured run: every due month (the DUE query takes 1,000 per run, so more companies need more runs).
TICKS=$(getconf CLK_TCK)
app_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
pg_ticks() {
  local pm; pm=$(head -1 "$PGDATA_DIR/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for p in $(pgrep -P "$pm"); do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done
  } | awk '{s += $1} END {print s}'
}
if [ "$PROFILE" = 1 ]; then
  mkdir -p "$WORK/jstack"
  ( while sleep 2; do jstack "$APP_PID" > "$WORK/jstack/$(date +%s.%N).txt" 2>/dev/null || true; done ) &
  SAMPLER_PIDS+=($!)
  sql -c "SELECT pg_stat_statements_reset()" > /dev/null
fi
table_scans() { sql -c "SELECT relname, seq_scan, seq_tup_read, COALESCE(idx_scan, 0) FROM pg_stat_user_tables"; }
table_scans > "$WORK/scans-before.txt"
APP0=$(app_ticks); PG0=$(pg_ticks)
RUN_START=$(now)
RUNS=0; RUN_S=0
while :; do
  RUNS=$((RUNS + 1))
  T_CALL=$(now)
  HTTP=$(curl -sS --max-time "$TIMEOUT" -o "$WORK/run-$RUNS.json" -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $OPERATOR_TOKEN" "http://127.0.0.1:$PORT/api/operator/billing/run") || HTTP=curl-failed
  RUN_END=$(now)
  RUN_S=$(python3 -c "print(f'{$RUN_S + $RUN_END - $T_CALL:.2f}')")   # the calls only, not the checks between
  [ "$HTTP" = 200 ] || { echo "billing run $RUNS answered $HTTP: $(cat "$WORK/run-$RUNS.json" 2>/dev/null)"; break; }
  OPEN=$(sql -c "SELECT count(*) FROM statement WHERE status = 'IN_PROGRESS'")
  [ "$OPEN" -gt 0 ] && [ "$RUNS" -le $((COMPANIES / 1000 + 1)) ] || break
done
APP1=$(app_ticks); PG1=$(pg_ticks)
for pid in ${SAMPLER_PIDS[@]+"${SAMPLER_PIDS[@]}"}; do kill "$pid" 2>/dev/null || true; done
SAMPLER_PIDS=()
sleep 1   # backends publish their table counters at most once a second
table_scans > "$WORK/scans-after.txt"
RATE=$(python3 -c "print(round($SESSIONS / $RUN_S))")
APP_CPU=$(python3 -c "print(f'{($APP1 - $APP0) / $TICKS:.1f}')")
PG_CPU=$(python3 -c "print(f'{($PG1 - $PG0) / $TICKS:.1f}')")
IFS='|' read -r BEFORE FREEZE LINES INVOICE PAYMENTS AFTER CLOSED MAX_FREEZE MAX_INVOICE MAX_PAYMENTS \
  < <(sql -v month="$MONTH" -v run_start="$RUN_START" -v run_end="$RUN_END" -f bench/month-close-phases.sql)

# 5. Verify.
FAILED=0
CHECKS=$(sql -v month="$MONTH" -f bench/month-close-checks.sql)
# The operator view of one company agrees with the database.
VIEW=$(curl -sf -H "Authorization: Bearer $OPERATOR_TOKEN" \
  "http://127.0.0.1:$PORT/api/operator/companies/1/statements/${MONTH:0:7}" || echo '{}')
VIEW_CHECK=$(python3 - "$VIEW" "$(sql -c "SELECT sessions, refund FROM bench.expected_company WHERE company_id = 1")" <<'PY'
import json, sys
from decimal import Decimal
v = json.loads(sys.argv[1], parse_float=Decimal); sessions, refund = sys.argv[2].split('|')
ok = v.get('status') == 'CLOSED' and v.get('sessions') == int(sessions) and Decimal(str(v.get('refund'))) == Decimal(refund)
print(f"operator API statement of company 1|{'PASS' if ok else 'FAIL'}|{v.get('status')}, {v.get('sessions')} sessions, refund {v.get('refund')} (expected {sessions}, {refund})")
PY
)
CHECKS=$CHECKS$'\n'$VIEW_CHECK
grep -q '|FAIL|' <<< "$CHECKS" && FAILED=1
[ "$HTTP" = 200 ] || FAILED=1

# 6. Summary.
APP_ENV=$(env | grep -E "^(QUARKUS|WALLBILL|JAVA_OPTS)" | tr "\n" " " || true)
pct() { python3 -c "print(f'{100 * $1 / $RUN_S:.0f}%')"; }
cat <<RESULT
== Wallbill month-close benchmark ($(date -u +%FT%TZ))
machine:  $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB; app, PostgreSQL (embedded) and client on it
settings: PostgreSQL ${PG_SETTINGS[*]:-as the app starts it}; app ${APP_ENV:-defaults}
data:     $SESSIONS costed sessions, $COMPANIES companies x $EMPLOYEES employees, month ${MONTH:0:7}; database $DB_SIZE
expected: $EXP_SESSIONS sessions, refunds $EXP_REFUND EUR ($EXP_AUTO_REFUND automatic), $EXP_CHARGES card charges, $EXP_PAYOUTS payouts
seeding:  $SEED_S s inserts ($SQL_CLIENT), $VACUUM_S s vacuum/analyze/checkpoint
close:    $RUN_S s for $RUNS billing run(s), HTTP $HTTP: $RATE sessions/s (target >= 50000)
          before first close (sweep, due query) ${BEFORE:-?} s
          freeze    ${FREEZE:-?} s ($(pct "${FREEZE:-0}"); lines INSERT...SELECT ${LINES:-?} s), slowest company ${MAX_FREEZE:-?} ms
          invoices  ${INVOICE:-?} s ($(pct "${INVOICE:-0}")), slowest ${MAX_INVOICE:-?} ms
          payments  ${PAYMENTS:-?} s ($(pct "${PAYMENTS:-0}")), slowest company ${MAX_PAYMENTS:-?} ms
          after last company ${AFTER:-?} s; $CLOSED statements closed
          CPU during the run: app $APP_CPU s, PostgreSQL $PG_CPU s (of $RUN_S s x $(nproc) cores)
checks:
$(awk -F'|' '{printf "  %s  %s (%s)\n", $2, $1, $3}' <<< "$CHECKS")
raw outputs: $WORK
RESULT
echo "tables scanned sequentially during the run (seq scans, rows read; index scans):"
join -t'|' <(sort "$WORK/scans-before.txt") <(sort "$WORK/scans-after.txt") \
  | awk -F'|' '$6 - $3 > 0 {printf "  %-16s %8d seq scans %12d rows read %8d index scans\n", $1, $5 - $2, $6 - $3, $7 - $4}' \
  | sort -k5 -rn | head -6
if [ "$PROFILE" = 1 ]; then
  echo "PostgreSQL time by statement during the run (pg_stat_statements; calls, exec ms, plan ms, rows):"
  sql -c "SELECT lpad(calls::text, 7) || lpad(round(total_exec_time)::text, 8) || lpad(round(total_plan_time)::text, 7)
      || lpad(rows::text, 9) || '  ' || regexp_replace(left(query, 200), '\s+', ' ', 'g')
      FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'
      ORDER BY total_exec_time + total_plan_time DESC LIMIT 15" | cut -c1-150 | tee "$WORK/pg-statements.txt"
fi
exit $FAILED
