#!/usr/bin/env bash
# Compares the pattern-absent scan with ripgrep on a generated tree (20,000 files, ~300 MB, made once under
# target/bench-tree/ and reused), checks both count the same matching lines, and shows memory at -Xmx256m.
#   scripts/bench/pattern-vs-rg.sh            results in target/bench/pattern-vs-rg.{md,json}
set -euo pipefail
cd "$(dirname "$0")/../.."
tree=target/bench-tree
regex='import app\.sandbox|TODO|FIXME'
command -v rg >/dev/null || apt-get install -y ripgrep
command -v hyperfine >/dev/null || apt-get install -y hyperfine

if [ ! -f "$tree/.complete" ]; then
    rm -rf "$tree"
    python3 scripts/bench/make-bench-tree.py "$tree"
    touch "$tree/.complete"
fi

mkdir -p target/bench
classpath=$(scripts/bench/test-classpath.sh)
java_cmd="java -Xmx256m -Dworkbench.log.dir=$PWD/target/bench/logs -cp $classpath org.migrationworkbench.bench.PatternScanMain"

# rg needs --no-require-git to honour .gitignore outside a git repository, as our file tree does
rg_count=$(rg --no-require-git -c "$regex" "$tree" | awk -F: '{s += $NF} END {print s + 0}')
our_count=$($java_cmd "$tree" "$regex" | head -1)
echo "matching lines: rg $rg_count, pattern-absent $our_count"
if [ "$rg_count" != "$our_count" ]; then
    echo "counts differ" >&2
    exit 1
fi

hyperfine --warmup 1 --runs 5 --export-markdown target/bench/pattern-vs-rg.md \
    --export-json target/bench/pattern-vs-rg.json \
    -n rg "rg --no-require-git -c '$regex' $tree" \
    -n pattern-absent "$java_cmd $tree '$regex'"

/usr/bin/time -v $java_cmd "$tree" "$regex" 2>target/bench/pattern-vs-rg-memory.txt >/dev/null
grep -E "Maximum resident|Elapsed" target/bench/pattern-vs-rg-memory.txt
