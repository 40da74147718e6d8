#!/usr/bin/env bash
# Builds installers with jpackage (JDK 17+): an app-image and, on Debian/Ubuntu, a .deb.
# Usage: installers/build.sh [app-image|deb|all]   (default: all)
# Output: target/installer/ (jpackage temp files: target/installer-tmp/). Needs fakeroot and dpkg-deb for
# the .deb. DEB_MAINTAINER=email sets the .deb Maintainer address (else jpackage writes "<Unknown>").
# The desktop entry of the .deb is installers/deb-resources/migration-workbench.desktop: jpackage 17 takes
# "<launcher name>.desktop" from --resource-dir and installs it as lib/migration-workbench-migration-workbench.desktop.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
# jpackage wants a purely numeric version (deb: "1.2.3"); the jar build records the project version here
# (not help:evaluate: its output carries ANSI colour codes that ended up in the version and the .deb name)
version="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties | sed 's/-SNAPSHOT$//')"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "build.sh: version '$version' is not numeric (x.y.z)" >&2; exit 1; }
out=target/installer
input=target/installer-input
rm -rf "$input"
mkdir -p "$out" "$input"
cp target/migration-workbench.jar "$input/"

# the modules the shaded jar needs, so the bundled runtime stays small
modules="$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 target/migration-workbench.jar 2>/dev/null || true)"
if [[ ! "$modules" =~ ^[a-z.,]+$ ]]; then
  echo "build.sh: jdeps found no module list, using a fixed one" >&2
  modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.security.jgss,java.sql,jdk.jfr,jdk.net,jdk.unsupported
fi
# not found by jdeps (loaded by name at run time): zip file system, EC crypto for TLS, unsafe
modules="$modules,jdk.zipfs,jdk.crypto.ec,jdk.unsupported"

common=(--name migration-workbench --app-version "$version" --vendor "Migration Workbench"
  --description "Steer system migrations: checklists, readiness, comparisons, sign-offs"
  --input "$input" --main-jar migration-workbench.jar --main-class org.migrationworkbench.app.Launcher
  --icon assets/icon.png --add-modules "$modules"
  --jlink-options "--strip-debug --strip-native-commands --no-header-files --no-man-pages"
  --java-options "-Xmx1g")

# jpackage <type> [options...]: temp files under target/ (not /tmp), verbose log next to the output
package() {
  local type="$1"; shift
  local tmp="target/installer-tmp/$type" log="$out/jpackage-$type.log" start=$SECONDS
  rm -rf "$tmp"
  # replace only this type's earlier output, so "app-image" and "deb" can be built one after the other
  case "$type" in app-image) rm -rf "$out/migration-workbench" ;; deb) rm -f "$out"/*.deb ;; esac
  if ! jpackage --type "$type" --dest "$out" --temp "$tmp" --verbose "${common[@]}" "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "build.sh: jpackage --type $type failed, full log: $log" >&2
    exit 1
  fi
  rm -rf "$tmp"   # kept only when jpackage fails
  echo "$type built in $((SECONDS - start)) s (log: $log)"
}

if [[ "$what" == app-image || "$what" == all ]]; then
  package app-image
  echo "app-image: $out/migration-workbench/bin/migration-workbench ($(du -sh "$out/migration-workbench" | cut -f1))"
fi
if [[ "$what" == deb || "$what" == all ]]; then
  package deb \
    --linux-package-name migration-workbench --linux-menu-group "Development" --linux-shortcut \
    --linux-package-deps "libgtk-3-0" --linux-app-category devel \
    --resource-dir installers/deb-resources ${DEB_MAINTAINER:+--linux-deb-maintainer "$DEB_MAINTAINER"}
  deb="$(ls "$out"/*.deb)"
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
