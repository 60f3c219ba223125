#!/usr/bin/env bash
# Creates the secret scope that holds the Ticketmaster Discovery API key, stores the key, and lets
# the principal that runs the job read it (docs/DATABRICKS.md, step 2). The job cluster resolves
# {{secrets/<scope>/<key>}} into TICKETMASTER_API_KEY when it starts.
#
# Usage:
#   scripts/databricks/secret-scope.sh [--scope=tix-master] [--key=ticketmaster-api-key] \
#       [--reader=<user-email|group|sp-application-id>] [--profile=<cli-profile>]
#
# The key is read from a hidden prompt, or from standard input when it is piped in, e.g.
#   pass show ticketmaster/api-key | scripts/databricks/secret-scope.sh --reader=<sp-application-id>
# It is never taken from the command line (shell history, process list), never printed, and
# never written to a file.
set -euo pipefail

scope="tix-master" key="ticketmaster-api-key" reader="" profile=""
for arg in "$@"; do
  case "$arg" in
    --scope=*) scope="${arg#*=}" ;;
    --key=*) key="${arg#*=}" ;;
    --reader=*) reader="${arg#*=}" ;;
    --profile=*) profile="${arg#*=}" ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done
command -v databricks >/dev/null || { echo "the databricks CLI is not on PATH" >&2; exit 2; }
cli=(databricks)
[[ -n "$profile" ]] && cli+=(--profile "$profile")

if "${cli[@]}" secrets list-scopes -o json | tr -d ' \n' | grep -q "\"name\":\"$scope\""; then
  echo "secret scope $scope exists"
else
  "${cli[@]}" secrets create-scope "$scope"
  echo "created secret scope $scope"
fi

if [[ -t 0 ]]; then
  read -r -s -p "Ticketmaster API key (input hidden): " value
  echo
else
  value=$(cat) # drops the trailing newline that `echo`/`pass show` add
fi
value="${value//[$'\t\r\n ']/}"
[[ -n "$value" ]] || { echo "no key given; nothing stored" >&2; exit 2; }
# printf is a shell builtin: the value reaches the CLI through a pipe, never as an argument, and
# put-secret reads it from standard input.
printf '%s' "$value" | "${cli[@]}" secrets put-secret "$scope" "$key"
unset value
echo "stored $scope/$key"

if [[ -n "$reader" ]]; then
  "${cli[@]}" secrets put-acl "$scope" "$reader" READ
  echo "$reader may READ $scope"
fi
