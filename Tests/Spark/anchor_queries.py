#!/usr/bin/env python3
"""Writes the peer benchmark's queries Q1-Q7 (../shared/bench/run_anchors.py's texts, with
its parameters from params.json written in as literals) as one query per line, for
`chaingraph spark check --queries` and Benchmarks/spark.sh; then the supply-chain
procedures from the same sources.

    anchor_queries.py PARAMS_JSON > queries.cypher
"""
import json
import sys

QUERIES = [
    ("Q1", "MATCH (m:Material) WHERE m.name = '{q1_lookup_name}' RETURN m.id"),
    ("Q2", "MATCH (a:Material {{id: {q2_source}}})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)"),
    ("Q2c", "MATCH (a:Material {{id: {q7_source}}})-[:FEEDS*1..30]->(b:Material) RETURN count(DISTINCT b.id)"),
    ("Q3", "MATCH (a:Material)-[:FEEDS*1..30]->(b:Material {{id: {q3_sink}}}) RETURN count(DISTINCT a.id)"),
    ("Q4", "MATCH p = shortestPath((a:Material {{id: {q4_source}}})-[:FEEDS*1..30]->(b:Material {{id: {q4_target}}})) "
           "RETURN length(p)"),
    ("Q5", "MATCH (m:Material {{id: {q5_material}}})-[:FEEDS]->(:Material)<-[:PRODUCES]-(e:Enterprise) "
           "RETURN count(DISTINCT e.id)"),
    ("Q6", "MATCH (a:Material {{id: {q6_source}}})-[:FEEDS*1..30]->(x:Material) WITH DISTINCT x "
           "MATCH (x)<-[:PRODUCES]-(e:Enterprise)-[:LOCATED_IN]->(r:Region) "
           "RETURN r.id, count(DISTINCT e.id) ORDER BY r.id"),
    ("Q7", "MATCH (a:Material {{id: {q7_source}}})-[:FEEDS*1..4]->(b:Material) RETURN count(*)"),
    ("downstream", "MATCH (m:Material {{id: {q2_source}}}) CALL downstream(m, 'FEEDS') YIELD node, depth "
                   "RETURN node.id, depth"),
    ("downstream-depth", "MATCH (m:Material {{id: {q7_source}}}) CALL downstream(m, 'FEEDS', {{maxDepth: 2}}) "
                         "YIELD node, depth RETURN count(*), max(depth)"),
    ("upstream", "MATCH (m:Material {{id: {q3_sink}}}) CALL upstream(m, 'FEEDS') YIELD node, depth RETURN node.id, depth"),
    ("impact", "MATCH (m:Material {{id: {q2_source}}}) CALL impact(m, 'FEEDS') YIELD node, depth RETURN node.id, depth"),
    ("tiers", "CALL tiers('FEEDS') YIELD node, tier WITH tier, count(*) AS nodes RETURN tier, nodes ORDER BY tier"),
]


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        params = json.load(handle)["params"]
    names = sys.argv[2].split(",") if len(sys.argv) > 2 else None
    for name, text in QUERIES:
        if names is None or name in names:
            print("// " + name)
            print(text.format(**params))


if __name__ == "__main__":
    main()
