#!/usr/bin/env bash
# The load test (issue 17 item 2, issue 19 item 7): 50 clients for 60 s against the main pages of a
# running `homeward serve --demo`. Each client signs in itself (its own session), round-robin over the
# demo accounts of the coordinator, both forensic analysts, the family liaison officer and the auditor
# that the server printed at its start, and walks the pages its role opens at varied addresses
# (bench/load/LoadTest.java); the administrator's account reads the kept-page counter from the metrics.
#
#   ./homeward serve --demo --data-dir /tmp/load-demo --port 18090 | tee /tmp/load-demo.log
#   bench/load.sh http://localhost:18090 /tmp/load-demo.log [CLIENTS] [SECONDS] [--warmup SECONDS]
#
# Prints per page the requests, p50/p95/p99/max latency and errors, the share of kept-page requests served
# kept, then `uptime`. With --warmup W the clients first run W seconds more, reported apart (a fresh JVM
# compiles its hot code then). Only for a server on this machine: the passwords are read from its console output.
set -euo pipefail

warmup=0 positional=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --warmup) warmup="${2:?--warmup needs a number of seconds}"; shift 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
if [[ ${#positional[@]} -lt 2 ]]; then
  echo "usage: bench/load.sh BASE_URL SERVER_CONSOLE_LOG [CLIENTS=50] [SECONDS=60] [--warmup SECONDS=0]" >&2
  exit 2
fi
base="${positional[0]}" log="${positional[1]}" clients="${positional[2]:-50}" seconds="${positional[3]:-60}"
case "$base" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "bench/load.sh only loads a server on this machine (http://localhost:PORT)" >&2; exit 2 ;;
esac

accounts() {  # every demo account of role $1 as ROLE=username:password, one per line
  local lines
  lines="$(grep -E "^  [^ ]+ +$1 +[^ ]+$" "$log")" || true
  if [[ -z "$lines" ]]; then
    echo "no $1 account in $log: start the server with --demo and give its console output" >&2
    exit 1
  fi
  while read -r user _ password; do
    echo "${2:-$1}=$user:$password"
  done <<<"$lines"
}

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mapfile -t people < <(for role in COORDINATOR FORENSIC_ANALYST FAMILY_LIAISON AUDITOR; do accounts "$role"; done)
java "$here/load/LoadTest.java" "$base" "$clients" "$seconds" "$warmup" "${people[@]}" "$(accounts ADMINISTRATOR METRICS)"
echo
echo "uptime: $(uptime)"
