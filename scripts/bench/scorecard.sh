#!/usr/bin/env bash
# Readiness scorecard benchmark: 50 rules of the file-based kinds (10 regex scans over every text file, path
# checks, doc headings, code references) against the 20,000-file / ~300 MB tree of make-bench-tree.py,
# through the CLI (`analyze --json`), whole process timed with hyperfine. Target: <= 5 s.
# The tree is generated once under target/bench-tree/ and reused; the workspace goes to target/bench-scorecard/.
set -euo pipefail
cd "$(dirname "$0")/../.."
tree=target/bench-tree
ws=target/bench-scorecard
[ -d "$tree" ] || python3 scripts/bench/make-bench-tree.py "$tree"
[ -f target/migration-workbench.jar ] || mvn -q -o package -DskipTests

mkdir -p "$ws"
doc=$(cd "$tree" && find . -name '*.md' -not -path './ignored/*' -print -quit | sed 's#^\./##')
code=$(cd "$tree" && find . -name '*.py' -not -path './ignored/*' -print -quit | sed 's#^\./##')
{
  echo "name: Scorecard benchmark"
  echo "target: $(realpath "$tree")"
  echo "phases:"
  for p in 1 2 3 4 5; do echo "  - {id: p$p, title: Phase $p}"; done
  echo "rules:"
  patterns=('TODO' 'FIXME' 'import app\.sandbox' 'print\(' 'password\s*=' 'XXX' 'deprecated' 'sandbox' 'assert False' 'legacy_\w+')
  for i in "${!patterns[@]}"; do
    echo "  - {id: scan-$i, kind: pattern-absent, pattern: '${patterns[$i]}', files: ['**/*'], max: 1000000, phase: p$((i % 5 + 1)), category: cleanup}"
  done
  for i in $(seq 0 9); do
    echo "  - {id: exists-$i, kind: path-exists, paths: ['pkg0$i/**'], phase: p$((i % 5 + 1)), category: structure}"
    echo "  - {id: absent-$i, kind: path-absent, paths: ['pkg0$i/**/*.bak'], phase: p$((i % 5 + 1)), category: cleanup}"
  done
  for i in $(seq 0 9); do
    echo "  - {id: doc-$i, kind: doc-present, file: '$doc', headings: ['Overview'], phase: p$((i % 5 + 1)), category: docs, severity: minor}"
  done
  for i in $(seq 0 9); do
    echo "  - {id: ref-$i, kind: code-ref, refs: ['1:2:$code'], phase: p$((i % 5 + 1)), category: docs, severity: minor}"
  done
} > "$ws/workbench.yaml"
java -jar target/migration-workbench.jar validate --workspace "$ws" >/dev/null

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(find -L "$tree" -type f | wc -l) files, $(du -shL "$tree" | cut -f1)"
hyperfine --warmup 1 --runs "${RUNS:-3}" -i --export-json "$ws/hyperfine.json" \
  "java -jar target/migration-workbench.jar analyze --workspace $ws --json > $ws/last.json"
python3 - "$ws/last.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
rules = doc["rules"]
slow = sorted(rules, key=lambda r: -r["durationMs"])[:5]
print(f"{len(rules)} rules; statuses:", {s: sum(1 for r in rules if r['status'] == s) for s in {r['status'] for r in rules}})
print("slowest:", ", ".join(f"{r['id']} {r['durationMs']} ms" for r in slow))
PY
