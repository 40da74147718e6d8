#!/usr/bin/env bash
# How close can any JVM program get to ripgrep on the pattern-absent tree? Times, whole process and side by side:
# ripgrep, our pattern-absent (PatternScanMain), and ReadAllFloor (only lists the files and reads every byte),
# the latter also with launcher flags `java -jar` cannot set (C1 only, serial GC).
#   scripts/bench/jvm-floor.sh      (the tree is made by pattern-vs-rg.sh under target/bench-tree/)
set -euo pipefail
cd "$(dirname "$0")/../.."
tree=target/bench-tree
[ -f "$tree/.complete" ] || scripts/bench/pattern-vs-rg.sh > /dev/null
regex='import app\.sandbox|TODO|FIXME'
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" scripts/bench/ReadAllFloor.java
classpath=$(scripts/bench/test-classpath.sh)
hyperfine --warmup 1 --runs "${RUNS:-6}" -N \
    -n rg "rg --no-require-git -c '$regex' $tree" \
    -n pattern-absent "java -Dworkbench.log.dir=$PWD/target/bench/logs -cp $classpath org.migrationworkbench.bench.PatternScanMain $tree '$regex'" \
    -n read-all-floor "java -cp $classes ReadAllFloor $tree" \
    -n "read-all-floor C1+serial" "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $classes ReadAllFloor $tree"
