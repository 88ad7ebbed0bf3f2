#!/usr/bin/env bash
# ChainGraph on Apache Spark beside the embedded engine (issue 24, docs/scale-out.md): the
# peer benchmark's queries Q1-Q7 and the supply-chain procedures on generated supply-chain
# graphs, in local[1] and local[2], in one invocation:
#   Benchmarks/spark.sh 100000 1000000        (scales; default 100000)
# Each scale: generate (../shared/bench/gen_chain_graph.py), load into a database with the
# peer benchmark's schema, export CSV, ingest the lake (timed), then `chaingraph spark check`
# with --repeats (default 3; REPEATS=…) per master: every query's rows are compared with the
# embedded engine's and both times kept. `RETURN 1` measures the fixed cost of a Spark job.
# CORES="1 2" (default) chooses the local masters; a lake already ingested is reused.
# Needs Java 17; installs PySpark 4.3.0 into $CHAINGRAPH_SPARK_VENV when missing.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/.."
BENCH="$ROOT/../shared/bench"
VENV="${CHAINGRAPH_SPARK_VENV:-/tmp/chaingraph-spark-venv}"
REPEATS="${REPEATS:-3}"
MEMORY="${DRIVER_MEMORY:-8g}"
if ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
    python3 -m venv "$VENV" && "$VENV/bin/pip" install -q pyspark==4.3.0
fi
export PATH="$VENV/bin:$PATH"
(cd "$ROOT" && swift build -c release --product chaingraph | tail -1)
CG="$ROOT/.build/release/chaingraph"
SCALES=("$@")
[ ${#SCALES[@]} -eq 0 ] && SCALES=(100000)
REPORTS=()
for scale in "${SCALES[@]}"; do
    DATA=/tmp/chain-$((scale / 1000))k
    if ! grep -q "\"scale\": $scale," "$DATA/params.json" 2>/dev/null || [ ! -f "$DATA/materials.csv" ]; then
        python3 "$BENCH/gen_chain_graph.py" --scale "$scale" --out "$DATA" --format csv >/dev/null
    fi
    OUT="$DATA/spark"
    mkdir -p "$OUT"
    [ -f "$OUT/chain.cg" ] || "$ROOT/Tests/Spark/load_chain.sh" "$CG" "$DATA" "$OUT/chain.cg"
    [ -d "$OUT/csv" ] || "$CG" export "$OUT/chain.cg" "$OUT/csv" --format csv
    # A lake ingested by an earlier run is reused (its time is kept in ingest.json).
    if [ ! -f "$OUT/ingest.json" ] || [ ! -f "$OUT/lake/lake.json" ]; then
        started=$(python3 -c 'import time; print(time.time())')
        "$CG" spark ingest "$OUT/csv" "$OUT/lake" --flow-types FEEDS --master 'local[2]' --driver-memory "$MEMORY"
        python3 -c "import json, time; print(json.dumps({'scale': $scale, 'ingestSeconds': time.time() - $started}))" > "$OUT/ingest.json"
    fi
    { echo "// fixed cost"; echo "RETURN 1 AS one"; python3 "$ROOT/Tests/Spark/anchor_queries.py" "$DATA/params.json"; } > "$OUT/queries.cypher"
    for cores in ${CORES:-1 2}; do
        "$CG" spark check --master "local[$cores]" --driver-memory "$MEMORY" --lake "$OUT/lake" --database "$OUT/chain.cg" \
            --queries "$OUT/queries.cypher" --repeats "$REPEATS" --report "$OUT/local$cores.json"
    done
    REPORTS+=("$OUT")
done
python3 "$HERE/spark_report.py" "${REPORTS[@]}"
