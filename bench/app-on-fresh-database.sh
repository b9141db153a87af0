# Sourced by the benchmarks that start the packaged app on a fresh embedded database: free ports, timing helpers,
# the app's start (waiting until ready) and stop (with its PostgreSQL), and a SQL client for that database.
# Set WORK, APP_JAR, OPERATOR_TOKEN and KEEP before sourcing.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

PGDATA_DIR=$WORK/pgdata
PORT=$(free_port); PGPORT=$(free_port)
URL=http://127.0.0.1:$PORT
APP_PID=

# start_app JVM-OPTION...: launches the app (billing clock hourly) and returns once it is ready; LAUNCHED = when.
start_app() {
  LAUNCHED=$(now)
  WALLBILL_EMBEDDED_DATA_DIR=$PGDATA_DIR WALLBILL_EMBEDDED_PORT=$PGPORT QUARKUS_HTTP_PORT=$PORT \
    WALLBILL_BILLING_SCHEDULER_INTERVAL=1h WALLBILL_OPERATOR_TOKEN=$OPERATOR_TOKEN \
    java "$@" ${JAVA_OPTS:-} -jar "$APP_JAR" >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    curl -sf "$URL/q/health/ready" > /dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.5
  done
  curl -sf "$URL/q/health/ready" > /dev/null || { echo "app did not start, see $WORK/app.log"; exit 1; }
}

# Stops the app and its PostgreSQL; the data directory goes unless KEEP=1.
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"   # its shutdown hook stops the embedded PostgreSQL
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  [ -n "$APP_PID" ] && { wait "$APP_PID" 2>/dev/null || true; }
  if [ -f "$PGDATA_DIR/postmaster.pid" ]; then   # the app died without stopping it: fast shutdown
    local pm; pm=$(head -1 "$PGDATA_DIR/postmaster.pid")
    kill -INT "$pm" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
  fi
  [ "$KEEP" = 1 ] || rm -rf "$PGDATA_DIR"
}

if command -v psql > /dev/null && [ -z "${BENCH_SQL_JDBC:-}" ]; then
  SQL_CLIENT=psql
  sql() { PGPASSWORD=postgres psql -X -q -At -F'|' -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres "$@"; }
else
  SQL_CLIENT="bench/SqlRunner.java (JDBC)"
  PGJDBC=$(ls central-system/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
  sql() { java -cp "$PGJDBC" bench/SqlRunner.java --port "$PGPORT" "$@"; }
fi
