#!/usr/bin/env bash
# Shared by the scripts: locate the repo and the shaded jar, build it when missing.
set -euo pipefail
TIX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TIX_JAR="$TIX_ROOT/pipeline/target/tix-master.jar"
# The shaded jar leaves out what a cluster provides (Hadoop) and what only query.sh needs (DuckDB).
TIX_CLASSPATH="$TIX_JAR:$TIX_ROOT/pipeline/target/lib/*"
# A batch job on a few cores: the throughput collector (issue #9, docs/PERFORMANCE.md).
# TIX_JAVA_OPTS replaces it along with the heap size.
TIX_JVM_GC="-XX:+UseParallelGC"
# Spark on Java 17 needs these opens; harmless for the DirectRunner.
TIX_JVM_OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"

tix_ensure_jar() {
  if [[ ! -f "$TIX_JAR" || ! -d "$TIX_ROOT/pipeline/target/lib" ]]; then
    echo "building $TIX_JAR (first run only) ..." >&2
    (cd "$TIX_ROOT" && mvn -B -q -DskipTests package) >&2
  fi
}
