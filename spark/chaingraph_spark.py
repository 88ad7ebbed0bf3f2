#!/usr/bin/env python3
"""ChainGraph on Apache Spark: the runner that `chaingraph spark` starts with spark-submit.

Two modes (docs/scale-out.md describes both and the lake layout):

  ingest CSV_DIR LAKE_DIR [--flow-types T,...]
      Turns a neo4j-admin CSV folder (what `chaingraph export --format csv` writes) into the
      lake: LAKE_DIR/nodes and LAKE_DIR/edges as Parquet partitioned by label set and edge
      type, and LAKE_DIR/lake.json describing them.

  serve --lake LAKE_DIR [--requests PATH]
      Reads jobs from PATH (a named pipe; stdin when not given), one JSON object per line,
      runs each in this one Spark session and answers on stdout, one JSON object per line
      after the marker `@@chaingraph ` (spark-submit merges the driver's stderr into its
      stdout and does not pass stdin on, hence the pipe and the marker):
      {"columns": [...]}, then {"row": [...]} per row, then {"done": {...}} -- or
      {"error": "..."} when the job fails. ChainGraph's
      translator (Sources/ChainGraph/Spark) writes the jobs: a list of steps (Spark SQL that
      defines a view, or an iterative operator such as a closure) and the SQL of the result.

Values on the wire: integers, strings, booleans, null and lists are plain JSON; a double is
{"d": "<text>"} (so that 1.0 stays a double); a map or struct is {"m": {...}}.
"""
import argparse
import json
import math
import os
import sys
import time

LAKE_FORMAT = "chaingraph-lake"
LAKE_VERSION = 1
NODES_VIEW, EDGES_VIEW, BOTH_WAYS_VIEW = "cg_nodes", "cg_edges", "cg_edges_both"
MARKER = "@@chaingraph "
SYSTEM_COLUMNS = {"__id", "__labels", "__label", "__src", "__dst", "__type", "__provenance"}


def spark_session(app):
    from pyspark.sql import SparkSession
    builder = (SparkSession.builder.appName(app)
               .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
               .config("spark.ui.enabled", "false"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    # 8 shuffle partitions suit small jobs in local mode; spark-submit's --conf or the variable win.
    partitions = os.environ.get("CHAINGRAPH_SPARK_PARTITIONS")
    if partitions or not spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        spark.conf.set("spark.sql.shuffle.partitions", partitions or "8")
    return spark


# --------------------------------------------------------------------------------------------
# ingest: neo4j-admin CSV -> Parquet lake
# --------------------------------------------------------------------------------------------
SPARK_TYPES = {"long": "bigint", "int": "bigint", "short": "bigint", "byte": "bigint",
               "double": "double", "float": "double", "boolean": "boolean", "string": "string",
               "char": "string", "date": "date"}


class HeaderField:
    """One column of a neo4j-admin header: `name:type`, `:ID(space)`, `:LABEL`, `:IGNORE`..."""

    def __init__(self, text):
        name, _, kind = text.rpartition(":") if ":" in text else (text, "", "string")
        self.text, self.name = text, name
        self.space = None
        kind = kind.strip() or "string"
        if "(" in kind and kind.endswith(")"):
            kind, self.space = kind[:kind.index("(")], kind[kind.index("(") + 1:-1]
        self.role = kind.upper() if kind.upper() in ("ID", "START_ID", "END_ID", "LABEL", "TYPE", "IGNORE") else None
        self.is_array = kind.endswith("[]")
        base = kind[:-2] if self.is_array else kind
        self.type = SPARK_TYPES.get(base.lower(), "string")


def read_header(path):
    import csv
    with open(path, newline="", encoding="utf-8") as handle:
        return [HeaderField(text) for text in next(csv.reader(handle))]


def typed_column(F, field, column):
    value = F.col(column)
    if field.is_array:
        parts = F.split(value, ";")
        return F.when(value.isNull() | (value == ""), F.lit(None)).otherwise(
            parts if field.type == "string" else parts.cast("array<%s>" % field.type))
    if field.type == "string":
        return value
    return F.when(value == "", F.lit(None)).otherwise(value.cast(field.type))


def shown_id(key):
    """A node key (id space, U+0001, id) as a message shows it: `Material:PAN`, or `42`."""
    space, _, identifier = key.partition("\u0001")
    return "%s:%s" % (space, identifier) if space else identifier


def ingest(args):
    from pyspark.sql import functions as F
    spark = spark_session("chaingraph-ingest")
    files = sorted(name for name in os.listdir(args.csv_dir) if name.endswith(".csv"))
    node_files, edge_files = [], []
    for name in files:
        header = read_header(os.path.join(args.csv_dir, name))
        roles = {field.role for field in header}
        if "START_ID" in roles and "END_ID" in roles:
            edge_files.append((name, header))
        elif "ID" in roles:
            node_files.append((name, header))
        else:
            print("skipped %s: no :ID or :START_ID/:END_ID column" % name, file=sys.stderr)
    if not node_files:
        raise SystemExit("error: %s holds no node file (a CSV with an :ID column)" % args.csv_dir)

    def read(name, header):
        frame = (spark.read.option("header", "false").option("multiLine", "true").option("escape", '"')
                 .option("mode", "FAILFAST").csv(os.path.join(args.csv_dir, name)))
        frame = frame.toDF(*["c%d" % i for i in range(len(frame.columns))])
        first = [F.col("c%d" % i) == field.text for i, field in enumerate(header)]
        condition = first[0]
        for part in first[1:]:
            condition = condition & part
        return frame.where(~condition)  # the header line

    property_types = {}

    def merge_type(table, name, kind):
        if name in SYSTEM_COLUMNS:
            raise SystemExit("error: property '%s' uses a name the lake reserves" % name)
        known = table.get(name)
        table[name] = kind if known in (None, kind) else "string"

    node_props, edge_props = {}, {}
    for _, header in node_files:
        for field in header:
            if field.role is None or (field.role == "ID" and field.name):
                merge_type(node_props, field.name, ("array<%s>" % field.type) if field.is_array else
                           ("string" if field.role == "ID" else field.type))
    for _, header in edge_files:
        for field in header:
            if field.role is None:
                merge_type(edge_props, field.name, ("array<%s>" % field.type) if field.is_array else field.type)

    numeric_ids = all(field.space is None for _, header in node_files for field in header if field.role == "ID")
    node_frames = []
    for name, header in node_files:
        frame = read(name, header)
        columns = {}
        for index, field in enumerate(header):
            column = "c%d" % index
            if field.role == "ID":
                columns["__key"] = F.concat(F.lit((field.space or "") + "\u0001"), F.col(column))
                columns["__raw"] = F.col(column)
                if field.name:
                    columns[field.name] = F.col(column).cast("bigint") if node_props[field.name] == "bigint" else F.col(column)
            elif field.role == "LABEL":
                columns["__labels"] = F.array_sort(F.filter(F.split(F.col(column), ";"), lambda x: x != ""))
            elif field.role is None:
                columns[field.name] = typed_column(F, field, column).cast(node_props[field.name])
            elif field.role == "IGNORE" and field.name == "provenance":
                columns["__provenance"] = F.col(column)
        if "__labels" not in columns:
            columns["__labels"] = F.array().cast("array<string>")
        for prop, kind in node_props.items():
            columns.setdefault(prop, F.lit(None).cast(kind))
        columns.setdefault("__provenance", F.lit(None).cast("string"))
        node_frames.append(frame.select(*[value.alias(key) for key, value in columns.items()]))
    nodes = node_frames[0]
    for frame in node_frames[1:]:
        nodes = nodes.unionByName(frame)
    if numeric_ids:
        nodes = nodes.withColumn("__id", F.col("__raw").cast("bigint"))
        if nodes.where(F.col("__id").isNull()).limit(1).count():
            numeric_ids = False
    if not numeric_ids:
        nodes = nodes.withColumn("__id", F.monotonically_increasing_id())
    nodes = nodes.withColumn("__label", F.array_join(F.col("__labels"), ":")).drop("__raw").localCheckpoint()
    duplicates = nodes.groupBy("__key").count().where("count > 1").limit(1).collect()
    if duplicates:
        raise SystemExit("error: node id %s appears more than once" % shown_id(duplicates[0]["__key"]))

    edge_frames = []
    for name, header in edge_files:
        frame = read(name, header)
        columns = {}
        for index, field in enumerate(header):
            column = "c%d" % index
            if field.role in ("START_ID", "END_ID"):
                columns["__" + field.role.lower()] = F.concat(F.lit((field.space or "") + "\u0001"), F.col(column))
            elif field.role == "TYPE":
                columns["__type"] = F.col(column)
            elif field.role is None:
                columns[field.name] = typed_column(F, field, column).cast(edge_props[field.name])
            elif field.role == "IGNORE" and field.name == "provenance":
                columns["__provenance"] = F.col(column)
        if "__type" not in columns:
            columns["__type"] = F.lit(name[:-4].split(".")[-1])
        for prop, kind in edge_props.items():
            columns.setdefault(prop, F.lit(None).cast(kind))
        columns.setdefault("__provenance", F.lit(None).cast("string"))
        edge_frames.append(frame.select(*[value.alias(key) for key, value in columns.items()]))
    keys = nodes.select("__key", "__id")
    if edge_frames:
        edges = edge_frames[0]
        for frame in edge_frames[1:]:
            edges = edges.unionByName(frame)
        edges = (edges.join(keys.withColumnRenamed("__key", "__start_id").withColumnRenamed("__id", "__src"), "__start_id", "left")
                 .join(keys.withColumnRenamed("__key", "__end_id").withColumnRenamed("__id", "__dst"), "__end_id", "left"))
        dangling = edges.where(F.col("__src").isNull() | F.col("__dst").isNull()).limit(1).collect()
        if dangling:
            row = dangling[0]
            missing = row["__start_id"] if row["__src"] is None else row["__end_id"]
            raise SystemExit("error: a %s relationship refers to node %s, which no node file holds"
                             % (row["__type"], shown_id(missing)))
        edges = edges.drop("__start_id", "__end_id").withColumn("__id", F.monotonically_increasing_id())
    else:
        edges = spark.createDataFrame([], "__src bigint, __dst bigint, __type string, __provenance string, __id bigint")

    nodes.drop("__key").write.mode("overwrite").partitionBy("__label").parquet(os.path.join(args.lake_dir, "nodes"))
    edges.write.mode("overwrite").partitionBy("__type").parquet(os.path.join(args.lake_dir, "edges"))
    label_sets = {row["__label"] or "": row["count"] for row in nodes.groupBy("__label").count().collect()}
    edge_types = {row["__type"]: row["count"] for row in edges.groupBy("__type").count().collect()}
    manifest = {"format": LAKE_FORMAT, "version": LAKE_VERSION, "source": os.path.abspath(args.csv_dir),
                "ids": "source" if numeric_ids else "assigned",
                "nodes": {"count": sum(label_sets.values()), "labelSets": label_sets, "properties": node_props},
                "edges": {"count": sum(edge_types.values()), "types": edge_types, "properties": edge_props},
                "flowTypes": [t for t in (args.flow_types or "").split(",") if t]}
    with open(os.path.join(args.lake_dir, "lake.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2, sort_keys=True, ensure_ascii=False)
    print("ingested %d nodes and %d edges into %s" % (manifest["nodes"]["count"], manifest["edges"]["count"], args.lake_dir))


# --------------------------------------------------------------------------------------------
# serve: jobs in, rows out
# --------------------------------------------------------------------------------------------
class Session:
    def __init__(self, spark, lake):
        from pyspark.sql import functions as F
        self.spark, self.F = spark, F
        self.open(lake)

    def open(self, lake):
        """Registers the lake's tables as the views the jobs read (a job may name another lake)."""
        spark = self.spark
        self.lake = lake
        for frame in getattr(self, "edge_cache", {}).values():
            frame.unpersist()
        with open(os.path.join(lake, "lake.json"), encoding="utf-8") as handle:
            self.manifest = json.load(handle)
        spark.read.parquet(os.path.join(lake, "nodes")).createOrReplaceTempView(NODES_VIEW)
        edges = spark.read.parquet(os.path.join(lake, "edges"))
        edges.createOrReplaceTempView(EDGES_VIEW)
        # Each relationship once in either orientation (a self-loop once), for undirected steps.
        spark.sql("SELECT *, __src AS __from, __dst AS __to FROM %s UNION ALL "
                  "SELECT *, __dst AS __from, __src AS __to FROM %s WHERE __src <> __dst"
                  % (EDGES_VIEW, EDGES_VIEW)).createOrReplaceTempView(BOTH_WAYS_VIEW)
        self.edge_cache = {}

    # Edges of some types as (src, dst), oriented for a walk: "out", "in" or "both".
    def edges(self, types, direction, keep_parallel=False):
        key = (tuple(types) if types is not None else None, direction, keep_parallel)
        if key not in self.edge_cache:
            F = self.F
            frame = self.spark.table(EDGES_VIEW)
            if types is not None:
                frame = frame.where(F.col("__type").isin(list(types)))
            frame = frame.select(F.col("__src").alias("src"), F.col("__dst").alias("dst"))
            if direction == "in":
                frame = frame.select(F.col("dst").alias("src"), F.col("src").alias("dst"))
            elif direction == "both":
                frame = frame.unionByName(frame.where("src <> dst").select(F.col("dst").alias("src"), F.col("src").alias("dst")))
            if not keep_parallel:
                frame = frame.distinct()
            self.edge_cache[key] = frame.cache()
        return self.edge_cache[key]

    def starts(self, step):
        F = self.F
        return (self.spark.table(step["input"]).select(F.col(step["from"]).alias("s"))
                .where(F.col("s").isNotNull()).distinct().localCheckpoint())

    def breadth_first(self, starts, edges, minimum, maximum, targets=None):
        """(s, n, d): every node n reached from start s, at its fewest steps d (>= 1, or 0 for
        the start itself when minimum is 0), within maximum steps; one row per pair.
        With targets (s, t), stops once every pair is reached."""
        F = self.F
        frontier = starts.select("s", F.col("s").alias("n"))
        visited = starts.select("s", F.col("s").alias("n"), F.lit(0).alias("d")) if minimum == 0 else None
        wanted = targets.count() if targets is not None else None
        depth = 0
        while maximum is None or depth < maximum:
            depth += 1
            step = frontier.join(edges, frontier.n == edges.src).select("s", F.col("dst").alias("n")).distinct()
            if visited is not None:
                step = step.join(visited.select("s", "n"), ["s", "n"], "left_anti")
            step = step.localCheckpoint()
            if step.isEmpty():
                break
            layer = step.withColumn("d", F.lit(depth))
            visited = layer if visited is None else visited.unionByName(layer).localCheckpoint()
            frontier = step
            if targets is not None and visited.join(targets, (visited.s == targets.s) & (visited.n == targets.t), "left_semi").count() >= wanted:
                break
        if visited is None:
            return self.spark.createDataFrame([], "s bigint, n bigint, d int")
        return visited if minimum == 0 else visited.where("d >= 1")

    def closure(self, step):
        F = self.F
        reached = self.breadth_first(self.starts(step), self.edges(step.get("types"), step["direction"]),
                                     step["min"], step.get("max"))
        frame = self.spark.table(step["input"])
        joined = frame.join(reached, frame[step["from"]] == reached.s).drop("s").withColumnRenamed("n", step["to"])
        joined = joined.withColumnRenamed("d", step["depth"]) if step.get("depth") else joined.drop("d")
        joined.createOrReplaceTempView(step["view"])

    def shortest(self, step):
        F = self.F
        frame = self.spark.table(step["input"])
        pairs = (frame.select(F.col(step["from"]).alias("s"), F.col(step["to"]).alias("t"))
                 .where("s is not null and t is not null").distinct().localCheckpoint())
        reached = self.breadth_first(pairs.select("s").distinct(), self.edges(step.get("types"), step["direction"]),
                                     step["min"], step.get("max"), targets=pairs)
        joined = frame.join(reached, (frame[step["from"]] == reached.s) & (frame[step["to"]] == reached.n))
        joined.drop("s", "n").withColumnRenamed("d", step["length"]).createOrReplaceTempView(step["view"])

    def acyclic_within(self, starts, edges, depth):
        """Whether no cycle lies among the nodes within `depth` steps of the starts (Kahn's
        peeling on the region: a region that cannot be peeled to nothing holds a cycle)."""
        F = self.F
        region = self.breadth_first(starts, edges, 0, depth).select(F.col("n").alias("v")).distinct().localCheckpoint()
        inner = (edges.join(region, edges.src == region.v, "left_semi")
                 .join(region, edges.dst == region.v, "left_semi").localCheckpoint())
        remaining = region
        while True:
            if inner.isEmpty():
                return True
            removable = remaining.join(inner, remaining.v == inner.dst, "left_anti").localCheckpoint()
            if removable.isEmpty():
                return False
            remaining = remaining.join(removable, "v", "left_anti").localCheckpoint()
            inner = inner.join(removable, inner.src == removable.v, "left_anti").localCheckpoint()

    def path_count(self, step):
        """count(*) of the paths of `min..max` steps from each start, by the number of ways to
        reach each node per layer; where a cycle makes walks and trails differ, the
        translator's enumerating SQL (`fallback`) answers instead."""
        F = self.F
        starts = self.starts(step)
        edges = self.edges(step.get("types"), step["direction"], keep_parallel=True)
        if step.get("max") is None or not self.acyclic_within(starts, self.edges(step.get("types"), step["direction"]), step.get("max") - 1):
            if step.get("fallback") is None:
                raise RuntimeError("the paths cross a cycle and the length is unbounded: counting them would not end")
            self.spark.sql(step["fallback"]).createOrReplaceTempView(step["view"])
            return
        ends = self.spark.sql(step["end"]).select(F.col("__id").alias("n")).distinct() if step.get("end") else None
        layer = starts.select("s", F.col("s").alias("n"), F.lit(1).cast("bigint").alias("c"))
        totals = []
        for depth in range(0, step.get("max") + 1):
            if depth > 0:
                layer = (layer.join(edges, layer.n == edges.src).groupBy("s", F.col("dst").alias("n"))
                         .agg(F.sum("c").alias("c")).localCheckpoint())
            if depth >= step["min"]:
                counted = layer if ends is None else layer.join(ends, "n", "left_semi")
                totals.append(counted.groupBy("s").agg(F.sum("c").alias("c")))
        per_start = totals[0]
        for frame in totals[1:]:
            per_start = per_start.unionByName(frame)
        per_start = per_start.groupBy("s").agg(F.sum("c").alias("c"))
        frame = self.spark.table(step["input"]).select(F.col(step["from"]).alias("s"))
        result = frame.join(per_start, "s", "left").agg(F.coalesce(F.sum("c"), F.lit(0)).cast("bigint").alias(step["column"]))
        result.createOrReplaceTempView(step["view"])

    def procedure(self, step):
        F = self.F
        name = step["name"]
        edges = self.edges(step.get("types"), "in" if name == "upstream" else "out")
        frame = self.spark.table(step["input"])
        names = step["columns"]
        if name == "tiers":
            tiers = self.tiers(edges).select(F.col("v").alias(names["node"]), F.col("t").alias(names["tier"]),
                                             F.lit(False).alias(names["inCycle"]))
            frame.crossJoin(tiers).createOrReplaceTempView(step["view"])
            return
        starts = self.starts(step)
        # As the embedded procedures: the start is not among the nodes it reaches, even round a cycle.
        if name in ("downstream", "upstream"):
            reached = self.breadth_first(starts, edges, 0, step.get("maxDepth")).where("d >= 1")
        elif name == "impact":
            reached = self.impact(starts, edges)
        else:
            raise RuntimeError("unknown procedure " + name)
        joined = frame.join(reached, frame[step["from"]] == reached.s).drop("s")
        joined.withColumnRenamed("n", names["node"]).withColumnRenamed("d", names["depth"]).createOrReplaceTempView(step["view"])

    def impact(self, starts, edges):
        """Per start: its downstream nodes that no raw material reaches once the start is gone."""
        F = self.F
        downstream = self.breadth_first(starts, edges, 0, None).where("d >= 1")
        raw = (edges.select(F.col("src").alias("v")).distinct()
               .join(edges.select(F.col("dst").alias("v")).distinct(), "v", "left_anti").localCheckpoint())
        results = []
        for row in starts.collect():
            failed = F.lit(row["s"])
            remaining = edges.where((F.col("src") != failed) & (F.col("dst") != failed))
            supplied = self.reach(raw.where(F.col("v") != failed), remaining)
            mine = downstream.where(F.col("s") == failed)
            results.append(mine.join(supplied.withColumnRenamed("v", "n"), "n", "left_anti"))
        if not results:
            return self.spark.createDataFrame([], "s bigint, n bigint, d int")
        out = results[0]
        for frame in results[1:]:
            out = out.unionByName(frame)
        return out.select("s", "n", "d")

    def reach(self, nodes, edges):
        """(v): every node reachable from `nodes` (one search from all of them at once)."""
        F = self.F
        visited = nodes.select("v").distinct().localCheckpoint()
        frontier = visited
        while True:
            step = (frontier.join(edges, frontier.v == edges.src).select(F.col("dst").alias("v")).distinct()
                    .join(visited, "v", "left_anti").localCheckpoint())
            if step.isEmpty():
                return visited
            visited = visited.unionByName(step).localCheckpoint()
            frontier = step

    def tiers(self, edges):
        """(node, tier, inCycle): the longest distance from a raw material, by peeling the
        nodes whose feeders all have a tier (Kahn); a cycle stops the peeling."""
        F = self.F
        nodes = self.spark.table(NODES_VIEW).select(F.col("__id").alias("v")).localCheckpoint()
        remaining_edges = edges.localCheckpoint()
        remaining = nodes
        tiers = []
        tier = 0
        while not remaining.isEmpty():
            layer = remaining.join(remaining_edges, remaining.v == remaining_edges.dst, "left_anti").localCheckpoint()
            if layer.isEmpty():
                raise RuntimeError("tiers on Spark needs the followed edges to be free of cycles, and these are not; "
                                   "run tiers on the embedded database")
            tiers.append(layer.withColumn("t", F.lit(tier)))
            remaining = remaining.join(layer, "v", "left_anti").localCheckpoint()
            remaining_edges = remaining_edges.join(layer, remaining_edges.src == layer.v, "left_anti").localCheckpoint()
            tier += 1
        out = tiers[0]
        for frame in tiers[1:]:
            out = out.unionByName(frame)
        return out.select("v", "t")

    def run(self, job, write):
        started = time.perf_counter()
        if job.get("lake") and job["lake"] != self.lake:
            self.open(job["lake"])
        for step in job["steps"]:
            kind = step["op"]
            if kind == "sql":
                self.spark.sql(step["sql"]).createOrReplaceTempView(step["view"])
            elif kind == "closure":
                self.closure(step)
            elif kind == "shortest":
                self.shortest(step)
            elif kind == "pathcount":
                self.path_count(step)
            elif kind == "procedure":
                self.procedure(step)
            else:
                raise RuntimeError("unknown step " + kind)
        result = self.spark.sql(job["result"])
        write({"columns": job.get("columns") or result.columns})
        rows = 0
        for row in result.toLocalIterator():
            write({"row": [wire(value) for value in row]})
            rows += 1
        write({"done": {"rows": rows, "seconds": round(time.perf_counter() - started, 6)}})


def wire(value):
    from pyspark.sql import Row
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return {"d": "NaN"}
        if math.isinf(value):
            return {"d": "Infinity" if value > 0 else "-Infinity"}
        return {"d": repr(value)}
    if isinstance(value, Row):
        return {"m": {key: wire(item) for key, item in value.asDict().items()}}
    if isinstance(value, dict):
        return {"m": {str(key): wire(item) for key, item in value.items()}}
    if isinstance(value, (list, tuple)):
        return [wire(item) for item in value]
    return str(value)


def serve(args):
    spark = spark_session("chaingraph")
    session = Session(spark, args.lake)
    out = sys.stdout

    def write(message):
        out.write(MARKER + json.dumps(message, ensure_ascii=False) + "\n")
        out.flush()

    requests = open(args.requests, encoding="utf-8") if args.requests else sys.stdin
    write({"ready": {"spark": spark.version, "master": spark.sparkContext.master}})
    for line in requests:
        if not line.strip():
            continue
        try:
            session.run(json.loads(line), write)
        except Exception as error:  # reported to the caller, and the session goes on
            message = str(error).strip().splitlines()
            write({"error": message[0] if message else type(error).__name__})


def main():
    parser = argparse.ArgumentParser(prog="chaingraph_spark.py")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest_parser = commands.add_parser("ingest")
    ingest_parser.add_argument("csv_dir")
    ingest_parser.add_argument("lake_dir")
    ingest_parser.add_argument("--flow-types")
    serve_parser = commands.add_parser("serve")
    serve_parser.add_argument("--lake", required=True)
    serve_parser.add_argument("--requests")
    args = parser.parse_args()
    if args.command == "ingest":
        ingest(args)
    else:
        serve(args)


if __name__ == "__main__":
    main()
