#!/usr/bin/env bash
# Measures the HTML (target <= 1 s) and PDF (target <= 3 s) status reports of the bundled sample workspace: installs the sample into a
# temporary XDG data folder, stores a readiness run and every comparison's run, then times `report --html` and `report --pdf`
# as a whole process (JVM start included) with /usr/bin/time -v and hyperfine (when installed), then in one JVM
# as the app's "Export report…" runs it (ReportInProcessBench: first and warm runs). Needs the shaded jar
# (mvn -q -o package -DskipTests) and the test classes (mvn -q -o test-compile). Runs offline; under a minute.
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
if command -v hyperfine >/dev/null; then
    hyperfine -w 2 -r 10 "java -jar $JAR report --workspace $WS --html $WORK/h.html" \
        "java -jar $JAR report --workspace $WS --pdf $WORK/p.pdf" "java -jar $JAR report --workspace $WS --png $WORK/t.png"
fi
java -cp "target/test-classes:$JAR" org.migrationworkbench.bench.ReportInProcessBench "$WS"
