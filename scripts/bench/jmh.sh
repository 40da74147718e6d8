#!/usr/bin/env bash
# Runs one JMH benchmark of src/test/java/org/migrationworkbench/bench offline:
#   scripts/bench/jmh.sh BenchmarkClass result-name [extra JMH arguments]
# Results go to target/bench/<result-name>.csv; logs to target/bench/logs.
set -euo pipefail
cd "$(dirname "$0")/../.."
benchmark="$1"
result="$2"
shift 2

classpath=$(scripts/bench/test-classpath.sh)
java -cp "$classpath" org.openjdk.jmh.Main \
    "$benchmark" -f 1 -wi 3 -i 5 \
    -jvmArgsAppend "-Dworkbench.log.dir=$PWD/target/bench/logs" \
    -rff "target/bench/$result.csv" "$@"
