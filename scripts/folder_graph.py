#!/usr/bin/env python3
"""The type-reference graph of Sources/ChainGraph by top-level folder.

A folder depends on another when one of its files names a type (class, struct, enum,
protocol, actor or typealias) declared at the top level of a file in the other folder.
Comments and string literals are ignored. The script prints the graph, one line per
edge with the number of files and an example, and fails (exit status 1) when the graph
has a circle or an edge that points up the layer order below (docs/architecture.md,
../shared/DESIGN.md section 1), or when a file outside Storage/ names the graph's raw
representation (STORAGE_PRIVATE).

    scripts/folder_graph.py [--sources DIR] [--dot] [--quiet]
"""
import argparse
import os
import re
import sys
from collections import defaultdict

# Layers from the top down; a folder may depend on folders of its own layer (without a
# circle) and on the layers below it, never on a layer above.
LAYERS = [
    ["API"],
    ["Engine", "Spark"],
    ["Query"],
    ["Algorithms"],
    ["GraphML", "CSV", "DOT", "SVG"],
    ["Interchange"],
    ["XML"],
    ["IO"],
    ["Storage"],
    ["Values", "Schema", "Diagnostics"],
]

DECLARATION = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|fileprivate|private|package|final|indirect|nonisolated)\s+)*"
    r"(?:class|struct|enum|protocol|actor|typealias)\s+([A-Za-z_]\w*)",
    re.MULTILINE,
)
# Names only Storage/ may use: the graph's raw representation. Everything above reads
# through GraphReader and writes through GraphWriter.
STORAGE_PRIVATE = {"GraphState", "storageState"}

IDENTIFIER = re.compile(r"\b[A-Za-z_]\w*\b")


def strip_comments_and_strings(text):
    """Replaces comments and string literals with spaces (keeping newlines)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text[i] == '"':
            j = i + 1
            while j < n and text[j] != '"' and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            out.append('""')
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def folder_of(path, root):
    relative = os.path.relpath(path, root)
    parts = relative.split(os.sep)
    return parts[0] if len(parts) > 1 else "."


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", default=os.path.join(os.path.dirname(__file__), "..", "Sources", "ChainGraph"))
    parser.add_argument("--dot", action="store_true", help="print the graph in Graphviz DOT")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    arguments = parser.parse_args()
    root = os.path.normpath(arguments.sources)

    files = {}
    for directory, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith(".swift"):
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as handle:
                    files[path] = strip_comments_and_strings(handle.read())

    declared = defaultdict(set)
    for path, text in files.items():
        for match in DECLARATION.finditer(text):
            declared[match.group(1)].add(folder_of(path, root))
    ambiguous = {name for name, folders in declared.items() if len(folders) > 1}

    edges = defaultdict(lambda: defaultdict(int))
    examples = {}
    for path, text in files.items():
        source = folder_of(path, root)
        for word in set(IDENTIFIER.findall(text)):
            for target in declared.get(word, ()):
                if target != source and word not in ambiguous:
                    edges[source][target] += 1
                    examples.setdefault((source, target), f"{os.path.relpath(path, root)} names {word}")

    rank = {folder: index for index, layer in enumerate(LAYERS) for folder in layer}
    folders = sorted({folder_of(p, root) for p in files})
    problems = []
    for folder in folders:
        if folder not in rank:
            problems.append(f"folder {folder}/ is in no layer (add it to LAYERS in {os.path.basename(__file__)})")
    for source, targets in edges.items():
        for target in targets:
            if source in rank and target in rank and rank[target] < rank[source]:
                problems.append(f"back edge {source} -> {target} (up the layers): {examples[(source, target)]}")
    for circle in strongly_connected(folders, edges):
        if len(circle) > 1:
            problems.append("circle: " + " ⇄ ".join(sorted(circle)))
    for path, text in sorted(files.items()):
        if folder_of(path, root) != "Storage":
            for name in sorted(STORAGE_PRIVATE & set(IDENTIFIER.findall(text))):
                problems.append(f"{os.path.relpath(path, root)} uses {name}, which only Storage/ may")
    for name in sorted(ambiguous):
        problems.append(f"type name {name} is declared in several folders: {', '.join(sorted(declared[name]))}")

    if arguments.dot:
        print("digraph folders {")
        for source in sorted(edges):
            for target in sorted(edges[source]):
                print(f'  "{source}" -> "{target}" [label="{edges[source][target]}"];')
        print("}")
    elif not arguments.quiet:
        for source in sorted(edges, key=lambda f: (rank.get(f, -1), f)):
            for target in sorted(edges[source], key=lambda f: (rank.get(f, -1), f)):
                print(f"{source:>12} -> {target:<12} {edges[source][target]:>4} files  e.g. {examples[(source, target)]}")
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    edge_count = sum(len(t) for t in edges.values())
    print(f"{len(folders)} folders, {edge_count} edges, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


def strongly_connected(nodes, edges):
    """Tarjan's algorithm; yields each strongly connected component as a set."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            result.append(component)

    for node in nodes:
        if node not in index:
            visit(node)
    return result


if __name__ == "__main__":
    sys.exit(main())
