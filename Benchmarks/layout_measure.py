#!/usr/bin/env python3
"""Measures the drawing in yEd GraphML files: overlapping node boxes and edge crossings.

Reads each file's y:Geometry boxes and y:PolyLineEdge routes (node centre, then the
y:Path bends, then the target's centre), counts pairs of boxes that share area and pairs
of edge segments that cross (segments sharing an end do not count), and prints one table
row per file. Pure Python (xml.etree); crossings are counted exactly with a sweep over x
ranges, so 10,000-node files take a few seconds.

Usage: layout_measure.py FILE.yed.graphml...
       layout_measure.py --dot OURS.yed.graphml DOT.plain OUR_SECONDS DOT_SECONDS ...  (against Graphviz;
           DOT.plain "-" when dot did not finish, OURS prefixed with "-" to skip counting its crossings)
"""
import sys
import xml.etree.ElementTree as ET

G = "{http://graphml.graphdrawing.org/xmlns}"
Y = "{http://www.yworks.com/xml/graphml}"


def read(path):
    root = ET.parse(path).getroot()
    boxes, edges = {}, []
    for node in root.iter(G + "node"):
        geometry = node.find(".//" + Y + "Geometry")
        if geometry is not None:
            g = {k: float(geometry.get(k)) for k in ("x", "y", "width", "height")}
            boxes[node.get("id")] = (g["x"], g["y"], g["x"] + g["width"], g["y"] + g["height"])
    for edge in root.iter(G + "edge"):
        source, target = boxes.get(edge.get("source")), boxes.get(edge.get("target"))
        if source is None or target is None or edge.get("source") == edge.get("target"):
            continue
        points = [((source[0] + source[2]) / 2, (source[1] + source[3]) / 2)]
        points += [(float(p.get("x")), float(p.get("y"))) for p in edge.iter(Y + "Point")]
        points.append(((target[0] + target[2]) / 2, (target[1] + target[3]) / 2))
        edges.append(points)
    return boxes, edges


def overlaps(boxes):
    ordered = sorted(boxes.values())
    active, pairs = [], 0
    for box in ordered:
        active = [b for b in active if b[2] > box[0]]
        pairs += sum(1 for b in active if b[0] < box[2] and box[0] < b[2] and b[1] < box[3] and box[1] < b[3])
        active.append(box)
    return pairs


def crossings(edges):
    segments = []
    for points in edges:
        for a, b in zip(points, points[1:]):
            segments.append((a, b) if a <= b else (b, a))
    segments.sort()

    def orientation(p, q, r):
        value = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        return (value > 1e-9) - (value < -1e-9)

    count, active = 0, []
    for segment in segments:
        (p1, q1) = segment
        active = [s for s in active if s[1][0] >= p1[0]]
        for (p2, q2) in active:
            if len({p1, q1, p2, q2}) < 4:
                continue
            if (orientation(p1, q1, p2) * orientation(p1, q1, q2) < 0
                    and orientation(p2, q2, p1) * orientation(p2, q2, q1) < 0):
                count += 1
        active.append(segment)
    return count


def straight(edges):
    """The same edges as straight lines between the node centres (no bends)."""
    return [[points[0], points[-1]] for points in edges]


def read_dot_plain(path):
    """Node boxes and straight edges from `dot -Tplain` output (inches, y up)."""
    boxes, centres, edges = {}, {}, []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "node":
            x, y, w, h = (float(v) * 72 for v in parts[2:6])
            centres[parts[1]] = (x, -y)
            boxes[parts[1]] = (x - w / 2, -y - h / 2, x + w / 2, -y + h / 2)
        elif parts[0] == "edge" and parts[1] in centres and parts[2] in centres and parts[1] != parts[2]:
            edges.append([centres[parts[1]], centres[parts[2]]])
    return boxes, edges


def compare_with_dot():
    """`layout_measure.py --dot FILE.yed.graphml FILE.plain SECONDS_OURS SECONDS_DOT...`: one
    row per pair, crossings on straight lines between node centres for both layouts."""
    print("| graph | nodes | edges | crossings, ChainGraph | crossings, dot | × dot | layout s, ChainGraph | layout s, dot |")
    print("|---|---|---|---|---|---|---|---|")
    arguments = sys.argv[2:]
    for index in range(0, len(arguments), 4):
        ours, plain, our_seconds, dot_seconds = arguments[index:index + 4]
        # A file named with a leading "-" is measured without counting its crossings.
        counted = not ours.startswith("-")
        ours = ours.lstrip("-")
        boxes, edges = read(ours)
        ours_count = crossings(straight(edges)) if counted else "not counted"
        if plain == "-":
            dot_count, ratio = "did not finish", "-"
        else:
            _, dot_edges = read_dot_plain(plain)
            dot_count = crossings(dot_edges)
            if not counted:
                ratio = "-"
            else:
                ratio = f"{ours_count / dot_count:.2f}" if dot_count else ("1.00" if ours_count == 0 else "∞")
        print(f"| {ours.split('/')[-1].replace('.yed.graphml', '')} | {len(boxes)} | {len(edges)} | {ours_count} | "
              f"{dot_count} | {ratio} | {our_seconds} | {dot_seconds} |")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--dot":
        return compare_with_dot()
    print("| file | nodes | edges | overlapping node pairs | edge crossings | drawing (px) |")
    print("|---|---|---|---|---|---|")
    for path in sys.argv[1:]:
        boxes, edges = read(path)
        width = max((b[2] for b in boxes.values()), default=0) - min((b[0] for b in boxes.values()), default=0)
        height = max((b[3] for b in boxes.values()), default=0) - min((b[1] for b in boxes.values()), default=0)
        print(f"| {path.split('/')[-1]} | {len(boxes)} | {len(edges)} | {overlaps(boxes)} | {crossings(edges)} | "
              f"{width:.0f} × {height:.0f} |")


main()
