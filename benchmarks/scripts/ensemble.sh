#!/usr/bin/env bash
# The ensemble benchmark (issue 19): one ensemble of 3 synthetic parks x 2 scenarios x 200
# samples (21 years), run by the single-machine runner on 1 and 2 threads and by Spark on
# local[1] and local[2], each in a fresh JVM, REPEATS times (default 2). Prints one line per
# measurement and writes them all, with the machine, the load average before and after each and
# the commit, to RESULTS (default benchmarks/results-DATE-ensemble.json, DATE in UTC).
# Usage: benchmarks/scripts/ensemble.sh [PLANTS] [SAMPLES] [REPEATS] [RESULTS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
plants="${1:-100}"
samples="${2:-200}"
repeats="${3:-2}"
results="${4:-$root/benchmarks/results-$(date -u +%Y-%m-%d)-ensemble.json}"
case "$results" in /*) ;; *) results="$PWD/$results" ;; esac
cd "$root"
mvn -B -q -Dstyle.color=never -DskipTests -pl symbiosis-spark -am package
mvn -B -q -Dstyle.color=never -pl symbiosis-spark test-compile -o 2>/dev/null \
  || mvn -B -q -Dstyle.color=never -pl symbiosis-spark -am test-compile
target="$root/symbiosis-spark/target"
classpath="$target/test-classes:$target/classes:$(cat "$target/classpath-compile.txt"):$(cat "$target/classpath-runtime.txt")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The scenario templates of the module's tests (cluster 0's kiln, the grid factor, a capture
# share), which fit every synthetic park.
cp "$root/symbiosis-spark/src/test/resources/ensembles/grey.json" \
   "$root/symbiosis-spark/src/test/resources/ensembles/green.json" "$work/"
cat > "$work/bench.json" <<JSON
{
  "name": "bench-${plants}",
  "description": "3 synthetic parks of ${plants} plants x 2 scenarios x ${samples} samples, 21 years.",
  "seed": 1,
  "samples": ${samples},
  "tornado": 2030,
  "parks": [
    {"id": "a", "synthetic": {"plants": ${plants}, "seed": 1}},
    {"id": "b", "synthetic": {"plants": ${plants}, "seed": 2}},
    {"id": "c", "synthetic": {"plants": ${plants}, "seed": 3}}
  ],
  "scenarios": [{"file": "grey.json"}, {"file": "green.json"}]
}
JSON
started="$(date -u +%Y-%m-%dT%H:%MZ)"
java_version="$(java -version 2>&1 | sed -n 1p)"
echo "# $started, $(nproc) cores, $java_version, load $(cut -d' ' -f1-3 /proc/loadavg)"
measurements=()
for r in $(seq "$repeats"); do
  for run in "single 1" "single 2" "spark local[1]" "spark local[2]"; do
    set -- $run
    load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
    java -Dlog4j2.configurationFile=symbiosis-spark-log4j2.properties -cp "$classpath" \
      org.symbiosis.spark.EnsembleThroughput "$1" "$2" "$work/bench.json" "$work/one.json" \
      2>/dev/null
    measurements+=("{\"round\": $r, \"load_before\": \"$load_before\", \"load_after\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"measurement\": $(cat "$work/one.json")}")
  done
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "{"
  echo "  \"kind\": \"symbiosis-ensemble-throughput\","
  echo "  \"script\": \"benchmarks/scripts/ensemble.sh $plants $samples $repeats\","
  echo "  \"commit\": \"$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\","
  echo "  \"started\": \"$started\","
  echo "  \"machine\": \"$(nproc) cores, $(awk '/^MemTotal:/ {printf "%d", $2 / 1048576}' /proc/meminfo) GiB\","
  echo "  \"java\": \"${java_version//\"/\\\"}\","
  echo "  \"ensemble\": {\"parks\": 3, \"plants\": $plants, \"scenarios\": 2, \"samples_per_run\": $samples, \"years\": 21, \"tornado\": 2030, \"block_size\": 50},"
  echo "  \"runs\": ["
  for i in "${!measurements[@]}"; do
    if [ "$i" -lt $((${#measurements[@]} - 1)) ]; then
      echo "    ${measurements[$i]},"
    else
      echo "    ${measurements[$i]}"
    fi
  done
  echo "  ]"
  echo "}"
} > "$results"
echo "# written to $results"
