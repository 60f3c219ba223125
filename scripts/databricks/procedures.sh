#!/usr/bin/env bash
# Creates the warehouse users' stored procedures (sql/procedures/, generated from the pipeline's
# check registry and KPI definitions) in <catalog>.gold on a Databricks SQL warehouse, or prints
# their SQL:
#   <catalog>.gold.sp_data_quality_checks(catalog, run_id)
#   <catalog>.gold.sp_generate_event_summary(catalog, start_month, end_month)
# Needs Databricks SQL (or DBR 17.0+) with Unity Catalog, and USE CATALOG, USE SCHEMA and
# CREATE FUNCTION on <catalog>.gold (see docs/DATABRICKS.md, "For SQL users").
#
# Usage:
#   scripts/databricks/procedures.sh --catalog=ticket_master_dev
#       prints the SQL, to paste into a SQL editor
#   scripts/databricks/procedures.sh --catalog=ticket_master --warehouse-id=<sql-warehouse-id> \
#       [--profile=<cli-profile>]
#       runs each CREATE OR REPLACE PROCEDURE through the SQL Statement Execution API with the
#       databricks CLI (its own authentication; this script reads and prints no credential)
# Idempotent: CREATE OR REPLACE.
set -euo pipefail

catalog="ticket_master" warehouse="" profile=""
for arg in "$@"; do
  case "$arg" in
    --catalog=*) catalog="${arg#*=}" ;;
    --warehouse-id=*) warehouse="${arg#*=}" ;;
    --profile=*) profile="${arg#*=}" ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$catalog" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "--catalog must be a SQL identifier" >&2; exit 2; }
[[ -z "$warehouse" || "$warehouse" =~ ^[A-Za-z0-9]+$ ]] || { echo "--warehouse-id must be alphanumeric" >&2; exit 2; }

dir="$(cd "$(dirname "$0")/../.." && pwd)/sql/procedures"
files=("$dir"/sp_*.sql)
[[ -f "${files[0]}" ]] || { echo "no procedures in $dir" >&2; exit 2; }
render() { sed "s/\${catalog}/$catalog/g" "$1"; }

if [[ -z "$warehouse" ]]; then
  for f in "${files[@]}"; do render "$f"; echo; done
  exit 0
fi

command -v databricks >/dev/null || { echo "the databricks CLI is not on PATH" >&2; exit 2; }
cli=(databricks)
[[ -n "$profile" ]] && cli+=(--profile "$profile")

# JSON string contents: backslashes, quotes, and the control characters a SQL file holds.
json_escape() {
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\t'/\\t}
  s=${s//$'\r'/}
  printf '%s' "${s//$'\n'/\\n}"
}
field() { sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" | sed -n 1p; }

for f in "${files[@]}"; do
  name=$(basename "$f" .sql)
  echo "-> $catalog.gold.$name"
  body=$(printf '{"warehouse_id":"%s","statement":"%s","wait_timeout":"30s"}' \
    "$warehouse" "$(json_escape "$(render "$f")")")
  reply=$("${cli[@]}" api post /api/2.0/sql/statements --json "$body")
  id=$(printf '%s' "$reply" | tr -d '\n' | field statement_id)
  state=$(printf '%s' "$reply" | tr -d '\n' | field state)
  # A stopped warehouse takes a few minutes to start; keep asking.
  while [[ "$state" == PENDING || "$state" == RUNNING ]]; do
    sleep 5
    reply=$("${cli[@]}" api get "/api/2.0/sql/statements/$id")
    state=$(printf '%s' "$reply" | tr -d '\n' | field state)
  done
  if [[ "$state" != SUCCEEDED ]]; then
    echo "failed ($state):" >&2
    printf '%s\n' "$reply" >&2
    exit 1
  fi
done
echo "done: CALL $catalog.gold.sp_data_quality_checks('$catalog', 'my-audit');"
echo "      CALL $catalog.gold.sp_generate_event_summary('$catalog', NULL, NULL);"
