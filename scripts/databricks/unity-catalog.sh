#!/usr/bin/env bash
# Creates the Unity Catalog objects the bundle expects, or prints the SQL to do it by hand:
#   <catalog>                       the catalog
#   <catalog>.bronze|silver|gold    the three schemas (the pipeline creates the tables)
#   <catalog>.bronze.landing        Volume: raw API pages      (--landing)
#   <catalog>.bronze.staging        Volume: run-scoped Parquet (--stagingDir)
#   <catalog>.gold.lakehouse        Volume: run lock, reports  (--lakehouse, _reports/)
# and grants the principal that runs the job what it needs (see docs/DATABRICKS.md, step 1).
#
# Usage:
#   scripts/databricks/unity-catalog.sh --catalog=ticket_master_dev --principal=you@example.com
#       prints the SQL, to paste into a SQL editor or notebook
#   scripts/databricks/unity-catalog.sh --catalog=ticket_master --principal=<sp-application-id> \
#       --warehouse-id=<sql-warehouse-id> [--profile=<cli-profile>]
#       runs the same SQL through the SQL Statement Execution API with the databricks CLI
# Options:
#   --managed-location=URL  storage root for the catalog (needed when the metastore has none)
#   --readers=GROUP         also lets GROUP read the gold schema (dashboards, Genie)
# Idempotent: every statement is CREATE … IF NOT EXISTS or GRANT.
set -euo pipefail

catalog="" principal="" warehouse="" profile="" location="" readers=""
for arg in "$@"; do
  case "$arg" in
    --catalog=*) catalog="${arg#*=}" ;;
    --principal=*) principal="${arg#*=}" ;;
    --warehouse-id=*) warehouse="${arg#*=}" ;;
    --profile=*) profile="${arg#*=}" ;;
    --managed-location=*) location="${arg#*=}" ;;
    --readers=*) readers="${arg#*=}" ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$catalog" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "--catalog must be a SQL identifier" >&2; exit 2; }
[[ -n "$principal" ]] || { echo "--principal is required (a user email, group or service principal application id)" >&2; exit 2; }
[[ "$principal" != *'`'* && "$readers" != *'`'* && "$location" != *"'"* ]] || { echo "bad character in an option" >&2; exit 2; }

c="\`$catalog\`"
p="\`$principal\`"
statements=()
if [[ -n "$location" ]]; then
  statements+=("CREATE CATALOG IF NOT EXISTS $c MANAGED LOCATION '$location' COMMENT 'tix-master lakehouse: Ticketmaster Discovery API events, venues and attractions'")
else
  statements+=("CREATE CATALOG IF NOT EXISTS $c COMMENT 'tix-master lakehouse: Ticketmaster Discovery API events, venues and attractions'")
fi
statements+=(
  "CREATE SCHEMA IF NOT EXISTS $c.bronze COMMENT 'Raw API records, append-only, exactly once per landed file, with lineage'"
  "CREATE SCHEMA IF NOT EXISTS $c.silver COMMENT 'Cleaned, deduplicated entities in third normal form'"
  "CREATE SCHEMA IF NOT EXISTS $c.gold COMMENT 'Star schema (SCD2 dimensions, fact_events), monthly KPIs, audits and the ETL log'"
  "CREATE VOLUME IF NOT EXISTS $c.bronze.landing COMMENT 'Discovery API pages as landed by the ingest task: <entity>/YYYY/MM/DD/*.json'"
  "CREATE VOLUME IF NOT EXISTS $c.bronze.staging COMMENT 'Run-scoped Parquet written by Beam and merged into the Delta tables'"
  "CREATE VOLUME IF NOT EXISTS $c.gold.lakehouse COMMENT 'tix-master run lock and run reports (_reports/)'"
  "GRANT USE CATALOG ON CATALOG $c TO $p"
)
for schema in bronze silver gold; do
  statements+=("GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA $c.$schema TO $p")
done
for volume in bronze.landing bronze.staging gold.lakehouse; do
  statements+=("GRANT READ VOLUME, WRITE VOLUME ON VOLUME $c.$volume TO $p")
done
if [[ -n "$readers" ]]; then
  statements+=(
    "GRANT USE CATALOG ON CATALOG $c TO \`$readers\`"
    "GRANT USE SCHEMA, SELECT ON SCHEMA $c.gold TO \`$readers\`"
  )
fi

if [[ -z "$warehouse" ]]; then
  for s in "${statements[@]}"; do printf '%s;\n' "$s"; done
  exit 0
fi

command -v databricks >/dev/null || { echo "the databricks CLI is not on PATH" >&2; exit 2; }
cli=(databricks)
[[ -n "$profile" ]] && cli+=(--profile "$profile")

json_escape() { local s=${1//\\/\\\\}; printf '%s' "${s//\"/\\\"}"; }
field() { sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" | sed -n 1p; }

for s in "${statements[@]}"; do
  echo "-> $s"
  body=$(printf '{"warehouse_id":"%s","statement":"%s","wait_timeout":"30s"}' "$warehouse" "$(json_escape "$s")")
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
echo "done: catalog $catalog is ready for $principal"
