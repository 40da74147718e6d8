#!/usr/bin/env bash
# Text comparison on the large generated pair (~200 MB each), whole process including JVM start:
#   1. hyperfine, side by side in one run: GNU diff (the reference) vs `compare --format text --json`;
#   2. /usr/bin/time -v: our peak RSS (target <= 700 MB);
#   3. our --json counts against truth_text_large.json (removed = min_deleted_lines, added = min_added_lines).
# Target: our mean wall time <= 1.0x GNU diff's. Needs the shaded jar (mvn -q -o package -DskipTests) and the
# bench data (python3 ../shared/bench/gen.py --out /work/bench-data). Optional: SIZE=medium|small, RUNS=N.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${BENCH_DATA:-/work/bench-data}
size=${SIZE:-large}
runs=${RUNS:-5}
old="$data/text_${size}_old.log"
new="$data/text_${size}_new.log"
truth="$data/truth_text_${size}.json"
jar=target/migration-workbench.jar
out=target/bench
mkdir -p "$out"
[ -f "$jar" ] || mvn -q -o package -DskipTests

cat "$old" "$new" > /dev/null   # both files in the page cache, as for diff
hyperfine -w 2 -r "$runs" -i --export-markdown "$out/compare-text-$size.md" \
    "diff '$old' '$new' > /dev/null" \
    "java -jar $jar compare '$old' '$new' --format text --json > /dev/null"

/usr/bin/time -v java -jar "$jar" compare "$old" "$new" --format text --json > "$out/compare-text-$size.json" \
    2> "$out/compare-text-$size.time" || true
grep -E 'Elapsed|Maximum resident' "$out/compare-text-$size.time"

python3 - "$out/compare-text-$size.json" "$truth" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))
truth = json.load(open(sys.argv[2]))
ok = ours["removed"] == truth["min_deleted_lines"] and ours["added"] == truth["min_added_lines"]
print(f"counts: ours removed={ours['removed']} added={ours['added']}; truth removed={truth['min_deleted_lines']} "
      f"added={truth['min_added_lines']} -> {'OK' if ok else 'MISMATCH'}")
sys.exit(0 if ok else 1)
PY
