#!/usr/bin/env bash
# Builds installers with jpackage (JDK 17+): an app-image and, on Debian/Ubuntu, a .deb.
# Usage: installers/build.sh [app-image|deb|all]   (default: all)
# Output: target/installer/. Needs fakeroot and dpkg-deb for the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
version="$(mvn -q -B help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null | sed 's/-SNAPSHOT//')"
version="${version:-0.1.0}"

mvn -B -q package -DskipTests
out=target/installer
input=target/installer-input
rm -rf "$out" "$input"
mkdir -p "$out" "$input"
cp target/migration-workbench.jar "$input/"

# the modules the shaded jar needs, so the bundled runtime stays small
modules="$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 target/migration-workbench.jar 2>/dev/null \
  || echo java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,jdk.unsupported,jdk.zipfs)"
modules="$modules,jdk.zipfs,jdk.crypto.ec,jdk.unsupported"

common=(--name migration-workbench --app-version "$version" --vendor "Migration Workbench"
  --description "Steer system migrations: checklists, readiness, comparisons, sign-offs"
  --input "$input" --main-jar migration-workbench.jar --main-class org.migrationworkbench.app.Launcher
  --icon assets/icon.png --add-modules "$modules"
  --jlink-options "--strip-debug --no-header-files --no-man-pages"
  --java-options "-Xmx1g")

if [[ "$what" == app-image || "$what" == all ]]; then
  jpackage --type app-image --dest "$out" "${common[@]}"
  echo "app-image: $out/migration-workbench/bin/migration-workbench"
fi
if [[ "$what" == deb || "$what" == all ]]; then
  jpackage --type deb --dest "$out" "${common[@]}" \
    --linux-package-name migration-workbench --linux-menu-group "Development" --linux-shortcut \
    --linux-package-deps "libgtk-3-0" --linux-app-category devel \
    --resource-dir installers/deb-resources
  echo "deb: $(ls "$out"/*.deb)"
fi
