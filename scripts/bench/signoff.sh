#!/usr/bin/env bash
# Measures sign-offs (see SignoffBenchmark): recording one approval of a gate covering a 200-item checklist,
# 10 rules and 2 comparisons — evidence snapshot, digest, chain hash and durable commit on an H2 file store
# (target: median <= 30 ms) — and verifying a chain of 10,000 records (target <= 1 s). JMH sample time;
# extra arguments go to JMH. Runs offline; about two minutes. Results in target/bench/signoff.csv.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec scripts/bench/jmh.sh SignoffBenchmark signoff "$@"
