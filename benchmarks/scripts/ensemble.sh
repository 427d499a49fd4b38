#!/usr/bin/env bash
# The ensemble benchmark (issue 19): one ensemble of 3 synthetic parks x 2 scenarios x 200
# samples (21 years), run by the single-machine runner on 1 and 2 threads and by Spark on
# local[1] and local[2], each in a fresh JVM, REPEATS times (default 2). Prints one line per
# measurement. Usage: benchmarks/scripts/ensemble.sh [PLANTS] [SAMPLES] [REPEATS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
plants="${1:-100}"
samples="${2:-200}"
repeats="${3:-2}"
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
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | sed -n 1p), load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$repeats"); do
  for run in "single 1" "single 2" "spark local[1]" "spark local[2]"; do
    set -- $run
    java -Dlog4j2.configurationFile=symbiosis-spark-log4j2.properties -cp "$classpath" \
      org.symbiosis.spark.EnsembleThroughput "$1" "$2" "$work/bench.json" 2>/dev/null
  done
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
