#!/usr/bin/env bash
# Measures the Timeline view with a plan of 200 phases on headless Monocle (see TimelineViewBench): showing it
# (target <= 200 ms) and panning (one scroll step to the pulse after it). Runs offline; under a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."

classpath=$(scripts/bench/test-classpath.sh)

java -cp "$classpath" -Dworkbench.log.dir="$PWD/target/bench/logs" -Djavafx.cachedir="$PWD/target/bench/openjfx" \
    org.migrationworkbench.bench.TimelineViewBench | tee target/bench/timeline-view.txt
