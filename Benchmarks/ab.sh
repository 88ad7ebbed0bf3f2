#!/usr/bin/env bash
# A/B: the same Cypher queries on two commits of ChainGraph, built in release and run
# alternately, so a refactor can show it made no query slower.
#   Benchmarks/ab.sh [OLD [NEW [S [ROUNDS]]]]     (defaults: HEAD~1 HEAD 100000 5)
# Each round runs OLD then NEW, each a fresh process that loads the generated graph of S
# materials (../shared/bench/gen_chain_graph.py) and times every query of
# ABHarness/main.swift (best of seven after a warm-up); the table gives the median over
# the rounds, the NEW/OLD ratio, and flags a query of 1 ms or more that is over 10% slower.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
OLD=$(git -C "$REPO" rev-parse "${1:-HEAD~1}")
NEW=$(git -C "$REPO" rev-parse "${2:-HEAD}")
SCALE=${3:-100000}
ROUNDS=${4:-5}
WORK=/tmp/chaingraph-ab
DATA=/tmp/chain-$((SCALE / 1000))k
mkdir -p "$WORK"
if ! grep -q "\"scale\": $SCALE," "$DATA/params.json" 2>/dev/null || [ ! -f "$DATA/feeds.csv" ]; then
    python3 "$REPO/../shared/bench/gen_chain_graph.py" --scale "$SCALE" --out "$DATA" --format csv >/dev/null
fi
for commit in "$OLD" "$NEW"; do
    tree="$WORK/tree-$commit" harness="$WORK/harness-$commit"
    [ -d "$tree" ] || git -C "$REPO" worktree add --detach -f "$tree" "$commit" >/dev/null
    mkdir -p "$harness/Sources/ab"
    cp "$HERE/ABHarness/main.swift" "$HERE/Sources/chain-bench/ChainLoad.swift" "$harness/Sources/ab/"
    cat > "$harness/Package.swift" <<PACKAGE
// swift-tools-version:5.10
import PackageDescription
let package = Package(name: "ab", dependencies: [.package(name: "ChainGraph", path: "$tree")],
    targets: [.executableTarget(name: "ab", dependencies: [.product(name: "ChainGraph", package: "ChainGraph")])])
PACKAGE
    swift build -c release --package-path "$harness" 2>&1 | tail -1
done
: > "$WORK/old.jsonl"
: > "$WORK/new.jsonl"
for round in $(seq "$ROUNDS"); do
    "$WORK/harness-$OLD/.build/release/ab" "$DATA" >> "$WORK/old.jsonl"
    "$WORK/harness-$NEW/.build/release/ab" "$DATA" >> "$WORK/new.jsonl"
    echo "round $round of $ROUNDS done" >&2
done
python3 - "$WORK/old.jsonl" "$WORK/new.jsonl" "${OLD:0:7}" "${NEW:0:7}" "$SCALE" <<'PYTHON'
import json, statistics, sys
old = [json.loads(line) for line in open(sys.argv[1])]
new = [json.loads(line) for line in open(sys.argv[2])]
print(f"S = {sys.argv[5]}, median of {len(old)} alternating rounds (ms, best of 7 per round)")
print(f"{'query':<12} {sys.argv[3]:>10} {sys.argv[4]:>10} {'new/old':>8}")
slower = []
for name in sorted(old[0]):
    a = statistics.median(r[name] for r in old)
    b = statistics.median(r[name] for r in new)
    flag = ""
    if a >= 1 and b > a * 1.10:
        flag = "  SLOWER"
        slower.append(name)
    print(f"{name:<12} {a:>10.3f} {b:>10.3f} {b / a:>8.2f}{flag}")
sys.exit(1 if slower else 0)
PYTHON
