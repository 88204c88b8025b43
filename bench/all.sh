#!/usr/bin/env bash
# Every figure issue 19's "Done when" asks of the bench README, measured in one go (run it on a quiet
# machine: the figures are wall clock where the issue's targets are):
#
#   kernel   `homeward bench screen`, full pass and exact pruning: pairs per second (the median of
#            --rounds timed screenings after one warm-up, each round in the log), and the profile
#            building time of its families (with the default 100,000 families: the full rebuild)
#   profiles ThreadCpuRun: family profile building µs per family (the simulated mix's median and each
#            shape alone, two typed siblings being the worst common shape), CPU clock, one thread
#   spark    SparkBench: Spark local[2] and local[1] against the in-process engine, same candidates
#   load     bench/load.sh against `homeward serve --demo` started here on a free port with a fresh
#            temporary data directory, stopped at the end: p50/p95/p99 per page
#
# Each section's whole output goes to its log in the output directory; the summary at the end repeats
# the figures, with `uptime` before and after every section. Needs the build of a fresh clone:
#   ./mvnw -B install -DskipTests
# Usage: bench/all.sh [--skip kernel,profiles,spark,load] [--families N] [--remains N] [--rounds N]
#                     [--spark-families N] [--spark-remains N] [--spark-masters 'local[2],local[1]']
#                     [--clients N] [--seconds S] [--warmup S] [--out DIR]
# Small sizes to check that it works: bench/all.sh --families 2000 --remains 2000 \
#   --spark-families 2000 --spark-remains 2000 --clients 5 --seconds 10 --skip profiles
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
skip="" families=100000 remains=10000 rounds=5 spark_families=100000 spark_remains=100000
spark_masters='local[2],local[1]' clients=50 seconds=60 warmup=30 out=""

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 2; }
need() { [[ -n "${2:-}" ]] || { echo "$1 needs a value" >&2; exit 2; }; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip) need "$1" "${2:-}"; skip="$2"; shift 2 ;;
    --families) need "$1" "${2:-}"; families="$2"; shift 2 ;;
    --remains) need "$1" "${2:-}"; remains="$2"; shift 2 ;;
    --rounds) need "$1" "${2:-}"; rounds="$2"; shift 2 ;;
    --spark-families) need "$1" "${2:-}"; spark_families="$2"; shift 2 ;;
    --spark-remains) need "$1" "${2:-}"; spark_remains="$2"; shift 2 ;;
    --spark-masters) need "$1" "${2:-}"; spark_masters="$2"; shift 2 ;;
    --clients) need "$1" "${2:-}"; clients="$2"; shift 2 ;;
    --seconds) need "$1" "${2:-}"; seconds="$2"; shift 2 ;;
    --warmup) need "$1" "${2:-}"; warmup="$2"; shift 2 ;;
    --out) need "$1" "${2:-}"; out="$2"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option '$1'" >&2; usage ;;
  esac
done
for section in ${skip//,/ }; do
  case "$section" in
    kernel|profiles|spark|load) ;;
    *) echo "--skip: unknown section '$section' (kernel, profiles, spark, load)" >&2; exit 2 ;;
  esac
done
runs() { [[ ",$skip," != *",$1,"* ]]; }

app_jar="$root/app/target/homeward.jar"
bench_jar="$root/bench/target/benchmarks.jar"
spark_jar="$root/spark/target/homeward-spark-0.1.0-SNAPSHOT.jar"
spark_cp="$root/spark/target/classpath.txt"
for f in "$app_jar" "$bench_jar" "$spark_jar" "$spark_cp"; do
  if [[ ! -f "$f" ]]; then
    echo "missing $f: build first with ./mvnw -B install -DskipTests" >&2
    exit 1
  fi
done

out="${out:-$(mktemp -d "${TMPDIR:-/tmp}/homeward-bench.XXXXXX")}"
mkdir -p "$out"
summary="$out/summary.txt"
: >"$summary"
note() { echo "$*" | tee -a "$summary"; }
stamp() { note "  uptime $1: $(uptime)"; }
# Runs a command with its output to log $1; a failure is reported and the next section still runs.
logged() {
  local log="$1"; shift
  "$@" >"$log" 2>&1 || note "  FAILED (exit $?): see $log"
}
# Repeats the lines of log $1 that match $2 into the summary, indented.
figures() { grep -E "$2" "$1" | sed 's/^/  /' | tee -a "$summary" || true; }

note "Homeward benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
note "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(java -version 2>&1 | head -1)"
note "logs: $out"
stamp "at the start"

if runs kernel; then
  for mode in full pruned; do
    log="$out/kernel-$mode.log"
    note ""
    note "== kernel, $mode: java -Xmx4g --add-modules=jdk.incubator.vector -jar app/target/homeward.jar bench screen --families $families --remains $remains --rounds $rounds$([[ $mode == pruned ]] && echo ' --prune')"
    stamp before
    logged "$log" java -Xmx4g --add-modules=jdk.incubator.vector -jar "$app_jar" bench screen --families "$families" --remains "$remains" --rounds "$rounds" \
      $([[ $mode == pruned ]] && echo --prune)
    figures "$log" '^(run|pairs screened|warm-up|screening time|pairs per second|ns per pair|profile building|peak heap|sanity)'
    stamp after
  done
fi

if runs profiles; then
  log="$out/profiles.log"
  note ""
  note "== family profiles: ThreadCpuRun (CPU clock, one thread; the 'alone' shapes each into a fresh screening)"
  stamp before
  logged "$log" java -Xmx2g -Xms2g --add-modules=jdk.incubator.vector -XX:+AlwaysPreTouch -cp "$bench_jar" org.homeward.bench.ThreadCpuRun
  figures "$log" '^(profile|kernel)'
  stamp after
fi

if runs spark; then
  log="$out/spark.log"
  note ""
  note "== Spark against in-process: SparkBench --families $spark_families --remains $spark_remains --masters '$spark_masters'"
  stamp before
  logged "$log" java -Xmx8g "@$root/spark/jvm.options" "-Dlog4j2.configurationFile=$root/spark/log4j2.properties" \
    -cp "$spark_jar:$(cat "$spark_cp")" org.homeward.spark.SparkBench \
    --families "$spark_families" --remains "$spark_remains" --masters "$spark_masters"
  figures "$log" '^(round|[0-9,]+ families)'
  stamp after
fi

server=""
data=""
stop_server() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" 2>/dev/null || true
  fi
  server=""
  [[ -n "$data" ]] && rm -rf "$data"
  data=""
}
trap stop_server EXIT

if runs load; then
  log="$out/load.log"
  server_log="$out/load-server.log"
  data="$(mktemp -d "${TMPDIR:-/tmp}/homeward-bench-data.XXXXXX")"
  note ""
  note "== load: $clients clients for $seconds s after a $warmup s warm-up, bench/load.sh against serve --demo (data in $data)"
  stamp before
  java --add-modules=jdk.incubator.vector -jar "$app_jar" serve --demo --data-dir "$data" --port 0 >"$server_log" 2>&1 &
  server=$!
  started=$(date +%s)
  url=""
  # The demo data loads before the server says it runs (minutes on 2 cores, longer under load).
  while [[ -z "$url" ]] && kill -0 "$server" 2>/dev/null; do
    sleep 2
    url="$(grep -oE 'Homeward is running at http://localhost:[0-9]+' "$server_log" | grep -oE 'http://localhost:[0-9]+' || true)"
  done
  if [[ -z "$url" ]]; then
    note "  FAILED: the demo server stopped before it was ready; see $server_log"
  else
    note "  demo server ready at $url after $(( $(date +%s) - started )) s (demo data loaded)"
    logged "$log" "$root/bench/load.sh" "$url" "$server_log" "$clients" "$seconds" --warmup "$warmup"
    figures "$log" '^[^u].'   # the table, without load.sh's own uptime line
  fi
  stamp after
  stop_server
fi

note ""
stamp "at the end"
echo "summary: $summary"
