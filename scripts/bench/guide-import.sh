#!/usr/bin/env bash
# Measures how long GuideImporter takes to import a generated 2 MB Markdown guide of 20,000 task items
# (see GuideImportBenchmark). Target: <= 1 s/op (1000 ms). Extra arguments go to JMH, e.g. `-prof gc`.
# Runs offline; takes about half a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."

mvn -q -o test-compile
classpath_file=target/bench/classpath.txt
mkdir -p target/bench
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"

java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.openjdk.jmh.Main \
    GuideImportBenchmark -f 1 -wi 3 -i 5 \
    -jvmArgsAppend "-Dworkbench.log.dir=$PWD/target/bench/logs" \
    -rff target/bench/guide-import.csv "$@"
