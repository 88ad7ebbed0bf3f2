/// Export: writes a selection as Graphviz DOT, for pictures (`dot -Tsvg`).
///
/// Nodes are boxes filled with their type's colour and labelled with their name; edges
/// carry their type. A legend cluster lists the types. Chains run left to right. A graph
/// whose edges are all undirected is a DOT `graph` (`--`); in a mixed one the undirected
/// edges have no arrow (`dir=none`).
struct DOTWriter {
    let model: ExportModel

    /// Writes the whole document.
    func write(to output: TextFileWriter) throws -> GraphExportSummary {
        let graph = model.graph
        let undirectedGraph = model.edgeDirection == .undirected
        try output.write(undirectedGraph ? "graph chaingraph {\n" : "digraph chaingraph {\n")
        try output.write("  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n")
        try output.write("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#666666\"];\n")
        if !model.legendTypes.isEmpty {
            try output.write("  subgraph cluster_legend {\n    label=\"Legend\";\n")
            for (index, type) in model.legendTypes.enumerated() {
                try output.write("    legend\(index) [label=\(Self.quoted(type)), fillcolor=\"\(model.palette.colour(for: [type]))\", shape=box];\n")
            }
            try output.write("  }\n")
        }
        for (position, id) in model.selection.nodeIDs.enumerated() {
            let record = graph.nodeRecord(id.rawValue)!
            let labels = model.labels(of: record)
            let name = model.displayName(of: record, position: position)
            let tooltip = labels.map { ":" + $0 }.joined()
            try output.write("  n\(position) [label=\(Self.quoted(name)), fillcolor=\"\(model.palette.colour(for: labels))\", tooltip=\(Self.quoted(tooltip))];\n")
            model.reportProgress(position + 1)
        }
        for (index, id) in model.selection.edgeIDs.enumerated() {
            model.reportProgress(model.selection.nodeIDs.count + index + 1)
            let record = graph.edgeRecord(id.rawValue)!
            let from = model.position(of: record.from)!, to = model.position(of: record.to)!
            let label = Self.quoted(graph.edgeTypes.name(of: record.type))
            if undirectedGraph {
                try output.write("  n\(from) -- n\(to) [label=\(label)];\n")
            } else {
                try output.write("  n\(from) -> n\(to) [label=\(label)\(model.isUndirected(record) ? ", dir=none" : "")];\n")
            }
        }
        try output.write("}\n")
        try output.finish()
        return GraphExportSummary(nodes: model.selection.nodeIDs.count, edges: model.selection.edgeIDs.count)
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, newlines as `\n`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": break
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
