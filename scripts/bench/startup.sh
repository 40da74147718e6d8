#!/usr/bin/env bash
# Startup benchmark: time from process start until the main window shows the bundled sample workspace.
#
# Usage: scripts/bench/startup.sh
# Environment (all optional):
#   RUNS=5              measured runs (hyperfine also does one warm-up run of its own)
#   JAVA=java           the java launcher to measure
#   JAVA_OPTS="..."     extra JVM options, e.g. "-XX:TieredStopAtLevel=1" or "-XX:SharedArchiveFile=..."
#   JAR=target/migration-workbench.jar
#
# Needs Xvfb, hyperfine, jq and GNU time (/usr/bin/time). Starts its own Xvfb on a free display and keeps
# every file it writes under target/bench-startup/ (XDG directories, JavaFX native cache, results).
# Two figures are printed:
#   1. hyperfine: wall time of the whole process (JVM start .. window shows workspace .. JVM exit)
#   2. in-app:    JVM start .. window shows workspace, from the app's log line
#                 "Main window shows the workspace N ms after JVM start" (RuntimeMXBean uptime)
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

RUNS="${RUNS:-5}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
JAR="${JAR:-target/migration-workbench.jar}"

for tool in Xvfb hyperfine jq /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "startup.sh: $tool is missing (apt-get install xvfb hyperfine jq time)" >&2; exit 2; }
done

if [[ ! -f "$JAR" ]]; then
  echo "== building $JAR"
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi

out="$root/target/bench-startup"
rm -rf "$out"
mkdir -p "$out"
export XDG_CONFIG_HOME="$out/xdg/config" XDG_DATA_HOME="$out/xdg/data" XDG_STATE_HOME="$out/xdg/state"
log="$XDG_STATE_HOME/migration-workbench/logs/workbench.log"

# own X server on a free display; Xvfb writes the display number to fd 3 once it accepts connections
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$out/xvfb.display" 2>"$out/xvfb.log" &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -s "$out/xvfb.display" ]] && break; sleep 0.1; done
[[ -s "$out/xvfb.display" ]] || { echo "startup.sh: Xvfb did not start, see $out/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$out/xvfb.display")"

# the measured command; JAVA_OPTS is split on spaces on purpose
cmd="$JAVA -Djavafx.cachedir=$out/fxcache -Dworkbench.exitWhenReady=true $JAVA_OPTS -jar $JAR"

ready_lines() { grep -c 'Main window shows the workspace' "$log" 2>/dev/null || true; }
ready_ms() { sed -n 's/.*Main window shows the workspace \([0-9]*\) ms after JVM start.*/\1/p' "$log"; }
# reads numbers on stdin, prints "median min max"
stats() { sort -n | awk '{v[NR]=$1} END {if (NR==0) {print "n/a n/a n/a"; exit}
  m = (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%d %d %d\n", m, v[1], v[NR]}'; }

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -n1)"
echo "== display $DISPLAY, files under $out"
echo "== command: $cmd"

echo "== warm-up run (installs the sample workspace, unpacks the JavaFX natives)"
start=$(date +%s%N)
$cmd >"$out/warmup.out" 2>&1 || { echo "startup.sh: warm-up run failed, see $out/warmup.out and $log" >&2; exit 1; }
echo "   first run: $(( ($(date +%s%N) - start) / 1000000 )) ms wall, in-app $(ready_ms | tail -n1) ms"

before=$(ready_lines)
hyperfine --warmup 1 --runs "$RUNS" --export-json "$out/hyperfine.json" "$cmd"
after=$(ready_lines)
# the runs hyperfine measured are the last RUNS ready lines (its own warm-up run comes before them)
(( after - before == RUNS + 1 )) || echo "warning: expected $((RUNS + 1)) new ready lines in the log, found $((after - before))" >&2
ready_ms | tail -n "$RUNS" >"$out/in-app-ms.txt"

echo "== peak RSS of one run (/usr/bin/time -v)"
/usr/bin/time -v $cmd >"$out/time-v.out" 2>&1
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$out/time-v.out")

read -r h_med h_min h_max h_usr h_sys < <(jq -r '.results[0] | [.median, .min, .max, .user, .system] | map(. * 1000 | floor) | @tsv' "$out/hyperfine.json")
read -r a_med a_min a_max < <(stats <"$out/in-app-ms.txt")
cat <<EOF

== Startup, $RUNS runs (load average now $(cut -d' ' -f1-3 /proc/loadavg))
process start .. window shows workspace .. exit (hyperfine):  median $h_med ms   min $h_min ms   max $h_max ms
JVM start .. window shows workspace (in-app log):             median $a_med ms   min $a_min ms   max $a_max ms   [$(paste -sd' ' "$out/in-app-ms.txt")]
CPU time per run (user + system, mean):                       $((h_usr + h_sys)) ms (user $h_usr, system $h_sys)
peak RSS of one run:                                          $(( rss_kb / 1024 )) MB ($rss_kb kB)
target: median <= 2000 ms (hyperfine)                         $( (( h_med <= 2000 )) && echo met || echo "NOT met" )
results: $out/hyperfine.json, $out/in-app-ms.txt, $out/time-v.out
EOF
# other work on the machine stretches wall times (CPU time much less): say so next to the figures
if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v n="$(nproc)" 'BEGIN {exit !(l >= n)}'; then
  echo "note: load average $(cut -d' ' -f1 /proc/loadavg) >= $(nproc) cores: other processes competed for the CPU; wall times are inflated"
fi
