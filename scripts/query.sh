#!/usr/bin/env bash
# SQL over the local lake: scripts/query.sh [--lakehouse=DIR] [--format=table|csv|json] "SQL"
# Tables are named <schema>.<table>: bronze.events_raw, silver.events, gold.fact_events, ...
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
tix_ensure_jar
exec java ${TIX_JAVA_OPTS:--Xmx2g} -cp "$TIX_CLASSPATH" com.tixmaster.pipeline.query.QueryCli "$@"
