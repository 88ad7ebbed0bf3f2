#!/usr/bin/env python3
"""Proposes evidence spans for the seed graph: for every node and edge of the seed scripts
and every article it comes from, the first sentence (or clause, when the sentence is longer
than 400 bytes) of the article that names it (a node: its name, Chinese name or an alias;
an edge: both of its endpoints). Prints the rows of the evidence sections in seeds/*.cypher,
and lists what it found no sentence for.

A developer's tool, not part of the build: the spans it proposes are read and corrected by
hand against the article before they go into seeds/; `SeedEvidenceTests` checks the result.

Usage: scripts/locate_evidence.py [--chaingraph .build/debug/chaingraph] [--articles ../shared/seeds]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

LIMIT = 400
CONTEXT = 240
SENTENCE_END = re.compile(r"(?<=[.!?;。！？；])(?![,，0-9])|\n")
FIGURES = ("value", "growth_percent", "minimum", "maximum", "consecutive_years")
CLAUSE_END = re.compile(r"(?<=[,，、:：])")


def spans(text, pattern, start=0, end=None):
    """Byte spans [a, b) of the pieces of text[start:end] cut at `pattern`, whitespace trimmed."""
    end = len(text) if end is None else end
    piece_start = start
    cuts = [m.start() for m in pattern.finditer(text, start, end)] + [end]
    for cut in cuts:
        a, b = piece_start, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            yield a, b
        piece_start = cut


def normalized(text):
    return re.sub(r"\s+", " ", text).casefold()


class Article:
    def __init__(self, path):
        self.name = os.path.basename(path)
        self.text = open(path, encoding="utf-8").read()
        self.sentences = list(spans(self.text, SENTENCE_END))

    def byte_offset(self, index):
        return len(self.text[:index].encode("utf-8"))

    def line_of(self, index):
        return self.text.count("\n", 0, index) + 1

    def locate(self, groups):
        """The first sentence holding a term of every group; a clause window when it is too long."""
        for a, b in self.sentences:
            sentence = normalized(self.text[a:b])
            if not all(any(term in sentence for term in group) for group in groups):
                continue
            if self.byte_offset(b) - self.byte_offset(a) <= LIMIT:
                return a, b
            clauses = list(spans(self.text, CLAUSE_END, a, b))
            best = None
            for i in range(len(clauses)):
                for j in range(i, len(clauses)):
                    x, y = clauses[i][0], clauses[j][1]
                    window = normalized(self.text[x:y])
                    if all(any(term in window for term in group) for group in groups):
                        if best is None or y - x < best[1] - best[0]:
                            best = (x, y)
                        break
            if best and self.byte_offset(best[1]) - self.byte_offset(best[0]) <= LIMIT:
                return self.widened(best, clauses)
        return None

    def widened(self, window, clauses):
        """A clause window grown by whole clauses, right then left, while it stays within CONTEXT bytes."""
        starts, ends = [c[0] for c in clauses], [c[1] for c in clauses]
        i, j = starts.index(window[0]), ends.index(window[1])
        while j + 1 < len(clauses) and self.byte_offset(ends[j + 1]) - self.byte_offset(starts[i]) <= CONTEXT:
            j += 1
        while i > 0 and self.byte_offset(ends[j]) - self.byte_offset(starts[i - 1]) <= CONTEXT:
            i -= 1
        return starts[i], ends[j]

    def joined(self, first, second):
        """The sentences holding `first` and `second` and everything between them, when within LIMIT bytes."""
        a, b = self.locate([[normalized(first)]]), self.locate([[normalized(second)]])
        if a and b and self.byte_offset(b[1]) - self.byte_offset(a[0]) <= LIMIT:
            return a[0], b[1]
        return None

    def show(self, span):
        return self.text[span[0]:span[1]]

    def locator(self, span):
        a, b = span
        return f"{self.line_of(a)}:{self.byte_offset(a)}-{self.byte_offset(b)}"


def terms(node):
    names = [node["name"], node.get("zh")] + (node.get("aliases") or [])
    return [normalized(name) for name in names if name]


def renderings(number):
    """How an article may write a number: in units, thousands, 万, 亿, billions; 千亿 and 百亿."""
    found = set()
    for scale in (1, 1e3, 1e4, 1e8, 1e9):
        scaled = number / scale
        if scaled >= 1 and abs(scaled * 1000 - round(scaled * 1000)) < 1e-6:
            text = f"{scaled:.3f}".rstrip("0").rstrip(".")
            found.add(text)
            if scaled >= 1000 and scaled == int(scaled):
                found.add(f"{int(scaled):,}")
    found |= {"千亿"} if number == 1e11 else set()
    found |= {"百亿"} if number == 1e10 else set()
    return sorted(found)


def fact_groups(node):
    """What a node's span must hold: a figure's or goal's numbers (else its year), or one of its names."""
    if node.get("label") in ("Figure", "Target"):
        groups = [renderings(node[key]) for key in FIGURES if node.get(key) is not None]
        if not groups and node.get("year"):
            groups = [[str(node["year"])]]
        if groups:
            return groups
    return [terms(node)]


def dump_graph(chaingraph, seeds):
    statements = []
    for name in sorted(os.listdir(seeds), key=lambda n: "" if n == "schema.cypher" else n):
        if name.endswith(".cypher"):
            statements.append(open(os.path.join(seeds, name), encoding="utf-8").read())
    statements.append("""
MATCH (n) RETURN 'node' AS kind, n.name AS name, n.name_zh AS zh, n.aliases AS aliases, n.sources AS sources, labels(n)[0] AS label,
  n.year AS year, n.value AS value, n.growth_percent AS growth_percent, n.minimum AS minimum, n.maximum AS maximum,
  n.consecutive_years AS consecutive_years;
MATCH (a)-[r]->(b) RETURN DISTINCT 'edge' AS kind, type(r) AS type, a.name AS from, b.name AS to, r.source AS source;
""")
    with tempfile.NamedTemporaryFile("w", suffix=".cypher", delete=False) as script:
        script.write("\n".join(statements))
    output = subprocess.run([chaingraph, "query", "--format", "jsonl", "-f", script.name],
                            capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    rows = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    return [r for r in rows if r.get("kind") == "node"], [r for r in rows if r.get("kind") == "edge"]


# Where the first sentence naming a fact is not the one that states it: the anchor terms of
# the sentence that does ("joined": the two sentences holding the two terms, and those between).
HINTS = {
    ("000_c5340d27b39fd25a.txt", "000_c5340d27b39fd25a.txt"): ("anchors", ["accelerates construction"]),
    ("000_c5340d27b39fd25a.txt", "Twelfth Five-Year Plan briefing for the petrochemical and chemical industry"):
        ("joined", ["Department of Raw Materials", "Nearly 150 people"]),
    ("000_c5340d27b39fd25a.txt", ("Juhua Group", "LEADS", "Quzhou fluorosilicone new material industry cluster")):
        ("anchors", ["backbone of Juhua"]),
    ("000_c5340d27b39fd25a.txt", ("Quzhou fluorosilicone new material industry cluster", "HAS_FIGURE",
                                  "Quzhou fluorosilicone output value 2011")): ("anchors", ["15.2 billion"]),
    ("000_c5340d27b39fd25a.txt", ("Quzhou fluorosilicone new material industry cluster", "HAS_FIGURE",
                                  "Quzhou fluorosilicone profit and tax 2011")): ("anchors", ["2.345 billion"]),
    ("001_3d0212d7308dfdf8.txt", "001_3d0212d7308dfdf8.txt"): ("anchors", ["2019-11-25"]),
    ("001_3d0212d7308dfdf8.txt", "Juhua Group"): ("anchors", ["Juhua Group as the core"]),
    ("001_3d0212d7308dfdf8.txt", "Provincial inspection of the Quzhou fluorine materials alliance, 20 June"):
        ("anchors", ["group of 9 people"]),
    ("001_3d0212d7308dfdf8.txt", ("Provincial inspection of the Quzhou fluorine materials alliance, 20 June", "ABOUT",
                                  "Quzhou Fluorine Materials Industry Technology Innovation Strategic Alliance")):
        ("anchors", ["group of 9 people"]),
    ("001_3d0212d7308dfdf8.txt", ("Provincial inspection of the Quzhou fluorine materials alliance, 20 June", "REPORTED_IN",
                                  "001_3d0212d7308dfdf8.txt")): ("anchors", ["group of 9 people"]),
    ("001_3d0212d7308dfdf8.txt", ("Zhejiang Provincial Department of Science and Technology", "PARTICIPATED_IN",
                                  "Provincial inspection of the Quzhou fluorine materials alliance, 20 June")):
        ("anchors", ["group of 9 people"]),
    ("001_3d0212d7308dfdf8.txt", ("Du Shiyuan", "PARTICIPATED_IN",
                                  "Provincial inspection of the Quzhou fluorine materials alliance, 20 June")):
        ("anchors", ["subsequent forum, Du Shiyuan"]),
    ("002_f8df8fdb0c928cbd.txt", "002_f8df8fdb0c928cbd.txt"): ("anchors", ["March 24, 2016"]),
    ("002_f8df8fdb0c928cbd.txt", ("Shangyu District", "HOSTS", "chemical industry")): ("anchors", ["pillar industries"]),
    ("002_f8df8fdb0c928cbd.txt", "chemical industry"): ("anchors", ["pillar industries"]),
    ("002_f8df8fdb0c928cbd.txt", ("Shangyu District", "HOSTS", "Shangyu green high-end chemical industry cluster")):
        ("anchors", ["district head", "green high-end chemical industry cluster"]),
    ("002_f8df8fdb0c928cbd.txt", ("Shangyu green high-end chemical industry cluster", "LOCATED_IN", "Shangyu District")):
        ("anchors", ["district head", "green high-end chemical industry cluster"]),
    ("002_f8df8fdb0c928cbd.txt", ("Tao Guanfeng", "WORKS_FOR", "Shangyu District")): ("anchors", ["Taoguanfeng, the district head"]),
    ("002_f8df8fdb0c928cbd.txt", ("Tao Guanfeng", "LEADS",
                                  "Shangyu meeting on chemical industry rectification, safety and environmental protection")):
        ("anchors", ["Taoguanfeng, the district head, emphasized at the meeting"]),
    ("002_f8df8fdb0c928cbd.txt", "Tao Guanfeng"): ("anchors", ["Taoguanfeng, the district head"]),
    ("003_04b11971600df4c6.txt", "003_04b11971600df4c6.txt"): ("anchors", ["2022-04-25"]),
    ("004_3ba3c5d7ee2c0bc0.txt", "004_3ba3c5d7ee2c0bc0.txt"): ("anchors", ["浙江在线09月18日讯"]),
    ("004_3ba3c5d7ee2c0bc0.txt", "Quzhou"): ("anchors", ["衢州市委书记"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou delegation meets central enterprises in Beijing", "LOCATED_IN", "Beijing")): ("anchors", ["赴京"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou delegation meets central enterprises in Beijing", "REPORTED_IN", "004_3ba3c5d7ee2c0bc0.txt")): ("anchors", ["赴京"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou delegation meets central enterprises in Beijing", "VISITED", "China General Technology Group")): ("anchors", ["上午,孙建国一行"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou delegation meets central enterprises in Beijing", "VISITED", "China Textile Academy")): ("anchors", ["来到中国纺织科学研究院"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou", "ISSUED", "Four Hundreds talent policy")): ("anchors", ["四个一百"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou", "HOSTS", "equipment manufacturing")): ("anchors", ["着力打造装备制造业"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou", "HOSTS", "fluorosilicone new materials")): ("anchors", ["特色优势产业"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou", "HOSTS", "photovoltaic industry")): ("anchors", ["光伏产业─信息材料"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou", "COOPERATES_WITH", "China General Technology Group")): ("anchors", ["医药"]),
    ("004_3ba3c5d7ee2c0bc0.txt", ("Quzhou", "COOPERATES_WITH", "China Textile Academy")): ("anchors", ["特种纺织材料"]),
    ("003_04b11971600df4c6.txt", ("Taixin Integrated Economic Zone", "HOSTS", "synthetic biomaterials")):
        ("anchors", ["synthetic biomaterials such as"]),
    ("003_04b11971600df4c6.txt", ("Shanxi", "HAS_TARGET", "Shanxi characteristic new material chains")): ("anchors", ["3 to 5"]),
    ("003_04b11971600df4c6.txt", ("synthetic biomaterials", "HAS_TARGET", "Taixin synthetic biology cluster scale")):
        ("anchors", ["billions of industry cluster"]),
}
for park, alias in [("Yangqu Industrial Park", "YangQu industrial park"),
                    ("North Central High-tech Development Zone", "north high and new technology development zone"),
                    ("Xinzhou Development Zone", "xinzhou development zone"),
                    ("Yuanping Economic and Technological Development Zone", "the original economic")]:
    HINTS[("003_04b11971600df4c6.txt", ("Taixin new material industry cluster", "LOCATED_IN", park))] = \
        ("anchors", [alias, "as the core"])


def evidence_for(article, key, groups):
    hint = HINTS.get((article.name, key))
    if hint is None:
        return article.locate(groups)
    kind, anchors = hint
    return article.joined(*anchors) if kind == "joined" else article.locate([[normalized(a)] for a in anchors])


def cypher_text(value):
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def section(article, node_rows, edge_rows):
    """The evidence statements of one article's script."""
    file = cypher_text(article.name)
    lines = [EVIDENCE_MARKER + " from scripts/locate_evidence.py, checked by hand against the article.",
             "// A row per fact: where the article states it, as 'line:start-end' (byte offsets in the file).",
             "UNWIND ["]
    lines += [f"  [{cypher_text(name)}, '{span}']," for name, span in node_rows]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["] AS fact", "MATCH (n {name: fact[0]})",
              f"SET n.evidence = coalesce(n.evidence, []) + ({file} + ':' + fact[1]),",
              f"    n.sources = CASE WHEN {file} IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + {file} END;",
              "UNWIND ["]
    lines += [f"  [{cypher_text(a)}, '{t}', {cypher_text(b)}, '{span}']," for (a, t, b), span in edge_rows]
    lines[-1] = lines[-1].rstrip(",")
    lines += ["] AS fact", f"MATCH (a {{name: fact[0]}})-[r]->(b {{name: fact[2]}}) WHERE type(r) = fact[1] AND r.source = {file}",
              f"SET r.evidence = coalesce(r.evidence, []) + ({file} + ':' + fact[3]);"]
    return "\n".join(lines) + "\n"


EVIDENCE_MARKER = "// Evidence:"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chaingraph", default=".build/debug/chaingraph")
    parser.add_argument("--seeds", default="seeds")
    parser.add_argument("--articles", default="../shared/seeds")
    parser.add_argument("--write", action="store_true", help="replace the evidence sections of the seed scripts")
    parser.add_argument("--show", action="store_true", help="print each span's text under its row (for review)")
    parser.add_argument("--find", nargs="+", metavar=("ARTICLE", "TERM"),
                        help="print the span of the first sentence of ARTICLE holding every TERM, and stop")
    args = parser.parse_args()
    if args.find:
        article = Article(os.path.join(args.articles, args.find[0]))
        span = article.locate([[normalized(term)] for term in args.find[1:]])
        print(f"'{article.locator(span)}'  {article.show(span)}" if span else "not found")
        return
    nodes, edges = dump_graph(args.chaingraph, args.seeds)
    by_name = {node["name"]: node for node in nodes}
    articles = {name: Article(os.path.join(args.articles, name)) for name in os.listdir(args.articles)}
    missing, sections = [], {}
    for article in sorted(articles):
        node_rows, edge_rows = [], []
        print(f"// {article}: nodes")
        for node in sorted(nodes, key=lambda n: n["name"]):
            if article not in (node.get("sources") or []):
                continue
            span = evidence_for(articles[article], node["name"], fact_groups(node))
            if span:
                node_rows.append((node["name"], articles[article].locator(span)))
                print(f"  [{json.dumps(node['name'], ensure_ascii=False)}, '{articles[article].locator(span)}'],")
                if args.show:
                    print("      " + articles[article].show(span))
            else:
                missing.append(f"{article} node {node['name']}")
        print(f"// {article}: edges")
        for edge in sorted(edges, key=lambda e: (e["from"], e["type"], e["to"])):
            if edge.get("source") != article:
                continue
            ends = [fact_groups(by_name[edge["from"]])[0], fact_groups(by_name[edge["to"]])[0]]
            key = (edge["from"], edge["type"], edge["to"])
            span, note = evidence_for(articles[article], key, ends), ""
            for one in ([ends[0]], [ends[1]]):
                if not span:
                    span, note = articles[article].locate(one), "  // names one endpoint"
            if span:
                edge_rows.append((key, articles[article].locator(span)))
                print(f"  [{json.dumps(edge['from'], ensure_ascii=False)}, '{edge['type']}', "
                      f"{json.dumps(edge['to'], ensure_ascii=False)}, '{articles[article].locator(span)}'],{note}")
                if args.show:
                    print("      " + articles[article].show(span))
            else:
                missing.append(f"{article} edge ({edge['from']})-[:{edge['type']}]->({edge['to']})")
        sections[article] = section(articles[article], node_rows, edge_rows)
    if args.write:
        for article, text in sections.items():
            path = os.path.join(args.seeds, article.replace(".txt", ".cypher"))
            script = open(path, encoding="utf-8").read()
            if EVIDENCE_MARKER in script:
                script = script[:script.index(EVIDENCE_MARKER)]
            open(path, "w", encoding="utf-8").write(script.rstrip("\n") + "\n\n" + text)
    for line in missing:
        print("MISSING", line, file=sys.stderr)


if __name__ == "__main__":
    main()
