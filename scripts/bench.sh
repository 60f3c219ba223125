#!/usr/bin/env bash
# Benchmarks the full medallion run against a bare parse of the same landing bytes:
#   scripts/bench.sh --events=N [--runner=DirectRunner|SparkRunner] [--runs=3] [--seed=42]
#                    [--days=4] [--threads=NPROC] [--xmx=2g] [--jvm="-XX:+UseG1GC ..."] [--jfr] [--keep]
#                    [--args="--storageLevel=DISK_ONLY"]   (more pipeline options)
#                    [--baseline=spark-sql]                 (also the plain Spark SQL yardstick)
#
# 1. Generates N events with the fixture generator (venues, attractions and classifications in
#    its realistic proportions) into .bench/landing-N-seedS[-dD], once; later runs reuse it.
# 2. Baseline: BaselineParse, a bare Jackson streaming parse that counts the records, on
#    --threads threads (the pipeline's parallelism), --runs times, each in a fresh JVM with the
#    pipeline's heap and collector. With --baseline=spark-sql also SparkSqlBaseline, the same
#    landing through one plain Spark SQL job (read the files, explode the records, newest-wins
#    dedup of events, venues and attractions with their embedded copies, one fact table, Parquet)
#    on local[--threads], --runs times, each a fresh JVM timed whole like the pipeline; its event,
#    venue and attraction counts must equal the pipeline's silver counts (else bench fails).
# 3. Pipeline: the full run (bronze, silver, quality, gold, summary, documents, publish) on a
#    fresh lake, --runs times, with a heap of --xmx (on the DirectRunner with run-local.sh's
#    collector, ParallelGC; --jvm replaces it with its own flags, --jvm="" leaves the JVM's
#    default, G1); per-stage times from gold.etl_log, wall
#    time, events per second, peak RSS, and the machine's load before and after.
# The last line is: events=N bytes=B parse_s=X pipeline_s=Y ratio=R peak_rss_mb=M
# (medians over the runs; ratio = pipeline_s / parse_s), then with --baseline=spark-sql
# spark_sql_s=Z ratio_vs_spark_sql=Q (Q = pipeline_s / spark_sql_s). parse_s is the parse inside
# its JVM; pipeline_s and spark_sql_s are wall times of whole processes, JVM start included.
#
# Keep it out of CI: it takes minutes to hours and its figures depend on the machine.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

events=""
runner="DirectRunner"
runs=3
seed=42
days=4
threads="$(nproc)"
xmx="2g"
jfr=false
keep=false
jvm=""
jvm_given=false
extra_args=""
baseline="parse"
start_date="2026-11-20"
for a in "$@"; do
  case "$a" in
    --events=*) events="${a#*=}" ;;
    --runner=*) runner="${a#*=}" ;;
    --runs=*) runs="${a#*=}" ;;
    --seed=*) seed="${a#*=}" ;;
    --days=*) days="${a#*=}" ;;
    --threads=*) threads="${a#*=}" ;;
    --xmx=*) xmx="${a#*=}" ;;
    --jvm=*) jvm="${a#*=}"; jvm_given=true ;;
    --args=*) extra_args="${a#*=}" ;;
    --baseline=*) baseline="${a#*=}" ;;
    --jfr) jfr=true ;;
    --keep) keep=true ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $a (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$events" =~ ^[0-9]+$ && "$events" -gt 0 ]] || { echo "bench: --events=N is required (N > 0)" >&2; exit 2; }
[[ "$runs" =~ ^[0-9]+$ && "$runs" -gt 0 ]] || { echo "bench: --runs must be a positive integer" >&2; exit 2; }
[[ "$threads" =~ ^[0-9]+$ && "$threads" -gt 0 ]] || { echo "bench: --threads must be a positive integer" >&2; exit 2; }
case "$runner" in DirectRunner|SparkRunner) ;; *) echo "bench: --runner must be DirectRunner or SparkRunner" >&2; exit 2 ;; esac
case "$baseline" in parse|spark-sql) ;; *) echo "bench: --baseline must be parse (the default) or spark-sql" >&2; exit 2 ;; esac
if ! $jvm_given && [[ "$runner" == DirectRunner ]]; then jvm="$TIX_JVM_GC"; fi

tix_ensure_jar
bench="$TIX_ROOT/.bench"
mkdir -p "$bench"
key="$events-seed$seed"
[[ "$days" == 4 ]] || key="$key-d$days"
landing="$bench/landing-$key"
as_of="$(date -u -d "$start_date + $days days" +%Y-%m-%dT00:00:00Z)"
load() { cut -d' ' -f1-3 /proc/loadavg; }
log() { echo "bench: $*" >&2; }

# --- 1. landing data, generated once per (N, seed, days) ----------------------------------------
if [[ ! -f "$landing/.complete" ]]; then
  log "generating $events events (seed $seed, $days days) into $landing ..."
  rm -rf "$landing" "$landing.tmp"
  t0=$(date +%s.%N)
  java ${TIX_GEN_JAVA_OPTS:-} -cp "$TIX_JAR" com.tixmaster.pipeline.fixtures.FixtureGenerator \
    --out="$landing.tmp" --events="$events" --days="$days" --seed="$seed" --startDate="$start_date" \
    > "$bench/generate-$key.log"
  mv "$landing.tmp" "$landing"
  touch "$landing/.complete"   # hidden: the landing scanner skips it
  log "generated in $(echo "$(date +%s.%N) - $t0" | bc) s: $(grep -E '^distinct events' "$bench/generate-$key.log")"
fi
bytes=$(find -L "$landing" -type f -name '*.json' -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}')
files=$(find -L "$landing" -type f -name '*.json' | wc -l)
[[ "$files" -gt 0 ]] || { echo "bench: no landing files under $landing" >&2; exit 2; }
log "landing $landing: $files files, $bytes bytes"
log "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), load $(load)"

median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "nan"} else if (NR%2) {print v[(NR+1)/2]} else {print (v[NR/2]+v[NR/2+1])/2}}'; }

# --- 2. baseline: the bare parse ----------------------------------------------------------------
parse_times=()
for ((r = 1; r <= runs; r++)); do
  before="$(load)"
  # shellcheck disable=SC2086
  line=$(java "-Xmx$xmx" $jvm -cp "$TIX_CLASSPATH" com.tixmaster.pipeline.bench.BaselineParse \
    --landing="$landing" --threads="$threads")
  s=$(sed -E 's/.*parse_s=([0-9.]+).*/\1/' <<<"$line")
  records=$(sed -E 's/.*records=([0-9]+).*/\1/' <<<"$line")
  parse_times+=("$s")
  log "baseline run $r: $line (load before $before, after $(load))"
done

# --- 2b. the plain Spark SQL job (--baseline=spark-sql) -----------------------------------------
sql_times=()
sql_counts=""
if [[ "$baseline" == spark-sql ]]; then
  for ((r = 1; r <= runs; r++)); do
    sql_out="$bench/spark-sql-$key"
    sql_log="$bench/spark-sql-$key-$r.log"
    rm -rf "$sql_out"
    before="$(load)"
    t0=$(date +%s.%N)
    # shellcheck disable=SC2086
    if ! java "-Xmx$xmx" $jvm $TIX_JVM_OPENS "-Dlog4j2.configurationFile=file:$TIX_ROOT/scripts/spark-log4j2.properties" \
        -cp "$TIX_JAR:$(cat "$TIX_ROOT/pipeline/target/spark-classpath.txt")" \
        org.apache.spark.deploy.SparkSubmit --master "local[$threads]" \
        --conf spark.sql.shuffle.partitions="$threads" --conf spark.ui.enabled=false \
        --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
        --class com.tixmaster.pipeline.bench.SparkSqlBaseline "$TIX_JAR" \
        --landing="$landing" --out="$sql_out" >"$sql_log" 2>&1; then
      log "Spark SQL run $r FAILED; see $sql_log"
      tail -20 "$sql_log" >&2
      exit 1
    fi
    wall=$(echo "$(date +%s.%N) - $t0" | bc)
    line=$(grep -E '^events=' "$sql_log")
    sql_counts=$(grep -oE 'events=[0-9]+ venues=[0-9]+ attractions=[0-9]+' <<<"$line")
    sql_times+=("$wall")
    log "Spark SQL run $r: wall ${wall}s, $line (load before $before, after $(load))"
    $keep || rm -rf "$sql_out"
  done
fi

# --- 3. the pipeline on a fresh lake ------------------------------------------------------------
silver_counts=""
pipe_times=()
rss_values=()
for ((r = 1; r <= runs; r++)); do
  lake="$bench/lake-$key-$runner-$r"
  rm -rf "$lake"
  run_id="bench$r"
  out="$bench/run-$key-$runner-$r.log"
  opts="-Xmx$xmx $jvm -Xlog:gc:file=$bench/gc-$key-$runner-$r.log:uptime:filecount=0"
  if $jfr; then
    mkdir -p "$bench/jfr"
    opts="$opts -XX:StartFlightRecording=filename=$bench/jfr/$key-$runner-$r.jfr,settings=profile,dumponexit=true"
  fi
  args=(--landing="$landing" --lakehouse="$lake" --asOf="$as_of" --runId="$run_id")
  # several pipeline options, split on spaces only (no file-name globbing of e.g. local[4])
  if [[ -n "$extra_args" ]]; then read -ra more <<< "$extra_args"; args+=("${more[@]}"); fi
  if [[ "$runner" == SparkRunner && -n "${SPARK_HOME:-}" ]]; then
    cmd=("$TIX_ROOT/scripts/spark-submit.sh" "--master=local[$threads]" "${args[@]}")
  elif [[ "$runner" == SparkRunner ]]; then
    # As scripts/spark-submit.sh does without SPARK_HOME, plus the shaded jar on the JVM's own
    # classpath: Beam's AutoValueUtils comes from the Spark classpath and looks generated
    # AutoValue classes up with its own class loader, which cannot see the application jar, so
    # the gold stage fails with "AutoValue generated class not found: ...AutoValue_FactDraft".
    cmd=(java ${opts} $TIX_JVM_OPENS "-Dlog4j2.configurationFile=file:$TIX_ROOT/scripts/spark-log4j2.properties"
         -cp "$(cat "$TIX_ROOT/pipeline/target/spark-classpath.txt"):$TIX_JAR:$TIX_ROOT/pipeline/target/lib/duckdb_jdbc.jar"
         org.apache.spark.deploy.SparkSubmit --master "local[$threads]"
         --conf "spark.driver.extraJavaOptions=$TIX_JVM_OPENS" --conf spark.sql.shuffle.partitions="$threads"
         --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1
         --class com.tixmaster.pipeline.TixMaster "$TIX_JAR" --runner=SparkRunner "${args[@]}")
  else
    cmd=("$TIX_ROOT/scripts/run-local.sh" "--targetParallelism=$threads" "${args[@]}")
  fi
  before="$(load)"
  t0=$(date +%s.%N)
  status=0
  if [[ -x /usr/bin/time ]]; then
    TIX_JAVA_OPTS="$opts" /usr/bin/time -v -o "$out.time" "${cmd[@]}" >"$out" 2>&1 || status=$?
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time")
  else
    # no GNU time (apt-get install time): sample the process's high-water mark instead
    TIX_JAVA_OPTS="$opts" "${cmd[@]}" >"$out" 2>&1 &
    pid=$!
    rss_kb=0
    while kill -0 "$pid" 2>/dev/null; do
      hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
      [[ -n "$hwm" && "$hwm" -gt "$rss_kb" ]] && rss_kb=$hwm
      sleep 0.2
    done
    wait "$pid" || status=$?
  fi
  wall=$(echo "$(date +%s.%N) - $t0" | bc)
  after="$(load)"
  if [[ "$status" != 0 ]]; then
    log "pipeline run $r FAILED (exit $status); see $out"
    tail -20 "$out" >&2
    exit 1
  fi
  rss_mb=$(( ${rss_kb:-0} / 1024 ))
  heap_mb=$(grep -oE '[0-9]+M->' "$bench/gc-$key-$runner-$r.log" | sed 's/M->//' | sort -n | tail -1)
  # what survived a collection: the live set, whatever the collector's timing
  live_mb=$(grep -oE '[0-9]+M->[0-9]+M' "$bench/gc-$key-$runner-$r.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  pipe_times+=("$wall")
  rss_values+=("$rss_mb")
  log "pipeline run $r ($runner, $threads threads, -Xmx$xmx): wall ${wall}s, peak RSS ${rss_mb} MB, peak heap ${heap_mb:-?} MB (after GC ${live_mb:-?} MB), load before $before, after $after"
  report=$(java -cp "$TIX_CLASSPATH" com.tixmaster.pipeline.bench.BenchReport --lakehouse="$lake" --runId="$run_id")
  sed 's/^/bench:   /' <<<"$report" >&2
  silver_counts=$(grep -E '^silver ' <<<"$report" | sed 's/^silver //')
  log "  events/s: $(echo "scale=0; $events / $wall" | bc), records/s: $(echo "scale=0; ${records:-0} / $wall" | bc)"
  $keep || rm -rf "$lake"
done

parse_s=$(printf '%s\n' "${parse_times[@]}" | median)
pipeline_s=$(printf '%s\n' "${pipe_times[@]}" | median)
peak=$(printf '%s\n' "${rss_values[@]}" | median)
ratio=$(echo "scale=2; $pipeline_s / $parse_s" | bc)
log "medians over $runs runs: $(echo "scale=0; $events / $pipeline_s" | bc) events/s, load now $(load)"
closing=$(printf 'events=%d bytes=%d parse_s=%.3f pipeline_s=%.2f ratio=%.2f peak_rss_mb=%d' \
  "$events" "$bytes" "$parse_s" "$pipeline_s" "$ratio" "$peak")
if [[ "$baseline" == spark-sql ]]; then
  # The yardstick counts what the pipeline's silver holds, or it measures something else.
  if [[ "$sql_counts" != "$silver_counts" ]]; then
    log "Spark SQL counts ($sql_counts) differ from the pipeline's silver ($silver_counts)"
    exit 1
  fi
  log "Spark SQL and the pipeline's silver agree: $sql_counts"
  spark_sql_s=$(printf '%s\n' "${sql_times[@]}" | median)
  closing="$closing $(printf 'spark_sql_s=%.2f ratio_vs_spark_sql=%.2f' "$spark_sql_s" \
    "$(echo "scale=2; $pipeline_s / $spark_sql_s" | bc)")"
fi
echo "$closing"
