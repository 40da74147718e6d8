#!/usr/bin/env bash
# Measures how long WorkspaceLoader takes to load and validate a large generated workspace
# (50 phases, 5,000 checklist items, 200 rules; see WorkspaceLoadBenchmark). Target: <= 300 ms/op.
# Extra arguments go to JMH, e.g. `-prof gc`. Runs offline; takes about half a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."

mvn -q -o test-compile
classpath_file=target/bench/classpath.txt
mkdir -p target/bench
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"

java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.openjdk.jmh.Main \
    WorkspaceLoadBenchmark -f 1 -wi 3 -i 5 \
    -jvmArgsAppend "-Dworkbench.log.dir=$PWD/target/bench/logs" \
    -rff target/bench/load-workspace.csv "$@"
