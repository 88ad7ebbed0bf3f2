#!/usr/bin/env bash
# Loads a folder made by ../shared/bench/gen_chain_graph.py into a ChainGraph database with
# the peer benchmark's (Kuzu's) schema: every type keyed by its integer id.
#   Tests/Spark/load_chain.sh CHAINGRAPH GENERATED_DIR DATABASE
set -euo pipefail
CG="$1" DATA="$2" DB="$3"
IN="$(mktemp -d "${TMPDIR:-/tmp}/chaingraph-load.XXXXXX")"
trap 'rm -rf "$IN"' EXIT
# Relationship files are named by their type.
for file in materials enterprises regions; do ln -s "$DATA/$file.csv" "$IN/$file.csv"; done
ln -s "$DATA/feeds.csv" "$IN/FEEDS.csv"
ln -s "$DATA/produces.csv" "$IN/PRODUCES.csv"
ln -s "$DATA/located_in.csv" "$IN/LOCATED_IN.csv"
"$CG" query "$DB" -e "CREATE NODE TYPE Material (id INT64 PRIMARY KEY, name STRING, tier INT64, unit STRING);
CREATE NODE TYPE Enterprise (id INT64 PRIMARY KEY, name STRING);
CREATE NODE TYPE Region (id INT64 PRIMARY KEY, name STRING, country STRING);
CREATE EDGE TYPE FEEDS (FROM Material TO Material, qty DOUBLE) SUPPLY FLOW;
CREATE EDGE TYPE PRODUCES (FROM Enterprise TO Material, capacity_tpy DOUBLE);
CREATE EDGE TYPE LOCATED_IN (FROM Enterprise TO Region)" >/dev/null
"$CG" import "$DB" --csv-dir "$IN" --header 'materials.csv=id:ID(Material),name,tier:long,unit' \
    --header 'enterprises.csv=id:ID(Enterprise),name' --header 'regions.csv=id:ID(Region),name,country' \
    --header 'FEEDS.csv=:START_ID(Material),:END_ID(Material),qty:double' \
    --header 'PRODUCES.csv=:START_ID(Enterprise),:END_ID(Material),capacity_tpy:double' \
    --header 'LOCATED_IN.csv=:START_ID(Enterprise),:END_ID(Region)'
