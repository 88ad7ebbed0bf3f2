#!/usr/bin/env python3
"""Merge ChainGraph's chain-bench record into run_anchors.py's results and print one table:
min time per query for every engine (ChainGraph through Cypher, with its Swift API beside),
ChainGraph's ratio to the fastest of igraph/rustworkx/NetworkX and to Kuzu, whether the
issue's target holds, and whether every engine returned the same value.

Usage: combine.py PEERS_JSON CHAINGRAPH_JSON [CHAINGRAPH_GRAPHML_JSON [CHAINGRAPH_OPEN_JSON]] > table.md
"""
import json
import sys

ROWS = ["Q1", "Q1-index", "Q2", "Q2c", "Q3", "Q4", "Q5", "Q6", "Q7"]
LABELS = {"Q1": "Q1 lookup by name (no index: a scan)", "Q1-index": "Q1 after CREATE INDEX on name", "Q2": "Q2 downstream closure", "Q2c": "Q2c closure from commodity",
          "Q3": "Q3 upstream closure", "Q4": "Q4 shortest path", "Q5": "Q5 2-hop producers",
          "Q6": "Q6 closure->producer->region", "Q7": "Q7 paths 1..4 (count)"}


def records(engine_result):
    if not engine_result or engine_result.get("status") != "ok":
        return {}, None, None
    queries, load, peak = {}, None, None
    for rec in engine_result["records"]:
        if rec["kind"] == "load":
            load = rec["seconds"]
            peak = rec.get("peak_rss_mb", peak)
        elif rec["kind"] == "query":
            queries[rec["query"]] = rec
        elif rec["kind"] == "peak":
            peak = rec["peak_rss_mb"]
    return queries, load, peak


def normalize(value):
    if isinstance(value, dict):
        return {str(k): v for k, v in sorted(value.items(), key=lambda kv: int(kv[0]))}
    return value


def main():
    peers = json.load(open(sys.argv[1]))
    ours = json.load(open(sys.argv[2]))
    engines = {name: records(result) for name, result in peers["results"]["queries"].items()}
    engines["chaingraph"] = records(ours)
    order = ["chaingraph"] + [e for e in ["kuzu", "ladybug", "igraph", "rustworkx", "networkx"] if e in engines]
    counts = peers["counts"]
    print(f"### S = {peers['scale']:,} materials ({counts['Material'] + counts['Enterprise'] + counts['Region']:,} nodes, "
          f"{counts['FEEDS'] + counts['PRODUCES'] + counts['LOCATED_IN']:,} edges)\n")
    print("Min of the timed runs after one warm-up, ms (load in s). `chaingraph` is Cypher through `GraphDatabase.execute` "
          "with Kuzu's query text (parse through the statement cache included); `API` is the Swift API's answer to the same "
          "question. Ratios: ChainGraph's Cypher time divided by the fastest of igraph/rustworkx/NetworkX, and by Kuzu "
          "(below 1.0 = ChainGraph faster). Target: ≤ 1.0 × the fastest library, or ≤ 0.030 ms.\n")
    print("| | " + " | ".join(order) + " | API | × fastest library | × kuzu | target |")
    print("|---|" + "---|" * (len(order) + 4))
    load_cells = [f"{engines[e][1]:.2f}" if engines[e][1] is not None else "-" for e in order]
    print("| load (s) | " + " | ".join(load_cells) + " | | | | |")
    disagreements = []
    for row in ROWS:
        q = row.split("-")[0]
        times = {}
        for e in order:
            rec = engines[e][0].get(row if e == "chaingraph" else q)
            if rec:
                times[e] = min(rec["times"]) * 1000
        api = engines["chaingraph"][0].get("api:" + row)
        api_cell = f"{min(api['times']) * 1000:.3g}" if api else "-"
        cells = [f"{times[e]:.3g}" if e in times else "-" for e in order]
        fast_peer = min([times[e] for e in ("igraph", "rustworkx", "networkx") if e in times], default=None)
        ours_ms = times.get("chaingraph")
        ratio_fast = f"{ours_ms / fast_peer:.2f}" if fast_peer and ours_ms else "-"
        ratio_kuzu = f"{ours_ms / times['kuzu']:.3f}" if "kuzu" in times and ours_ms else "-"
        met = "-" if ours_ms is None or fast_peer is None else ("yes" if ours_ms <= max(fast_peer, 0.030) else "no")
        if row == "Q1":
            met = "-" if ours_ms is None or "kuzu" not in times else ("yes" if ours_ms <= times["kuzu"] else "no") + " (≤ kuzu, scan)"
        if row == "Q1-index":
            met = "-" if ours_ms is None else ("yes" if ours_ms <= 0.020 else "no") + " (≤ 0.020)"
        print(f"| {LABELS[row]} | " + " | ".join(cells) + f" | {api_cell} | {ratio_fast} | {ratio_kuzu} | {met} |")
        values = {e: normalize(engines[e][0][row if e == "chaingraph" else q]["value"])
                  for e in order if (row if e == "chaingraph" else q) in engines[e][0]}
        if api:
            values["chaingraph API"] = normalize(api["value"])
        if len({json.dumps(v, sort_keys=True) for v in values.values()}) > 1:
            disagreements.append(f"{row}: {values}")
    peaks = [f"{engines[e][2]:.0f}" if engines[e][2] else "-" for e in order]
    print("| peak RSS (MB) | " + " | ".join(peaks) + " | | | | |")
    print()
    if disagreements:
        print("**Engines disagree:**\n")
        for line in disagreements:
            print("- " + line)
        sys.exit(1)
    print("Every engine returned the same value for every query.")
    if len(sys.argv) > 3:
        graphml_table(peers, json.load(open(sys.argv[3])))
    if len(sys.argv) > 4:
        open_line(json.load(open(sys.argv[4])))


def open_line(result):
    """ChainGraph's file figures: loading into a database file, then opening it and answering Q1."""
    recs = {r["kind"]: r for r in result.get("records", [])}
    load, opened = recs.get("file_load"), recs.get("open")
    if load and opened:
        print(f"\nDatabase file ({load['bytes'] / 1e6:.1f} MB): CSV load into the file {load['seconds']:.2f} s; "
              f"open + Q1 {opened['seconds']:.2f} s (found: {opened['found']}).")


def graphml_table(peers, ours):
    """GraphML read/write rates: ChainGraph beside the peers and the raw libxml2 parse."""
    megabytes = peers.get("graphml_bytes", 0) / 1e6
    if not megabytes:
        return
    print(f"\nGraphML ({megabytes:.1f} MB file). Read = parse and build the graph; write = serialize it.\n")
    print("| engine | read s | read MB/s | write s | write MB/s | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    rows = {"chaingraph": ours}
    rows.update(peers["results"].get("graphml", {}))
    for engine, result in rows.items():
        recs = {r["kind"]: r for r in result.get("records", [])}
        rd, wr = recs.get("graphml_read"), recs.get("graphml_write")
        if not (rd and wr):
            print(f"| {engine} | {result.get('status', '?')[:60]} | | | | |")
            continue
        rss = max(r.get("peak_rss_mb", 0) for r in result["records"])
        written = wr.get("bytes", 0) / 1e6
        print(f"| {engine} | {rd['seconds']:.2f} | {megabytes / rd['seconds']:.1f} | {wr['seconds']:.2f} | "
              f"{written / wr['seconds']:.1f} | {rss:.0f} |")
    for tool, result in peers["results"].get("rawparse", {}).items():
        recs = [r for r in result.get("records", []) if r["kind"] == "rawparse"]
        if recs:
            best = min(recs[0]["times"])
            print(f"| {tool} (parse only, no graph) | {best:.2f} | {megabytes / best:.1f} | - | - | {recs[0]['peak_rss_mb']:.0f} |")
            if tool == "xmllint-stream":
                read = {r["kind"]: r for r in ours["records"]}["graphml_read"]["seconds"]
                print(f"\nChainGraph's import runs at {best / read:.0%} of `xmllint --stream`'s rate.")


main()
