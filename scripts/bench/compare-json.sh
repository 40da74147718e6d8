#!/usr/bin/env bash
# JSON comparison benchmark, side by side: ours (shaded jar, whole process incl. JVM start) against the issue's
# reference, a straightforward Jackson tree keyed compare (JsonTreeReference.java, compiled here first).
# Also: peak RSS of both (/usr/bin/time -v) and a correctness check of our --json counts against the truth file.
# Usage: scripts/bench/compare-json.sh [small|medium|large]   (DATA=/work/bench-data by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE=${1:-large}
DATA=${DATA:-/work/bench-data}
JAR=target/migration-workbench.jar
OLD=$DATA/json_${SIZE}_old.json
NEW=$DATA/json_${SIZE}_new.json
TRUTH=$DATA/truth_json_${SIZE}.json
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
[ -f "$JAR" ] || mvn -q -o package -DskipTests
javac -cp "$JAR" -d "$TMP" scripts/bench/JsonTreeReference.java

OURS="java -jar $JAR compare $OLD $NEW --key id --ignore \$.generated_at --tolerance 1e-9 --json"
REF="java -cp $JAR:$TMP JsonTreeReference $OLD $NEW"

echo "== correctness (ours vs $TRUTH)"
$OURS > "$TMP/ours.json" || [ $? -eq 1 ]
python3 - "$TMP/ours.json" "$TRUTH" <<'PY'
import json, sys
ours, truth = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
checks = [("changed", ours["changed"], truth["changed_records"]), ("removed", ours["removed"], truth["removed_records"]),
          ("added", ours["added"], truth["added_records"]), ("identical", ours["identical"], False)]
ok = all(a == b for _, a, b in checks) and ours["tolerated"] > 0
for name, a, b in checks:
    print(f"  {name:9s} ours={a} truth={b}")
print(f"  tolerated ours={ours['tolerated']} (noise-only records in truth: {truth['noise_only_records']})")
print("  CORRECT" if ok else "  WRONG")
sys.exit(0 if ok else 1)
PY
echo "== reference output"
$REF

echo "== wall time (hyperfine)"
hyperfine --warmup 1 --runs "${RUNS:-5}" -i -N -n ours "$OURS" -n jackson-tree-reference "$REF"

echo "== peak RSS"
for name in ours ref; do
  cmd=$OURS; [ $name = ref ] && cmd=$REF
  /usr/bin/time -v $cmd > /dev/null 2> "$TMP/time.txt" || true
  printf "  %-4s %s, %s\n" $name "$(grep 'Maximum resident' "$TMP/time.txt" | awk '{print $6 " KB"}')" \
      "$(grep 'Elapsed (wall' "$TMP/time.txt" | awk '{print $8 " wall"}')"
done
