#!/usr/bin/env bash
# Measures the layered layout of the yEd export: overlapping node pairs and edge crossings
# in every Graphs/*.yed.graphml and on generated supply-chain graphs of 1,000 and 10,000
# nodes (../shared/bench/gen_chain_graph.py, imported and exported with the CLI).
#   Benchmarks/layout.sh            (prints a markdown table; see docs/graphml.md)
#   CG=.build/debug/chaingraph Benchmarks/layout.sh     (another build of the CLI, no release build)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
if [ -z "${CG:-}" ]; then
    (cd "$REPO" && swift build -c release --product chaingraph 2>&1 | tail -1) >&2
    CG="$REPO/.build/release/chaingraph"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
files=("$REPO"/Graphs/*.yed.graphml)
for nodes in 1000 10000; do
    # The generator's scale S gives about 1.1 S nodes.
    scale=$((nodes * 10 / 11))
    python3 "$REPO/../shared/bench/gen_chain_graph.py" --scale "$scale" --out "$WORK/gen-$nodes" --format csv >/dev/null
    "$CG" import "$WORK/chain-$nodes.cg" --csv-dir "$WORK/gen-$nodes" \
        --header "materials.csv=id:ID(Material),name,tier:int,unit" --header "enterprises.csv=id:ID(Enterprise),name" \
        --header "regions.csv=id:ID(Region),name,country" --header "feeds.csv=:START_ID(Material),:END_ID(Material),qty:double" \
        --header "produces.csv=:START_ID(Enterprise),:END_ID(Material),capacity_tpy:double" \
        --header "located_in.csv=:START_ID(Enterprise),:END_ID(Region)" >/dev/null
    start=$(date +%s%N)
    "$CG" export "$WORK/chain-$nodes.cg" "$WORK/generated-$nodes.yed.graphml" --profile yed >/dev/null
    echo "generated-$nodes: yEd export with layout in $(( ($(date +%s%N) - start) / 1000000 )) ms" >&2
    files+=("$WORK/generated-$nodes.yed.graphml")
done
python3 "$HERE/layout_measure.py" "${files[@]}"
