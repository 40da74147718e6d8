#!/usr/bin/env bash
# Measures the HTML (target <= 1 s) and PDF (target <= 3 s) status reports of the bundled sample workspace: installs the sample into a
# temporary XDG data folder, stores a readiness run and every comparison's run, then times `report --html` and `report --pdf`
# as a whole process (JVM start included) with /usr/bin/time -v. Needs the shaded jar (mvn -q -o package
# -DskipTests). Runs offline; a few seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/migration-workbench.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export XDG_DATA_HOME="$WORK/data" XDG_CONFIG_HOME="$WORK/config" XDG_STATE_HOME="$WORK/state"
WS=$(java -cp "$JAR" scripts/bench/InstallSample.java)
java -jar "$JAR" analyze --workspace "$WS" >/dev/null || true
for id in $(sed -n '/^comparisons:/,/^[a-z]/s/^  - id: *//p' "$WS/workbench.yaml"); do
    java -jar "$JAR" compare --workspace "$WS" --id "$id" >/dev/null || true
done
/usr/bin/time -v java -jar "$JAR" report --workspace "$WS" --html "$WORK/status.html" 2>"$WORK/time.txt"
grep -E "Elapsed|Maximum resident" "$WORK/time.txt"
echo "report: $(wc -c <"$WORK/status.html") bytes, $(grep -c '<tr' "$WORK/status.html") table rows"
/usr/bin/time -v java -jar "$JAR" report --workspace "$WS" --pdf "${PDF_OUT:-$WORK/status.pdf}" 2>"$WORK/time-pdf.txt"
grep -E "Elapsed|Maximum resident" "$WORK/time-pdf.txt"
echo "pdf: $(wc -c <"${PDF_OUT:-$WORK/status.pdf}") bytes"
