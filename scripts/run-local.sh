#!/usr/bin/env bash
# Runs the pipeline on this machine: scripts/run-local.sh [--option=value ...]
# Every option is passed through (see README "Options"). Exit status: 0 ok, 2 bad options,
# 3 audits blocked gold, 1 other failure.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
tix_ensure_jar

args=("$@")
has_landing=false
for a in "$@"; do [[ "$a" == --landing=* ]] && has_landing=true; done
$has_landing || args=("--landing=$TIX_ROOT/scripts/fixtures/landing" "${args[@]}")

# shellcheck disable=SC2086
exec java ${TIX_JAVA_OPTS:--Xmx4g $TIX_JVM_GC} $TIX_JVM_OPENS -cp "$TIX_CLASSPATH" com.tixmaster.pipeline.TixMaster "${args[@]}"
