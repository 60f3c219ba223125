#!/usr/bin/env bash
# A Spark standalone cluster on this machine, from the Spark jars Maven resolved (no download):
#   scripts/spark-cluster.sh start  [--workers=2] [--worker-cores=1] [--worker-memory=2g]
#                                   [--dir=DIR] [--owner-pid=PID]
#   scripts/spark-cluster.sh status [--dir=DIR]
#   scripts/spark-cluster.sh stop   [--dir=DIR]
#
# start runs one Master and --workers Workers, each its own JVM; every Worker launches the
# executors of an application as JVMs of their own. Everything binds to 127.0.0.1, on ports the
# OS picks (so a second cluster, another build's, never collides), read back from the logs.
# start prints the master URL (also in DIR/master-url) for
#   scripts/spark-submit.sh --master=spark://127.0.0.1:PORT [pipeline options ...]
# DIR (default ${TMPDIR:-/tmp}/tix-spark-cluster) holds the logs, the pids, the Workers' work
# folders (executor logs: DIR/worker-N/app-*/*/stderr) and the cluster's Spark home.
# --owner-pid=PID stops the cluster by itself once process PID has ended (a test JVM that dies).
# stop ends exactly the processes start started: by recorded pid, checked to be the same process
# (start time and command line), then any executor still running in the Workers' folders.
#
# The Workers' classpath is what a Spark cluster provides: Spark, Hadoop and Delta (as on
# Databricks), not Beam and not the application: spark-submit ships the shaded jar to the
# executors, whose class loader then finds Beam and the pipeline's classes side by side.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command="${1:-}"
[[ $# -gt 0 ]] && shift
dir="${TMPDIR:-/tmp}/tix-spark-cluster"
workers=2
worker_cores=1
worker_memory=2g
owner_pid=""
for a in "$@"; do
  case "$a" in
    --dir=*) dir="${a#*=}" ;;
    --workers=*) workers="${a#*=}" ;;
    --worker-cores=*) worker_cores="${a#*=}" ;;
    --worker-memory=*) worker_memory="${a#*=}" ;;
    --owner-pid=*) owner_pid="${a#*=}" ;;
    *) echo "spark-cluster: unknown option $a (see --help)" >&2; exit 2 ;;
  esac
done
case "$command" in
  start|stop|status) ;;
  -h|--help|help) sed -n '2,21p' "$0"; exit 0 ;;
  *) echo "usage: spark-cluster.sh start|stop|status [options] (see --help)" >&2; exit 2 ;;
esac
[[ "$workers" =~ ^[1-9][0-9]*$ ]] || { echo "spark-cluster: --workers must be >= 1" >&2; exit 2; }
[[ "$worker_cores" =~ ^[1-9][0-9]*$ ]] || { echo "spark-cluster: --worker-cores must be >= 1" >&2; exit 2; }
[[ "$worker_memory" =~ ^[1-9][0-9]*[mMgG]$ ]] || { echo "spark-cluster: --worker-memory is like 2g or 1536m" >&2; exit 2; }
[[ -z "$owner_pid" || "$owner_pid" =~ ^[1-9][0-9]*$ ]] || { echo "spark-cluster: --owner-pid must be a pid" >&2; exit 2; }
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
# Every JVM of this cluster carries the folder on its command line: stop checks it.
marker="-Dtix.spark.cluster=$dir"

log() { echo "spark-cluster: $*" >&2; }

# --- pids: "pid start-time" per file, checked against /proc before any signal ------------------
start_time() { awk '{print $22}' "/proc/$1/stat" 2>/dev/null || true; }

record_pid() { echo "$2 $(start_time "$2")" > "$dir/$1.pid"; }

# The recorded pid of $1 when it is still the process that was recorded, else nothing.
live_pid() {
  local file="$dir/$1.pid" pid started
  [[ -f "$file" ]] || return 0
  read -r pid started < "$file" || return 0
  [[ -n "$pid" && -d "/proc/$pid" && "$(start_time "$pid")" == "$started" ]] || return 0
  # (the pattern ends with a space: a folder's name is not a prefix of another's)
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2 " || return 0
  echo "$pid"
}

# Ends pid $2 (named $1): TERM, then KILL after 20 s.
end_process() {
  local name="$1" pid="$2" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 100; i++)); do
    [[ -d "/proc/$pid" && "$(start_time "$pid")" == "$3" ]] || { log "stopped $name (pid $pid)"; return 0; }
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
  log "killed $name (pid $pid), it did not stop in 20 s"
}

# Workers first: a Worker that stops ends its executors.
daemons() {
  for f in "$dir"/worker-*.pid; do [[ -f "$f" ]] && basename "$f" .pid; done
  echo master
  [[ -f "$dir/watchdog.pid" ]] && echo watchdog
  return 0
}

# Executors still running in the Workers' folders (a Worker stopping kills its own; this is
# for one whose Worker died first). Found by their working directory, which only they have.
stray_executors() {
  local proc cwd
  for proc in /proc/[0-9]*; do
    cwd="$(readlink "$proc/cwd" 2>/dev/null || true)"
    if [[ "$cwd" == "$dir"/worker-*/app-* ]] \
        && tr '\0' ' ' < "$proc/cmdline" 2>/dev/null | grep -qF CoarseGrainedExecutorBackend; then
      echo "${proc#/proc/}"
    fi
  done
}

do_stop() {
  local name pid match stopped=false
  for name in $(daemons); do
    # the watchdog is a shell: it carries the folder as an argument, not as a JVM property
    if [[ "$name" == watchdog ]]; then match="spark-cluster-watchdog $dir"; else match="$marker"; fi
    pid="$(live_pid "$name" "$match")"
    if [[ -n "$pid" && "$pid" != "${TIX_CLUSTER_WATCHDOG:-}" ]]; then
      end_process "$name" "$pid" "$(start_time "$pid")"
      stopped=true
    fi
    rm -f "$dir/$name.pid"
  done
  for pid in $(stray_executors); do
    end_process "executor" "$pid" "$(start_time "$pid")"
  done
  rm -f "$dir/master-url" "$dir/master-ui"
  $stopped || log "no cluster running in $dir"
  return 0
}

do_status() {
  local name pid running=0 url ui
  url="$(cat "$dir/master-url" 2>/dev/null || true)"
  ui="$(cat "$dir/master-ui" 2>/dev/null || true)"
  for name in $(daemons); do
    [[ "$name" == watchdog ]] && continue
    pid="$(live_pid "$name" "$marker")"
    if [[ -n "$pid" ]]; then
      echo "$name: running (pid $pid)"
      running=$((running + 1))
    else
      echo "$name: not running"
    fi
  done
  if [[ -z "$url" || "$running" == 0 ]]; then
    echo "no cluster running in $dir"
    return 1
  fi
  echo "master: $url (web UI $ui, logs in $dir)"
  # The master's own view of its workers, from its JSON page (curl and jq when present).
  if [[ -n "$ui" ]] && command -v curl >/dev/null && command -v jq >/dev/null; then
    curl -sf "$ui/json/" | jq -r '"status: \(.status), \(.aliveworkers) alive workers, \(.cores) cores, \(.activeapps | length) running applications",
        (.workers[] | "worker \(.id): \(.state), \(.cores) cores (\(.coresused) used), \(.memory) MB")' \
      || echo "master: no answer from $ui/json/"
  fi
  return 0
}

# --- start ------------------------------------------------------------------------------------
# Waits up to 120 s for a line matching $2 in log $1 (the daemon pid $3 alive meanwhile).
await_line() {
  local i
  for ((i = 0; i < 600; i++)); do
    grep -qE "$2" "$1" 2>/dev/null && return 0
    [[ -d "/proc/$3" ]] || { log "$(basename "$1" .log) exited; its log:"; tail -30 "$1" >&2; return 1; }
    sleep 0.2
  done
  log "timed out waiting for '$2' in $1"
  tail -30 "$1" >&2
  return 1
}

# Launches a daemon JVM in its own session (a Ctrl-C or a killed test does not reach it).
launch() {
  local name="$1"
  shift
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1 SPARK_HOME="$dir/spark-home" \
    SPARK_SCALA_VERSION=2.12 SPARK_DIST_CLASSPATH="$cluster_cp" \
    setsid nohup java -Xmx512m $TIX_JVM_OPENS "$marker" \
    -Dlog4j2.configurationFile="file:$dir/spark-home/conf/log4j2.properties" \
    -cp "$dir/spark-home/conf:$cluster_cp" "$@" > "$dir/$name.log" 2>&1 < /dev/null &
  launched=$!   # setsid and nohup exec: this is the JVM's pid
  record_pid "$name" "$launched"
}

do_start() {
  local master_pid url ui i
  if [[ -n "$(live_pid master "$marker")" ]]; then
    log "a cluster is already running in $dir (stop it first, or use --dir=...)"
    do_status
    exit 1
  fi
  do_stop 2>/dev/null   # leftovers of a cluster that died: its executors, its pid files
  local spark_cp="$TIX_ROOT/pipeline/target/spark-classpath.txt"
  [[ -f "$spark_cp" ]] || { log "missing $spark_cp: run 'mvn -B -DskipTests package'"; exit 1; }
  # Spark, Hadoop and Delta with their dependencies; Beam and the project's own modules are left
  # to the application jar (Beam must load its classes from the loader of the pipeline's).
  cluster_cp="$(tr ':' '\n' < "$spark_cp" | grep -vE '/org/apache/beam/|/tix-master-[a-z]+[^/]*\.jar$' \
    | paste -sd: -)"

  # A Spark home of its own: the Workers build each executor's command from it, with
  # conf/ (the logging setup) and jars/ (empty: the jars come from SPARK_DIST_CLASSPATH).
  rm -rf "$dir"/worker-* "$dir"/*.log
  mkdir -p "$dir/spark-home/conf" "$dir/spark-home/jars"
  cat > "$dir/spark-home/conf/log4j2.properties" <<'EOF'
# The cluster's daemons and executors: INFO to their log files (start reads the master's URL there).
rootLogger.level = info
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss.SSS} %p %c{1}: %m%n
logger.jetty.name = org.sparkproject.jetty
logger.jetty.level = warn
EOF

  # Port 0 everywhere: the OS picks free ports, the logs tell which.
  launch master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0
  master_pid="$launched"
  await_line "$dir/master.log" 'Starting Spark master at spark://' "$master_pid" || { do_stop; exit 1; }
  url="$(grep -oE 'spark://[0-9.]+:[0-9]+' "$dir/master.log" | sed -n 1p)"
  await_line "$dir/master.log" 'Bound MasterWebUI to .* started at http://' "$master_pid" || { do_stop; exit 1; }
  ui="$(grep -oE 'started at http://[0-9.]+:[0-9]+' "$dir/master.log" | sed -n 1p | sed 's/started at //')"

  local worker_pids=()
  for ((i = 1; i <= workers; i++)); do
    mkdir -p "$dir/worker-$i"
    launch "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
      --cores "$worker_cores" --memory "$worker_memory" --work-dir "$dir/worker-$i" "$url"
    worker_pids+=("$launched")
  done
  for ((i = 1; i <= workers; i++)); do
    await_line "$dir/worker-$i.log" 'Successfully registered with master' "${worker_pids[i - 1]}" || { do_stop; exit 1; }
  done
  echo "$url" > "$dir/master-url"
  echo "$ui" > "$dir/master-ui"

  if [[ -n "$owner_pid" ]]; then
    # stops the cluster once the owner has ended; stop ends the watchdog itself otherwise
    setsid nohup bash -c 'while kill -0 "$2" 2>/dev/null; do sleep 2; done
      TIX_CLUSTER_WATCHDOG=$$ "$3" stop --dir="$1"' spark-cluster-watchdog "$dir" "$owner_pid" "$TIX_ROOT/scripts/spark-cluster.sh" \
      > "$dir/watchdog.log" 2>&1 < /dev/null &
    record_pid watchdog $!
  fi
  log "master $url (web UI $ui), $workers workers x $worker_cores cores x $worker_memory; logs and pids in $dir"
  echo "$url"
}

case "$command" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
esac
