#!/usr/bin/env bash
# Creates what the event assistant's Databricks path needs (docs/ASSISTANT.md): a Vector Search
# endpoint and a Delta Sync index over <catalog>.gold.event_documents that embeds event_text with
# a Databricks-hosted embedding model, or syncs the index when it already exists.
#
# Usage:
#   scripts/databricks/vector-search.sh [--catalog=ticket_master] [--endpoint=tix-master-vs] \
#       [--index=<catalog>.gold.event_documents_index] [--embedding-model=databricks-bge-large-en] \
#       [--pipeline-type=TRIGGERED|CONTINUOUS] [--warehouse-id=<sql-warehouse-id>] \
#       [--profile=<cli-profile>] [--no-wait] [--dry-run]
#
# A Delta Sync index reads the source table's change data feed. With --warehouse-id the script
# turns it on (ALTER TABLE … SET TBLPROPERTIES) through the SQL Statement Execution API; without
# it, it prints the statement to run once by hand. --dry-run prints every request and runs none.
# Idempotent: an existing endpoint is reused, an existing index is synced instead of created.
# Authentication is the databricks CLI's own (a profile, or DATABRICKS_HOST/DATABRICKS_TOKEN);
# this script never reads, prints or stores a token.
set -euo pipefail

catalog="ticket_master" endpoint="tix-master-vs" index="" model="databricks-bge-large-en"
pipeline="TRIGGERED" warehouse="" profile="" wait=1 dry=0
for arg in "$@"; do
  case "$arg" in
    --catalog=*) catalog="${arg#*=}" ;;
    --endpoint=*) endpoint="${arg#*=}" ;;
    --index=*) index="${arg#*=}" ;;
    --embedding-model=*) model="${arg#*=}" ;;
    --pipeline-type=*) pipeline="${arg#*=}" ;;
    --warehouse-id=*) warehouse="${arg#*=}" ;;
    --profile=*) profile="${arg#*=}" ;;
    --no-wait) wait=0 ;;
    --dry-run) dry=1 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done
ident='^[A-Za-z_][A-Za-z0-9_]*$'
[[ "$catalog" =~ $ident ]] || { echo "--catalog must be a SQL identifier" >&2; exit 2; }
[[ -n "$index" ]] || index="$catalog.gold.event_documents_index"
[[ "$index" =~ ^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$ ]] \
  || { echo "--index must be CATALOG.SCHEMA.INDEX" >&2; exit 2; }
[[ "$endpoint" =~ ^[A-Za-z0-9][A-Za-z0-9_-]*$ ]] || { echo "--endpoint: letters, digits, - and _ only" >&2; exit 2; }
[[ "$model" =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] || { echo "--embedding-model: a serving endpoint name" >&2; exit 2; }
[[ "$pipeline" == TRIGGERED || "$pipeline" == CONTINUOUS ]] || { echo "--pipeline-type must be TRIGGERED or CONTINUOUS" >&2; exit 2; }
[[ -z "$warehouse" || "$warehouse" =~ ^[A-Za-z0-9]+$ ]] || { echo "--warehouse-id: letters and digits only" >&2; exit 2; }

source_table="$catalog.gold.event_documents"
# the columns the assistant reads (AskCli, EventDoc.COLUMNS)
columns='"event_id","event_text","event_name","event_date","event_local_time","event_datetime_utc","city","state","country","segment_name","genre_name","subgenre_name","price_min","price_max","price_currency","venue_name","attraction_name","status_code","event_url"'
cdf_sql="ALTER TABLE \`$catalog\`.gold.event_documents SET TBLPROPERTIES (delta.enableChangeDataFeed = true)"
endpoint_body=$(printf '{"name":"%s","endpoint_type":"STANDARD"}' "$endpoint")
index_body=$(printf '{"name":"%s","endpoint_name":"%s","primary_key":"event_id","index_type":"DELTA_SYNC","delta_sync_index_spec":{"source_table":"%s","pipeline_type":"%s","embedding_source_columns":[{"name":"event_text","embedding_model_endpoint_name":"%s"}],"columns_to_sync":[%s]}}' \
  "$index" "$endpoint" "$source_table" "$pipeline" "$model" "$columns")

if (( dry )); then
  echo "# 1. change data feed on the source table (SQL, once)"
  echo "$cdf_sql;"
  echo "# 2. the endpoint, unless GET /api/2.0/vector-search/endpoints/$endpoint finds it"
  echo "POST /api/2.0/vector-search/endpoints $endpoint_body"
  echo "# 3. the index, unless GET /api/2.0/vector-search/indexes/$index finds it (then: POST …/sync)"
  echo "POST /api/2.0/vector-search/indexes $index_body"
  exit 0
fi

command -v databricks >/dev/null || { echo "the databricks CLI is not on PATH" >&2; exit 2; }
cli=(databricks)
[[ -n "$profile" ]] && cli+=(--profile "$profile")
field() { tr -d '\n' | sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" | sed -n 1p; }
json_escape() { local s=${1//\\/\\\\}; printf '%s' "${s//\"/\\\"}"; }

# 1. change data feed
if [[ -n "$warehouse" ]]; then
  echo "-> $cdf_sql"
  body=$(printf '{"warehouse_id":"%s","statement":"%s","wait_timeout":"30s"}' "$warehouse" "$(json_escape "$cdf_sql")")
  reply=$("${cli[@]}" api post /api/2.0/sql/statements --json "$body")
  id=$(printf '%s' "$reply" | field statement_id)
  state=$(printf '%s' "$reply" | field state)
  while [[ "$state" == PENDING || "$state" == RUNNING ]]; do
    sleep 5
    reply=$("${cli[@]}" api get "/api/2.0/sql/statements/$id")
    state=$(printf '%s' "$reply" | field state)
  done
  [[ "$state" == SUCCEEDED ]] || { echo "enabling the change data feed failed ($state):" >&2; printf '%s\n' "$reply" >&2; exit 1; }
else
  echo "note: a Delta Sync index needs the change data feed of $source_table. Run once, e.g. in a SQL editor:"
  echo "  $cdf_sql;"
  echo "  (or pass --warehouse-id=… to let this script run it)"
fi

# 2. the endpoint
if "${cli[@]}" api get "/api/2.0/vector-search/endpoints/$endpoint" >/dev/null 2>&1; then
  echo "endpoint $endpoint exists"
else
  "${cli[@]}" api post /api/2.0/vector-search/endpoints --json "$endpoint_body" >/dev/null
  echo "created endpoint $endpoint (STANDARD)"
fi
if (( wait )); then
  for _ in $(seq 1 90); do
    state=$("${cli[@]}" api get "/api/2.0/vector-search/endpoints/$endpoint" | field state)
    [[ "$state" == ONLINE ]] && break
    [[ "$state" == OFFLINE ]] && { echo "endpoint $endpoint is OFFLINE" >&2; exit 1; }
    echo "endpoint $endpoint: ${state:-unknown}; waiting ..."
    sleep 20
  done
  [[ "$state" == ONLINE ]] || { echo "endpoint $endpoint is not ONLINE after 30 minutes" >&2; exit 1; }
  echo "endpoint $endpoint is ONLINE"
fi

# 3. the index
if "${cli[@]}" api get "/api/2.0/vector-search/indexes/$index" >/dev/null 2>&1; then
  if [[ "$pipeline" == TRIGGERED ]]; then
    "${cli[@]}" api post "/api/2.0/vector-search/indexes/$index/sync" --json '{}' >/dev/null
    echo "index $index exists; sync started"
  else
    echo "index $index exists (continuous: it syncs itself)"
  fi
else
  "${cli[@]}" api post /api/2.0/vector-search/indexes --json "$index_body" >/dev/null
  echo "created index $index over $source_table (embedding event_text with $model, $pipeline)"
fi
if (( wait )); then
  for _ in $(seq 1 120); do
    reply=$("${cli[@]}" api get "/api/2.0/vector-search/indexes/$index")
    ready=$(printf '%s' "$reply" | tr -d '\n ' | sed -n 's/.*"ready":\(true\|false\).*/\1/p' | sed -n 1p)
    [[ "$ready" == true ]] && break
    echo "index $index: $(printf '%s' "$reply" | field detailed_state); waiting ..."
    sleep 30
  done
  [[ "$ready" == true ]] || { echo "index $index is not ready after 60 minutes; check it in Catalog Explorer" >&2; exit 1; }
  echo "index $index is ready"
fi

cat <<EOF
Ask it (DATABRICKS_HOST and DATABRICKS_TOKEN in the environment; the token is never printed):
  scripts/ask.sh --retriever=vector-search --endpoint=$endpoint --index=$index "blues concerts in London"
  scripts/ask.sh --retriever=vector-search --endpoint=$endpoint --index=$index --llm=<chat serving endpoint> "…"
EOF
