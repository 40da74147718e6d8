#!/usr/bin/env bash
# Compiles the tests and prints the classpath the benchmark mains run with: test classes, classes and every
# test-scope dependency. Run from the project root: classpath=$(scripts/bench/test-classpath.sh)
set -euo pipefail
mvn -q -o test-compile >&2
mkdir -p target/bench
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt >&2
echo "target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
