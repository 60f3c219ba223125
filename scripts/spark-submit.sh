#!/usr/bin/env bash
# Submits the shaded jar to Spark with --runner=SparkRunner:
#   scripts/spark-submit.sh [--master=URL] [pipeline options ...]
# With SPARK_HOME set it uses $SPARK_HOME/bin/spark-submit. Otherwise it runs Spark's own
# SparkSubmit from the Spark jars Maven resolved at build time (master local[2] by default), so
# nothing is downloaded at run time. --master=spark://127.0.0.1:PORT submits to the cluster of
# scripts/spark-cluster.sh (client mode: this JVM is the driver, the Workers run the executors,
# which fetch the shaded jar from the driver).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
tix_ensure_jar

master="local[2]"
args=()
has_landing=false
for a in "$@"; do
  case "$a" in
    --master=*) master="${a#--master=}" ;;
    --landing=*) has_landing=true; args+=("$a") ;;
    *) args+=("$a") ;;
  esac
done
$has_landing || args=("--landing=$TIX_ROOT/scripts/fixtures/landing" "${args[@]}")
args=("--runner=SparkRunner" "${args[@]}")

# Sized for this machine's two cores, on local[2] and on scripts/spark-cluster.sh's cluster alike
# (SparkSessions sizes only a local master): Delta's default of 50 snapshot partitions makes every
# snapshot of every table a 50-task job, 3,800 of the 4,900 tasks of a Delta run over the fixtures
# on the cluster.
conf=(--conf "spark.driver.extraJavaOptions=$TIX_JVM_OPENS -Dlog4j2.configurationFile=file:$TIX_ROOT/scripts/spark-log4j2.properties" --conf "spark.executor.extraJavaOptions=$TIX_JVM_OPENS"
      --conf spark.sql.shuffle.partitions=2 --conf spark.databricks.delta.snapshotPartitions=2
      --conf spark.ui.enabled=false)

if [[ -n "${SPARK_HOME:-}" ]]; then
  exec "$SPARK_HOME/bin/spark-submit" --master "$master" "${conf[@]}" \
    --class com.tixmaster.pipeline.TixMaster "$TIX_JAR" "${args[@]}"
fi

spark_cp="$TIX_ROOT/pipeline/target/spark-classpath.txt"
[[ -f "$spark_cp" ]] || { echo "missing $spark_cp: run 'mvn -B -DskipTests package'" >&2; exit 1; }
# SPARK_LOCAL_IP: the driver's servers listen on 127.0.0.1 only (and Spark stops warning that
# the host name resolves to a loopback address).
# shellcheck disable=SC2086
SPARK_LOCAL_IP=127.0.0.1 exec java ${TIX_JAVA_OPTS:--Xmx4g} $TIX_JVM_OPENS -Dlog4j2.configurationFile="file:$TIX_ROOT/scripts/spark-log4j2.properties" \
  -cp "$TIX_JAR:$(cat "$spark_cp")" \
  org.apache.spark.deploy.SparkSubmit --master "$master" "${conf[@]}" \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --class com.tixmaster.pipeline.TixMaster "$TIX_JAR" "${args[@]}"
