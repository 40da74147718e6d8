#!/usr/bin/env bash
# Measures how long WorkspaceLoader takes to load and validate a large generated workspace
# (50 phases, 5,000 checklist items, 200 rules; see WorkspaceLoadBenchmark). Target: <= 300 ms/op.
# Extra arguments go to JMH, e.g. `-prof gc`. Runs offline; takes about half a minute.
set -euo pipefail
exec "$(dirname "$0")/jmh.sh" WorkspaceLoadBenchmark load-workspace "$@"
