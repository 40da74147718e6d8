#!/bin/sh
# Nightly scoring job (cron on cron-01: 0 2 * * *).
# Parallel run (2026-10-19 to 2026-10-30): the legacy scripts stay authoritative, the unified
# pipeline writes beside them into out/unified/ and may fail without failing the job.
set -eu
export LEGACY_SCRIPT_HOME="${LEGACY_SCRIPT_HOME:-/opt/scoring}"
cd "$LEGACY_SCRIPT_HOME"

python3 scripts/core/batch_opportunity_scoring.py
python3 scripts/core/export_summary.py

set -a; . /etc/scoring/pipeline.env; set +a
python3 -m pipeline.cli --date "$(date -u +%F)" || echo "unified pipeline failed (parallel run only)" >&2
