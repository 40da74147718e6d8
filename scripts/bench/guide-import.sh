#!/usr/bin/env bash
# Measures how long GuideImporter takes to import a generated 2 MB Markdown guide of 20,000 task items
# (see GuideImportBenchmark). Target: <= 1 s/op (1000 ms). Extra arguments go to JMH, e.g. `-prof gc`.
# Runs offline; takes about half a minute.
set -euo pipefail
exec "$(dirname "$0")/jmh.sh" GuideImportBenchmark guide-import "$@"
