#!/usr/bin/env python3
"""The table of Benchmarks/spark.sh: per scale and query, the embedded engine's time, Spark's
in local[1] and local[2], and the speed-up from one core to two.

    spark_report.py /tmp/chain-100k/spark [/tmp/chain-1000k/spark ...]
"""
import json
import os
import sys


def load(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def main():
    for folder in sys.argv[1:]:
        ingest = load(os.path.join(folder, "ingest.json"))
        one, two = load(os.path.join(folder, "local1.json")), load(os.path.join(folder, "local2.json"))
        print(f"\nS = {ingest['scale']:,}: ingest {ingest['ingestSeconds']:.1f} s in local[2]; {two['spark']}")
        print("| query | rows | embedded (ms) | Spark local[1] (s) | Spark local[2] (s) | speed-up 1→2 cores | Spark local[2] ÷ embedded |")
        print("|---|---|---|---|---|---|---|")
        by_name = {entry["name"]: entry for entry in one["queries"]}
        for entry in two["queries"]:
            first = by_name.get(entry["name"])
            if first is None:
                continue
            s1, s2 = first["sparkMs"] / 1000, entry["sparkMs"] / 1000
            ratio = entry["sparkMs"] / entry["embeddedMs"] if entry["embeddedMs"] > 0 else float("inf")
            print(f"| {entry['name']} | {entry['rows']} | {entry['embeddedMs']:.3f} | {s1:.2f} | {s2:.2f} | "
                  f"{s1 / s2:.2f}× | {ratio:,.0f}× |")


if __name__ == "__main__":
    main()
