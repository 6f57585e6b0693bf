#!/usr/bin/env bash
# Builds and runs the kamscore benchmarks with JMH's allocation profiler.
#
#   benchmarks/run.sh quick [JMH options]   # about 5 minutes on 2 cores: 1 fork, short iterations
#   benchmarks/run.sh full  [JMH options]   # about 35 minutes: for a quiet machine
#   benchmarks/run.sh cpu   [JMH options]   # quick, plus the on-CPU time per operation (perf's
#                                           # task-clock): ratios that hold on a loaded machine
#
# Extra options go to JMH, e.g. a benchmark filter: benchmarks/run.sh quick PerCustomer
# JAVA selects the JVM (default: java on the PATH). Results: benchmarks/target/results-<mode>.*
set -euo pipefail

mode="${1:-quick}"
shift || true
root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA:-java}"

case "$mode" in
  quick) settings=(-f 1 -wi 2 -w 1s -i 3 -r 1s) ;;
  full) settings=() ;; # the @Fork, @Warmup and @Measurement of each benchmark class
  cpu) settings=(-f 1 -wi 3 -w 1s -i 5 -r 1s -prof perfnorm:events=task-clock) ;;
  *) echo "usage: $0 [quick|full|cpu] [JMH options]" >&2; exit 2 ;;
esac

(cd "$root" && mvn -q -B -pl benchmarks -am -DskipTests package)

echo "# $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"
"$java" -version 2>&1 | sed 's/^/# /'
exec "$java" -jar "$root/benchmarks/target/benchmarks.jar" "${settings[@]}" -prof gc \
  -rf json -rff "$root/benchmarks/target/results-$mode.json" \
  -o "$root/benchmarks/target/results-$mode.txt" "$@"
