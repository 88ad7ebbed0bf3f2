/// Export: draws a selection as an SVG picture by itself — no Graphviz needed.
///
/// The drawing is the export model's ``LayeredLayout`` (the one the yEd and Gephi profiles
/// carry): boxes filled with their type's colour and labelled with their name, edges bent
/// through the columns they cross, with an arrow unless undirected, and the edge type at
/// the middle of edges between neighbouring columns. The legend (one swatch per node type)
/// stands above the drawing, outside the data. Deterministic: the same graph gives the
/// same bytes.
struct SVGWriter {
    let model: ExportModel

    private static let margin = 20.0
    private static let legendRowHeight = 22.0

    /// Writes the whole document.
    func write(to output: TextFileWriter) throws -> GraphExportSummary {
        let layout = model.layout
        let graph = model.graph
        let legendHeight = model.legendTypes.isEmpty ? 0 : Self.legendRowHeight + 16
        let legendWidth = model.legendTypes.reduce(0.0) { $0 + Self.swatchWidth($1) }
        let width = max(layout.width, legendWidth) + 2 * Self.margin
        let height = layout.height + legendHeight + 2 * Self.margin
        try output.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.number(width))" height="\(Self.number(height))" \
            viewBox="0 0 \(Self.number(width)) \(Self.number(height))" font-family="Helvetica, Arial, sans-serif">
            <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" \
            orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#666666"/></marker></defs>
            <rect width="100%" height="100%" fill="#FFFFFF"/>

            """)
        try writeLegend(to: output)
        let top = Self.margin + legendHeight, left = Self.margin
        try output.write("<g id=\"edges\" fill=\"none\" stroke=\"#666666\" stroke-width=\"1\">\n")
        for (index, id) in model.selection.edgeIDs.enumerated() {
            model.reportProgress(index + 1)
            guard let record = graph.edgeRecord(id.rawValue), let from = model.position(of: record.from),
                  let to = model.position(of: record.to) else { continue }
            try writeEdge(record, from: layout.boxes[from], to: layout.boxes[to], bends: layout.bends[index],
                          offset: (left, top), to: output)
        }
        try output.write("</g>\n")
        // Groups first, behind their members: a dashed box with the name at its top.
        let groups = model.groups
        if let groups {
            try output.write("<g id=\"groups\" font-size=\"12\">\n")
            for position in groups.members.keys.sorted() {
                let record = graph.nodeRecord(model.selection.nodeIDs[position].rawValue)!
                let box = layout.boxes[position], name = model.displayName(of: record, position: position)
                try output.write("""
                    <g><rect x="\(Self.number(left + box.x))" y="\(Self.number(top + box.y))" width="\(Self.number(box.width))" \
                    height="\(Self.number(box.height))" rx="8" fill="\(model.palette.colour(for: model.labels(of: record)))" \
                    fill-opacity="0.25" stroke="#333333" stroke-dasharray="6 3"/>\
                    <text x="\(Self.number(left + box.x + 8))" y="\(Self.number(top + box.y + 17))">\(Self.escaped(name))</text></g>

                    """)
            }
            try output.write("</g>\n")
        }
        try output.write("<g id=\"nodes\" font-size=\"12\" text-anchor=\"middle\">\n")
        for (position, id) in model.selection.nodeIDs.enumerated() where groups?.members[position] == nil {
            let record = graph.nodeRecord(id.rawValue)!
            let labels = model.labels(of: record)
            let box = layout.boxes[position]
            let name = model.displayName(of: record, position: position)
            try output.write("""
                <g><title>\(Self.escaped(name + labels.map { " :" + $0 }.joined()))</title>\
                <rect x="\(Self.number(left + box.x))" y="\(Self.number(top + box.y))" width="\(Self.number(box.width))" \
                height="\(Self.number(box.height))" rx="6" fill="\(model.palette.colour(for: labels))" stroke="#333333"/>\
                <text x="\(Self.number(left + box.x + box.width / 2))" y="\(Self.number(top + box.y + box.height / 2 + 4))">\
                \(Self.escaped(name))</text></g>

                """)
            model.reportProgress(model.selection.edgeIDs.count + position + 1)
        }
        try output.write("</g>\n</svg>\n")
        try output.finish()
        return GraphExportSummary(nodes: model.selection.nodeIDs.count, edges: model.selection.edgeIDs.count)
    }

    /// One swatch per node type in a row above the drawing.
    private func writeLegend(to output: TextFileWriter) throws {
        guard !model.legendTypes.isEmpty else { return }
        try output.write("<g id=\"legend\" font-size=\"12\">\n")
        var x = Self.margin
        for type in model.legendTypes {
            try output.write("""
                <rect x="\(Self.number(x))" y="\(Self.number(Self.margin))" width="14" height="14" rx="3" \
                fill="\(model.palette.colour(for: [type]))" stroke="#333333"/>\
                <text x="\(Self.number(x + 20))" y="\(Self.number(Self.margin + 12))">\(Self.escaped(type))</text>

                """)
            x += Self.swatchWidth(type)
        }
        try output.write("</g>\n")
    }

    /// A polyline from the source box's side to the target box's side through the bends,
    /// with the edge type on it.
    private func writeEdge(_ record: EdgeRecord, from source: LayeredLayout.Box, to target: LayeredLayout.Box,
                           bends: [LayeredLayout.Point], offset: (x: Double, y: Double), to output: TextFileWriter) throws {
        if source == target {
            // A self-loop: a small arc on the box's right side.
            let x = offset.x + source.right, y = offset.y + source.centerY
            try output.write("<path d=\"M \(Self.number(x)) \(Self.number(y - 6)) C \(Self.number(x + 24)) \(Self.number(y - 20)), "
                             + "\(Self.number(x + 24)) \(Self.number(y + 20)), \(Self.number(x)) \(Self.number(y + 6))\" "
                             + "marker-end=\"url(#arrow)\"/>\n")
            return
        }
        let forward = source.x <= target.x
        var points = [LayeredLayout.Point(x: forward ? source.right : source.x, y: source.centerY)]
        points += bends
        points.append(LayeredLayout.Point(x: forward ? target.x : target.right, y: target.centerY))
        let path = points.map { "\(Self.number(offset.x + $0.x)),\(Self.number(offset.y + $0.y))" }.joined(separator: " ")
        let arrow = model.isUndirected(record) ? "" : " marker-end=\"url(#arrow)\""
        let type = model.graph.edgeTypes.name(of: record.type)
        try output.write("<polyline points=\"\(path)\"\(arrow)><title>\(Self.escaped(type))</title></polyline>\n")
        if bends.isEmpty {
            let middle = LayeredLayout.Point(x: (points[0].x + points[1].x) / 2, y: (points[0].y + points[1].y) / 2)
            try output.write("<text x=\"\(Self.number(offset.x + middle.x))\" y=\"\(Self.number(offset.y + middle.y - 3))\" "
                             + "font-size=\"9\" fill=\"#555555\" stroke=\"none\" text-anchor=\"middle\">\(Self.escaped(type))</text>\n")
        }
    }

    private static func swatchWidth(_ type: String) -> Double { 28 + ExportModel.boxWidth(for: type) - 20 }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Text for SVG character data and attribute values: control characters XML 1.0 cannot
    /// hold are left out, the rest escaped as the XML writer escapes attribute values.
    static func escaped(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" })
        return XMLFragmentWriter.escaped(String(kept), inAttribute: true)
    }
}
