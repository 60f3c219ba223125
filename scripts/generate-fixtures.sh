#!/usr/bin/env bash
# Writes Discovery API landing fixtures, e.g.:
#   scripts/generate-fixtures.sh --out=/tmp/landing --events=100000 --days=7
# Options: --out=DIR [--events=N] [--days=D] [--seed=S] [--startDate=YYYY-MM-DD] [--pageSize=1..200]
# Builds the jar when it is missing; after changing the generator, rebuild it with
#   mvn -q -pl pipeline -am -DskipTests package
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/pipeline/target/tix-master.jar"
case "${1:-}" in
  -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
esac
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -q -pl pipeline -am -DskipTests package)
fi
exec java -cp "$JAR" com.tixmaster.pipeline.fixtures.FixtureGenerator "$@"
