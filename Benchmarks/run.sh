#!/usr/bin/env bash
# The peer benchmark with ChainGraph beside Kuzu, Ladybug, igraph, rustworkx and NetworkX,
# in one invocation on one machine:
#   Benchmarks/run.sh 100000        (one or more scales; default 10000)
# Needs python3 and ../shared/bench; installs the peers into /tmp/anchors-venv from PyPI.
# ChainGraph runs three times: queries on an in-memory load, GraphML read/write, and a
# load into a database file followed by a timed open + Q1 (each its own process).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
BENCH="$HERE/../../shared/bench"
VENV=/tmp/anchors-venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q lxml networkx rustworkx python-igraph kuzu
    "$VENV/bin/pip" install -q ladybug || echo "ladybug not installed (skipped)"
fi
(cd "$HERE" && swift build -c release --product chain-bench | tail -1)
SCALES=("$@")
[ ${#SCALES[@]} -eq 0 ] && SCALES=(10000)
for scale in "${SCALES[@]}"; do
    DATA=/tmp/chain-$((scale / 1000))k
    # The generator is deterministic (fixed seed): a graph already generated at this scale is reused.
    if ! grep -q "\"scale\": $scale," "$DATA/params.json" 2>/dev/null || [ ! -f "$DATA/chain.graphml" ]; then
        "$VENV/bin/python" "$BENCH/gen_chain_graph.py" --scale "$scale" --out "$DATA" --format both >/dev/null
    fi
    "$VENV/bin/python" "$BENCH/run_anchors.py" --data "$DATA" --out "$DATA/results" --repeats 5 \
        --graphml-engines "${GRAPHML_ENGINES:-igraph,networkx}" --raw-parsers xmllint-stream \
        --query-timeout 60 --phase-timeout 900 >/dev/null
    "$HERE/.build/release/chain-bench" --data "$DATA" --out "$DATA/chaingraph.json" --repeats 5
    "$HERE/.build/release/chain-bench" --graphml-io --data "$DATA" --out "$DATA/chaingraph-graphml.json"
    "$HERE/.build/release/chain-bench" --open --data "$DATA" --out "$DATA/chaingraph-open.json"
    python3 "$HERE/combine.py" "$DATA/results/results.json" "$DATA/chaingraph.json" "$DATA/chaingraph-graphml.json" \
        "$DATA/chaingraph-open.json"
done
