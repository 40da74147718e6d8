#!/usr/bin/env bash
# CSV comparison benchmark (issue 5): the keyed, cell-level compare of the large generated pair, whole process
# (shaded jar, JVM start included), side by side with `sort | comm -3` (default locale and LC_ALL=C) in one
# hyperfine run; peak RSS with /usr/bin/time -v; counts checked against truth_csv_large.json. When
# DATA/huge/csv_huge_{old,new}.csv exist (about 2 GB each), also compares them at -Xmx512m.
# Usage: scripts/bench/compare-csv.sh [DATA_DIR]   (default /work/bench-data; needs hyperfine, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-/work/bench-data}
old=$data/csv_large_old.csv
new=$data/csv_large_new.csv
jar=target/migration-workbench.jar
[ -f "$jar" ] || mvn -q -o package -DskipTests
mkdir -p target/bench

ours="java -jar $jar compare $old $new --key id --json"
hyperfine --warmup 1 --runs 5 -i --export-markdown target/bench/compare-csv.md \
    -n ours "$ours > /dev/null" \
    -n "sort|comm" "bash -c 'comm -3 <(sort $old) <(sort $new) > /dev/null'" \
    -n "sort|comm LC_ALL=C" "bash -c 'export LC_ALL=C; comm -3 <(sort $old) <(sort $new) > /dev/null'"

rss() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2 " KB"}'; }
echo "peak RSS ours: $(rss $ours)"

$ours > target/bench/compare-csv.json || true
python3 - "$data/truth_csv_large.json" target/bench/compare-csv.json <<'PY'
import json, sys
truth, ours = (json.load(open(p)) for p in sys.argv[1:3])
pairs = [("changed", "changed_rows"), ("changedFields", "changed_cells"), ("removed", "removed_rows"),
         ("added", "added_rows"), ("oldCount", "old_rows"), ("newCount", "new_rows")]
bad = [f"{o}={ours[o]} expected {truth[t]}" for o, t in pairs if ours[o] != truth[t]]
print("counts: " + ("all match the truth" if not bad else "MISMATCH " + ", ".join(bad)))
sys.exit(1 if bad else 0)
PY

huge_old=$data/huge/csv_huge_old.csv
huge_new=$data/huge/csv_huge_new.csv
if [ -f "$huge_old" ] && [ -f "$huge_new" ]; then
    echo "2 GB pair at -Xmx512m:"
    /usr/bin/time -v java -Xmx512m -jar $jar compare "$huge_old" "$huge_new" --key id --json \
        2> target/bench/compare-csv-huge.time > target/bench/compare-csv-huge.json || true
    grep -E "Elapsed|Maximum resident" target/bench/compare-csv-huge.time
    python3 -c "import json; d = json.load(open('target/bench/compare-csv-huge.json')); print({k: d[k] for k in ('changed', 'changedFields', 'removed', 'added', 'oldCount', 'newCount', 'duplicates')})"
fi
