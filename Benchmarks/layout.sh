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

# Against Graphviz dot: the same graphs laid out by `dot -Tplain` (at most 10 minutes each),
# crossings counted on straight lines between node centres for both; layout seconds beside.
command -v dot >/dev/null || { apt-get install -y -qq graphviz >/dev/null; }
# Counting crossings of straight lines at 10,000 nodes takes pure Python a long time: they
# are counted there only if dot finishes within its 10 minutes (or with FULL=1).
pairs=()
for file in "${files[@]}"; do
    stem=$(basename "$file" .yed.graphml)
    if [[ "$file" == "$REPO"/Graphs/* ]]; then
        dotfile="$REPO/Graphs/$stem.dot"
        # The seed graph's plain export, imported and exported again with the yEd profile.
        "$CG" import "$WORK/$stem.cg" --graphml "$REPO/Graphs/$stem.graphml" >/dev/null 2>&1
        ours=$( { /usr/bin/time -f %e "$CG" export "$WORK/$stem.cg" "$WORK/again.yed.graphml" --profile yed >/dev/null; } 2>&1 | tail -1)
    else
        dotfile="$WORK/$stem.dot"
        "$CG" export "$WORK/chain-${stem#generated-}.cg" "$dotfile" >/dev/null
        ours=$( { /usr/bin/time -f %e "$CG" export "$WORK/chain-${stem#generated-}.cg" "$WORK/again.yed.graphml" --profile yed >/dev/null; } 2>&1 | tail -1)
    fi
    start=$(date +%s%N)
    if timeout 600 dot -Tplain "$dotfile" -o "$WORK/$stem.plain" 2>/dev/null; then
        dotseconds=$(python3 -c "print(f'{($(date +%s%N) - $start) / 1e9:.2f}')")
        pairs+=("$file" "$WORK/$stem.plain" "$ours" "$dotseconds")
    else
        if [ "$stem" = generated-10000 ] && [ "${FULL:-0}" != 1 ]; then
            pairs+=("-$file" "-" "$ours" "> 600")
        else
            pairs+=("$file" "-" "$ours" "> 600")
        fi
    fi
done
python3 "$HERE/layout_measure.py" --dot "${pairs[@]}"
