#!/usr/bin/env bash
# Builds the libFuzzer targets with coverage and AddressSanitizer over ChainGraph, seeds
# each corpus from the tests, TCK queries and shared GraphML samples, and runs them.
#
#   Fuzz/run.sh [SECONDS per target = 1800] [targets… = query chain graphml csv image]
# Crashes are written as crash-* files in Fuzz/artifacts/; each becomes a regression test.
# Leak detection is off, as in Tests/Reliability/sanitizers.sh: Foundation leaks small
# objects (Process.run(), caches); memory errors are still caught by AddressSanitizer.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SECONDS_EACH="${1:-1800}"; shift || true
TARGETS=("${@:-query chain graphml csv image}")
[ ${#TARGETS[@]} -eq 1 ] && read -r -a TARGETS <<< "${TARGETS[0]}"
cd "$HERE"
for target in query chain graphml csv image; do
    swift build -Xswiftc -sanitize=fuzzer,address --product fuzz-$target >/dev/null
done
mkdir -p corpus/query corpus/chain corpus/graphml corpus/csv corpus/image artifacts
cp ../Tests/ChainGraphTests/Query/Parser/Golden/*.cypher ../seeds/*.cypher corpus/query/ 2>/dev/null || true
grep -h -A30 'executing query:' -r ../../shared/tck/features 2>/dev/null | grep -v '"""' | grep -E '^\s+(MATCH|CREATE|RETURN|WITH|UNWIND|MERGE|OPTIONAL)' \
    | head -2000 | split -l 3 - corpus/query/tck- || true
grep -h '^CHAIN ' ../seeds/*.cypher ../docs/*.md 2>/dev/null | sed 's/^CHAIN //' | split -l 1 - corpus/chain/seed- || true
cp ../../shared/graphml/samples/*.graphml ../Tests/ChainGraphTests/GraphML/Golden/*.graphml corpus/graphml/ 2>/dev/null || true
printf 'id:ID(Material),name,tier:int,aliases:string[],:LABEL\n1,acrylonitrile,0,AN;丙烯腈,Material\n' > corpus/csv/nodes.csv
printf ':START_ID(Material),:END_ID(Material),:TYPE,qty:double\n1,2,FEEDS,2.5\n' > corpus/csv/edges.csv
.build/debug/fuzz-image --write-seeds corpus/image
for target in "${TARGETS[@]}"; do
    echo "== fuzz-$target for $SECONDS_EACH s"
    .build/debug/fuzz-$target "corpus/$target" -max_total_time="$SECONDS_EACH" -max_len=4096 -rss_limit_mb=4096 \
        -timeout=10 -detect_leaks=0 -artifact_prefix=artifacts/ -print_final_stats=1 2>&1 | grep -E "^#[0-9]+ +DONE|stat::|ERROR|SUMMARY|crash-|Done" || true
done
