#!/usr/bin/env bash
# Issue 5 figures side by side in one run, on the large generated pairs (~200 MB each), whole processes with
# JVM start: text vs GNU diff, JSON (key, ignore, tolerance) vs the plain Jackson tree compare, CSV (keyed,
# cell-level) vs `sort | comm -3`; then our peak RSS per format and our counts against the truth files.
# Data: python3 ../shared/bench/gen.py --out DATA (default /work/bench-data). Results in target/bench/compare-all.*
#   scripts/bench/compare-all.sh [DATA]      RUNS=N (default 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${1:-/work/bench-data}
runs=${RUNS:-5}
jar=target/migration-workbench.jar
out=target/bench
mkdir -p "$out"
[ -f "$jar" ] || mvn -q -o package -DskipTests
ref=$(mktemp -d)
trap 'rm -rf "$ref"' EXIT
javac -cp "$jar" -d "$ref" scripts/bench/JsonTreeReference.java

t_old=$data/text_large_old.log; t_new=$data/text_large_new.log
j_old=$data/json_large_old.json; j_new=$data/json_large_new.json
c_old=$data/csv_large_old.csv; c_new=$data/csv_large_new.csv
text="java -jar $jar compare $t_old $t_new --format text --json"
json="java -jar $jar compare $j_old $j_new --key id --ignore \$.generated_at --tolerance 1e-9 --json"
csv="java -jar $jar compare $c_old $c_new --key id --json"
cat "$t_old" "$t_new" "$j_old" "$j_new" "$c_old" "$c_new" > /dev/null   # page cache, as for every tool

hyperfine --warmup 1 --runs "$runs" -i --export-markdown "$out/compare-all.md" --export-json "$out/compare-all.json" \
    -n "text: GNU diff" "diff $t_old $t_new > /dev/null" \
    -n "text: ours" "$text > /dev/null" \
    -n "json: Jackson tree reference" "java -cp $jar:$ref JsonTreeReference $j_old $j_new > /dev/null" \
    -n "json: ours" "$json > /dev/null" \
    -n "csv: sort|comm -3" "bash -c 'comm -3 <(sort $c_old) <(sort $c_new) > /dev/null'" \
    -n "csv: sort|comm -3 LC_ALL=C" "bash -c 'export LC_ALL=C; comm -3 <(sort $c_old) <(sort $c_new) > /dev/null'" \
    -n "csv: ours" "$csv > /dev/null"

for f in text json csv; do
    cmd=${!f}
    /usr/bin/time -v $cmd > "$out/compare-all-$f.json" 2> "$out/compare-all-$f.time" || true
    echo "$f: peak RSS $(awk -F': ' '/Maximum resident/ {print $2}' "$out/compare-all-$f.time") KB"
done

python3 - "$data" "$out" <<'PY'
import json, sys
data, out = sys.argv[1:3]
checks = {
    "text": [("removed", "min_deleted_lines"), ("added", "min_added_lines")],
    "json": [("changed", "changed_records"), ("removed", "removed_records"), ("added", "added_records")],
    "csv": [("changed", "changed_rows"), ("changedFields", "changed_cells"), ("removed", "removed_rows"),
            ("added", "added_rows")],
}
bad = 0
for fmt, pairs in checks.items():
    ours = json.load(open(f"{out}/compare-all-{fmt}.json"))
    truth = json.load(open(f"{data}/truth_{fmt}_large.json"))
    wrong = [f"{o}={ours[o]} (truth {truth[t]})" for o, t in pairs if ours[o] != truth[t]]
    bad += len(wrong)
    print(f"{fmt}: " + ("counts match the truth: " + ", ".join(f"{o}={ours[o]}" for o, _ in pairs)
                        if not wrong else "MISMATCH " + ", ".join(wrong)))
sys.exit(1 if bad else 0)
PY
