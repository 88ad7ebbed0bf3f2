#!/usr/bin/env bash
# The Spark differential suite (issue 24, docs/scale-out.md): the peer benchmark's queries
# Q1-Q7 and the supply-chain procedures on a generated supply-chain graph (S = $SCALE,
# 10,000 by default), and $RANDOM_QUERIES queries of the engine's random query generator on
# a random graph, each run on a ChainGraph database and on the lake made from its CSV
# export, in one Spark session (local[2]); every row must agree.
#
#   Tests/Spark/differential.sh            (CG=path/to/chaingraph, SCALE=…, RANDOM_QUERIES=…)
#
# Needs Java 17 and PySpark 4.3.0 (installed into $CHAINGRAPH_SPARK_VENV from PyPI when
# missing) and ../shared/bench beside the repository. Without them it skips, loudly;
# CHAINGRAPH_REQUIRE_SPARK=1 (set by .ci/run) turns the skip into a failure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CG="${CG:-$ROOT/.build/debug/chaingraph}"
SCALE="${SCALE:-10000}"
RANDOM_QUERIES="${RANDOM_QUERIES:-240}"
VENV="${CHAINGRAPH_SPARK_VENV:-${TMPDIR:-/tmp}/chaingraph-spark-venv}"
BENCH="$ROOT/../shared/bench"

skip() {
    if [ "${CHAINGRAPH_REQUIRE_SPARK:-0}" = 1 ]; then
        echo "FAILED: Spark differential tests cannot run: $1 (CHAINGRAPH_REQUIRE_SPARK=1)"
        exit 1
    fi
    echo "SKIPPED: Spark differential tests: $1"
    exit 0
}

command -v java >/dev/null || skip "no Java (Debian: apt-get install openjdk-17-jre-headless)"
if ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
    { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q pyspark==4.3.0; } || skip "could not install pyspark==4.3.0 from PyPI"
fi
[ -f "$BENCH/gen_chain_graph.py" ] || skip "$BENCH/gen_chain_graph.py is missing (../shared beside the clone)"
export PATH="$VENV/bin:$PATH"
# Small data: few shuffle partitions keep each job's fixed cost down.
export CHAINGRAPH_SPARK_PARTITIONS="${CHAINGRAPH_SPARK_PARTITIONS:-2}"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/chaingraph-spark-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
started=$SECONDS

# The supply-chain graph, loaded with Kuzu's schema as the peer benchmark does.
python3 "$BENCH/gen_chain_graph.py" --scale "$SCALE" --out "$WORK/generated" --format csv >/dev/null
"$ROOT/Tests/Spark/load_chain.sh" "$CG" "$WORK/generated" "$WORK/chain.cg"
"$CG" export "$WORK/chain.cg" "$WORK/chain-csv" --format csv
"$CG" spark ingest "$WORK/chain-csv" "$WORK/chain-lake" --flow-types FEEDS
python3 "$ROOT/Tests/Spark/anchor_queries.py" "$WORK/generated/params.json" > "$WORK/queries.cypher"
# impact of a material that is the only feeder of another (so that the answer has rows).
sole=$("$CG" query "$WORK/chain.cg" --format csv -e "MATCH (s:Material)-[:FEEDS]->(x:Material) WITH x, collect(s.id) AS feeders
    WHERE size(feeders) = 1 RETURN feeders[0] AS id ORDER BY id LIMIT 1" | tail -1)
{ echo "// impact with rows"
  echo "MATCH (m:Material {id: $sole}) CALL impact(m, 'FEEDS') YIELD node, depth RETURN node.id, depth"
  echo "// downstream, then Cypher over what it yields"
  echo "MATCH (m:Material {id: $sole}) CALL downstream(m, 'FEEDS', {maxDepth: 3}) YIELD node WITH node MATCH (node)<-[:PRODUCES]-(e) RETURN count(DISTINCT e)"
} >> "$WORK/queries.cypher"

# The random generator's graph (cycles, parallel relationships, nodes without labels).
"$CG" query "$WORK/random.cg" -e "$("$CG" spark random-graph --nodes 60 --seed 7)" >/dev/null
"$CG" export "$WORK/random.cg" "$WORK/random-csv" --format csv
"$CG" spark ingest "$WORK/random-csv" "$WORK/random-lake"

# The procedures again where relationships form cycles and run in parallel.
cat > "$WORK/random-procedures.cypher" <<'QUERIES'
MATCH (a {i: 3}) CALL downstream(a, 'R') YIELD node, depth RETURN node.i, depth
MATCH (a) WHERE a.i IN [5, 9, 17] CALL upstream(a, ['R', 'S'], {maxDepth: 2}) YIELD node, depth RETURN a.i, node.i, depth
MATCH (a) WHERE a.i < 6 CALL impact(a, 'R') YIELD node, depth RETURN a.i, node.i, depth
MATCH (a:A {k: 1}) CALL downstream(a, null) YIELD node WITH a, count(node) AS reached RETURN a.i, reached
QUERIES
"$CG" spark check --lake "$WORK/chain-lake" --database "$WORK/chain.cg" --queries "$WORK/queries.cypher" \
    --random "$RANDOM_QUERIES" --seed 11 --random-lake "$WORK/random-lake" --random-database "$WORK/random.cg" \
    --random-queries "$WORK/random-procedures.cypher" \
    --require 219
# --into: a closure comes back as a database, with the relationships among its nodes.
source=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['params']['q2_source'])" "$WORK/generated/params.json")
"$CG" spark --lake "$WORK/chain-lake" --format csv --into "$WORK/part.cg" \
    -e "MATCH (m:Material {id: $source}) CALL downstream(m, 'FEEDS') YIELD node RETURN node" >/dev/null
want=$("$CG" query "$WORK/chain.cg" --format csv -e "MATCH (m:Material {id: $source}) CALL downstream(m, 'FEEDS') YIELD node
    WITH collect(node) AS ns UNWIND ns AS x OPTIONAL MATCH (x)-[r]->(y) WHERE y IN ns RETURN size(ns), count(r)" | tail -1)
got=$("$CG" query "$WORK/part.cg" --format csv -e "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r)" | tail -1)
if [ "$want" != "$got" ]; then
    echo "FAILED: --into loaded (nodes, relationships) = ($got); the database has ($want)"
    exit 1
fi
echo "--into: ($got) nodes and relationships, as in the database"
echo "Spark differential tests passed in $((SECONDS - started)) s (S = $SCALE, $RANDOM_QUERIES random queries)"
