#!/bin/sh
# Nightly scoring job (cron on cron-01: 0 2 * * *).
set -eu
export LEGACY_SCRIPT_HOME="${LEGACY_SCRIPT_HOME:-/opt/scoring}"
cd "$LEGACY_SCRIPT_HOME"

python3 scripts/core/batch_opportunity_scoring.py
python3 scripts/core/export_summary.py
