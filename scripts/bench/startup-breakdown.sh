#!/usr/bin/env bash
# Where the startup time goes: one launch with -Xlog:class+load (uptime, thread id), then the time each
# startup step first loads a class that marks it (the app has no timing log of its own for these steps).
#
# Usage: scripts/bench/startup-breakdown.sh [runs]   (default 3; prints the timeline of the fastest run)
# Environment: JAVA, JAVA_OPTS, JAR as in startup.sh. Files: target/bench-breakdown/.
# The class names below follow the code as of this script; a renamed class just drops its line.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
JAR="${JAR:-target/migration-workbench.jar}"
[[ -f "$JAR" ]] || mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests

out="$PWD/target/bench-breakdown"
rm -rf "$out"
mkdir -p "$out"
export XDG_CONFIG_HOME="$out/xdg/config" XDG_DATA_HOME="$out/xdg/data" XDG_STATE_HOME="$out/xdg/state"
log="$XDG_STATE_HOME/migration-workbench/logs/workbench.log"

Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$out/xvfb.display" 2>"$out/xvfb.log" &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -s "$out/xvfb.display" ]] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$out/xvfb.display")"

run() { # $1: class-load log file or empty
  local xlog=()
  [[ -n "$1" ]] && xlog=("-Xlog:class+load:file=$1:uptime,tid")
  # shellcheck disable=SC2086
  "$JAVA" -Djavafx.cachedir="$out/fxcache" -Dworkbench.exitWhenReady=true $JAVA_OPTS "${xlog[@]}" -jar "$JAR" \
    >>"$out/app.out" 2>&1
}
echo "== warm-up run (installs the sample)"
run ""
best="" best_ms=999999
for i in $(seq "$runs"); do
  run "$out/classload-$i.txt"
  ms=$(sed -n 's/.*Main window shows the workspace \([0-9]*\) ms.*/\1/p' "$log" | tail -n1)
  echo "   run $i: window shows the workspace $ms ms after JVM start"
  (( ms < best_ms )) && best_ms=$ms best="$out/classload-$i.txt"
done

echo -e "== timeline of the fastest run ($best_ms ms): when each step first loads its class; (+N) = ms since the line above,
   i.e. the time the step on the line above took; tid = OS thread id"
awk '
BEGIN {
  n = split("org.migrationworkbench.app.Launcher|Launcher.main;" \
    "ch.qos.logback.classic.LoggerContext|logback configuration starts (logback.xml);" \
    "picocli.CommandLine|picocli (logback done);" \
    "com.sun.javafx.application.LauncherImpl|Application.launch: JavaFX toolkit init;" \
    "com.sun.glass.ui.gtk.GtkApplication|GTK glass;" \
    "org.migrationworkbench.core.settings.SettingsStore|init(): settings (Jackson);" \
    "org.migrationworkbench.core.settings.Settings|init() done;" \
    "atlantafx.base.theme.PrimerLight|start(): theme;" \
    "org.migrationworkbench.ui.overview.OverviewView|start(): views;" \
    "javafx.scene.Scene|start(): scene;" \
    "javafx.css.CssParser|start(): stylesheets;" \
    "com.sun.javafx.tk.quantum.WindowStage|start(): stage.show();" \
    "org.migrationworkbench.ui.task.WorkTask|open task starts (after show);" \
    "org.migrationworkbench.core.workspace.SourceMap|workspace files (YAML);" \
    "org.migrationworkbench.core.store.WorkbenchStore|store: lock + H2;" \
    "org.flywaydb.core.Flyway|store: Flyway;" \
    "org.migrationworkbench.core.store.JdbcAuditLog|store ready (audit entry);" \
    "org.eclipse.jgit.internal.storage.file.FileRepository|JGit: repository;" \
    "java.lang.ProcessBuilder|JGit runs git (system config);" \
    "org.eclipse.jgit.lib.IndexDiff|JGit: status;" \
    "org.migrationworkbench.core.git.RepositoryInfo|open done;" \
    "org.migrationworkbench.ui.overview.OverviewViewModel|views get the workspace;" \
    "java.lang.management.ManagementFactory|ready line logged;" \
    "javafx.scene.control.skin.TableViewSkin|tables skinned (next pulse)", steps, ";")
  for (i = 1; i <= n; i++) { split(steps[i], p, "|"); cls[i] = p[1]; label[i] = p[2]; want[p[1]] = i }
}
{
  if (match($0, /^\[[0-9.]+s\]\[[0-9]+\] [^ ]+ /)) {
    split(substr($0, 2), a, /[]\[ ]+/)   # a[1]=12.345s a[2]=tid a[3]=class
    c = a[3]; if ((c in want) && !(c in t)) { t[c] = a[1] * 1000; tid[c] = a[2] }
  }
}
END {
  prev = 0
  for (i = 1; i <= n; i++) if (cls[i] in t) {
    printf "%7.0f ms  (+%5.0f)  tid %-7s %s\n", t[cls[i]], t[cls[i]] - prev, tid[cls[i]], label[i]; prev = t[cls[i]]
  }
}' "$best"
echo "class sources: $(grep -c 'shared objects file' "$best") from CDS, $(grep -c 'source: jrt:' "$best") from the JDK image, $(grep -c "source: file:.*\.jar" "$best") from the jar, $(wc -l <"$best") in all"
