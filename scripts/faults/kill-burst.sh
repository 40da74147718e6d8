#!/usr/bin/env bash
# Kill -9 burst against the real command line: runs `signoff` N times on one workspace and kills most runs at a
# random moment (JVM start, store open, commit, head write, read-back), then checks that every acknowledged
# sign-off is still in the ledger with the same hash and that `verify` finds the chain intact.
#
# Usage: scripts/faults/kill-burst.sh [N]        (N kills attempted, default 300; about 2 s per run)
# Environment (all optional):
#   N=300                   runs (the argument wins)
#   SEED=<number>           seed of the delays, to repeat a run (printed at the start)
#   JAR=target/migration-workbench.jar
#   JAVA=java
#   VERIFY_EVERY=50         also run `verify --json` after every so many runs
#   KEEP=1                  keep the temp folder (it is kept anyway when something was lost)
#
# Builds nothing: build the jar first with `mvn -B -q package -DskipTests`.
# Everything it writes (workspace, XDG folders, outputs of each run) is in one temp folder.
# An acknowledged sign-off is one whose `signoff --json` output names its record (seq, chainHash): the command
# prints it only after reading the record back from the closed database file.
# Exit 0 when nothing was lost and nothing was reported broken; 1 otherwise; 2 when it cannot run.
set -euo pipefail
cd "$(dirname "$0")/../.."

N="${1:-${N:-300}}"
SEED="${SEED:-$(( $(date +%s) % 32768 ))}"
JAR="${JAR:-target/migration-workbench.jar}"
JAVA="${JAVA:-java}"
VERIFY_EVERY="${VERIFY_EVERY:-50}"
KEEP="${KEEP:-0}"

if [[ ! -f "$JAR" ]]; then
  echo "kill-burst.sh: $JAR is missing; build it first: mvn -B -q package -DskipTests" >&2
  exit 2
fi
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
command -v "$JAVA" >/dev/null || { echo "kill-burst.sh: $JAVA not found" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/kill-burst.XXXXXX")"
ws="$work/ws"
runs="$work/runs"
mkdir -p "$ws" "$runs"
export XDG_CONFIG_HOME="$work/xdg/config" XDG_DATA_HOME="$work/xdg/data" XDG_STATE_HOME="$work/xdg/state"
export XDG_CACHE_HOME="$work/xdg/cache"
unset WORKBENCH_JDBC_URL WORKBENCH_JDBC_USER WORKBENCH_JDBC_PASSWORD
failed=0
cleanup() { if [[ "$KEEP" == 1 || "$failed" == 1 ]]; then echo "files kept in $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

cat >"$ws/workbench.yaml" <<'YAML'
name: Kill burst
target: .
start: 2026-09-07
phases:
  - id: p1
    title: Cut over
    weeks: 1
    gates:
      signoffs: [Technical Lead]
signoff:
  roles: [Technical Lead]
YAML

signoff=("$JAVA" -jar "$JAR" signoff --workspace "$ws" --gate p1 --role "Technical Lead" --approve
  --as "Kill Burst <kill@example.org>" --comment "burst" --json)
acked="$work/acked.txt"      # "<seq> <chainHash>" of each acknowledged sign-off
: >"$acked"
now_ms() { date +%s%3N; }

# "<seq> <chainHash>" from the JSON one run printed; the hash is "-" when the run was killed before printing it
ack_of() {
  local seq hash
  seq="$(sed -n 's/^ *"seq" : \([0-9][0-9]*\),\{0,1\}$/\1/p' "$1" | head -n1)"
  [[ -n "$seq" ]] || return 0
  hash="$(sed -n 's/^ *"chainHash" : "\([0-9a-f]\{64\}\)",\{0,1\}$/\1/p' "$1" | head -n1)"
  echo "$seq ${hash:--}"
}

# true when `verify --json` says the chain is intact; its output goes to $1
verify_intact() {
  "$JAVA" -jar "$JAR" verify --workspace "$ws" --json >"$1" 2>"$1.err" || true
  grep -q '"intact" : true' "$1"
}

echo "== kill-burst: $N runs, seed $SEED, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== workspace $ws"

# a whole run, never killed: says how long a sign-off takes now (sets full, in ms); the first one also makes the
# store and the signing key. Repeated after every VERIFY_EVERY runs, as the machine's load changes.
measure() {
  local start
  start="$(now_ms)"
  if ! "${signoff[@]}" >"$runs/$1.out" 2>"$runs/$1.err"; then
    echo "kill-burst.sh: an uninterrupted sign-off failed:" >&2
    cat "$runs/$1.err" >&2
    failed=1
    exit 1
  fi
  full=$(( $(now_ms) - start ))
  ack_of "$runs/$1.out" >>"$acked"
  measured=$(( measured + 1 ))
  echo "   one sign-off takes $full ms now; delays are drawn from 0..$(( full * 13 / 10 )) ms"
}
measured=0
measure first

RANDOM="$SEED"
# no $(...) around RANDOM: bash reseeds it in every subshell, and SEED would not repeat a run
rand_below() { r=$(( (RANDOM * 32768 + RANDOM) % $1 )); }
# a mix: a quarter each in JVM start, store open, the append and its read-back, and anywhere; sets delay (ms)
next_delay() {
  case $(( RANDOM % 4 )) in
    0) rand_below $(( full * 3 / 10 + 1 )); delay=$r ;;
    1) rand_below $(( full * 4 / 10 + 1 )); delay=$(( full * 3 / 10 + r )) ;;
    2) rand_below $(( full * 5 / 10 + 1 )); delay=$(( full * 6 / 10 + r )) ;;
    *) rand_below $(( full * 13 / 10 + 1 )); delay=$r ;;
  esac
}

kills=0 completed=0 refused_broken=0 other_failures=0 verify_runs=0 verify_alarms=0
for i in $(seq 1 "$N"); do
  next_delay
  # made here: a kill within the first milliseconds lands before the shell has opened them
  : >"$runs/$i.out"
  : >"$runs/$i.err"
  "${signoff[@]}" >>"$runs/$i.out" 2>>"$runs/$i.err" &
  pid=$!
  sleep "$(printf '%d.%03d' $(( delay / 1000 )) $(( delay % 1000 )))"
  kill -9 "$pid" 2>/dev/null || true
  rc=0
  { wait "$pid"; } 2>/dev/null || rc=$?  # no "Killed" line from bash
  ack_of "$runs/$i.out" >>"$acked"
  case "$rc" in
    137) kills=$(( kills + 1 )) ;;
    0) completed=$(( completed + 1 )) ;;
    1) refused_broken=$(( refused_broken + 1 ))
       echo "run $i (delay $delay ms) was refused as a broken chain: $(head -c 400 "$runs/$i.err")" ;;
    *) other_failures=$(( other_failures + 1 ))
       echo "run $i (delay $delay ms) failed with exit $rc: $(head -c 400 "$runs/$i.err")" ;;
  esac
  if (( i % VERIFY_EVERY == 0 )); then
    verify_runs=$(( verify_runs + 1 ))
    if ! verify_intact "$runs/verify-$i.json"; then
      verify_alarms=$(( verify_alarms + 1 ))
      echo "verify after run $i does not say intact:"; cat "$runs/verify-$i.json" "$runs/verify-$i.json.err"
    fi
    echo "   $i runs: $kills killed, $completed completed, $(wc -l <"$acked") acknowledged"
    measure "measure-$i"
  fi
done

verify_runs=$(( verify_runs + 1 ))
final_intact=yes
if ! verify_intact "$work/verify-final.json"; then
  final_intact=no
  verify_alarms=$(( verify_alarms + 1 ))
  echo "final verify does not say intact:"; cat "$work/verify-final.json" "$work/verify-final.json.err"
fi

# the records in the closed database file, read-only, with the H2 shell inside the jar
stored="$work/stored.txt"
"$JAVA" -cp "$JAR" org.h2.tools.Shell -url "jdbc:h2:file:$ws/.workbench/workbench;ACCESS_MODE_DATA=r;IFEXISTS=TRUE" \
  -user sa -password "" -sql "SELECT seq, chain_hash FROM signoff ORDER BY seq" \
  | awk -F'|' '$1 ~ /^ *[0-9]+ *$/ { gsub(/ /, "", $1); gsub(/ /, "", $2); print $1, $2 }' >"$stored"

lost=0
while read -r seq hash; do
  if [[ "$hash" == "-" ]]; then
    grep -q "^$seq " "$stored" || { lost=$(( lost + 1 )); echo "LOST: record $seq (acknowledged, not stored)"; }
  elif ! grep -qx "$seq $hash" "$stored"; then
    lost=$(( lost + 1 ))
    echo "LOST: record $seq $hash (acknowledged; stored: $(grep "^$seq " "$stored" || echo nothing))"
  fi
done <"$acked"
repeated="$(cut -d' ' -f1 "$acked" | sort | uniq -d | wc -l)"
alarms=$(( verify_alarms + refused_broken ))
if (( lost == 0 )); then false_alarms="$alarms"; else false_alarms="n/a (writes were lost, so an alarm may be right)"; fi

echo "== results (seed $SEED)"
echo "runs:                 $N (+ $measured uninterrupted ones that measure how long a sign-off takes)"
echo "kills:                $kills (killed by kill -9; the other runs ended before their kill)"
echo "completed runs:       $completed"
echo "acknowledged writes:  $(wc -l <"$acked")"
echo "records stored:       $(wc -l <"$stored")"
echo "stored, not acknowl.: $(( $(wc -l <"$stored") - $(wc -l <"$acked") + lost )) (killed after the commit, before the acknowledgement)"
echo "lost writes:          $lost"
echo "repeated record nos.: $repeated (among acknowledged)"
echo "alarms:               $alarms ($verify_alarms of $verify_runs verify runs not intact, $refused_broken sign-offs refused as a broken chain)"
echo "false alarms:         $false_alarms"
echo "other failed runs:    $other_failures (not killed, exit neither 0 nor 1)"
echo "final verify intact:  $final_intact"
echo "database file:        $(( $(stat -c %s "$ws/.workbench/workbench.mv.db") / 1024 )) KB"

if (( lost > 0 || alarms > 0 || repeated > 0 || other_failures > 0 )); then
  failed=1
  exit 1
fi
