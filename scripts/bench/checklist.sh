#!/usr/bin/env bash
# Measures the Checklists view with a 20,000-item Markdown checklist (see ChecklistViewBench and
# ChecklistToggleBenchmark): opening it in the view on headless Monocle (target <= 500 ms), and storing a
# toggle (JMH sample time of ChecklistService.apply on an H2 file store, target median <= 5 ms; the view
# harness also reports toggle-to-stored-and-shown). Extra arguments go to JMH. Runs offline; about a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."

classpath=$(scripts/bench/test-classpath.sh)

java -cp "$classpath" -Dworkbench.log.dir="$PWD/target/bench/logs" -Djavafx.cachedir="$PWD/target/bench/openjfx" \
    org.migrationworkbench.bench.ChecklistViewBench | tee target/bench/checklist-view.txt

java -cp "$classpath" org.openjdk.jmh.Main ChecklistToggleBenchmark -f 1 -wi 3 -i 5 \
    -jvmArgsAppend "-Dworkbench.log.dir=$PWD/target/bench/logs" \
    -rff target/bench/checklist-toggle.csv "$@"
