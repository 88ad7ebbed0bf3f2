/// Export: the yFiles graphics of the `yed` profile.
extension GraphMLWriter {
    /// One coloured node per node type, left of the graph, marked as legend.
    func writeLegend(_ writer: some XMLElementWriting) throws {
        for (index, type) in model.legendTypes.enumerated() {
            try writer.startElement("node")
            try writer.attribute("id", "legend.\(index)")
            try writer.startElement("data")
            try writer.attribute("key", "node.legend")
            try writer.text("true")
            try writer.endElement()
            try writeShapeNode(type, colour: model.palette.colour(for: [type]), x: -300, y: Double(index) * 50,
                               to: writer, shape: "rectangle")
            try writer.endElement()
        }
    }

    /// `<data key="node.graphics"><y:ShapeNode>…</y:ShapeNode></data>` with a label.
    func writeShapeNode(_ label: String, colour: String, x: Double, y: Double, to writer: some XMLElementWriting,
                        shape: String = "roundrectangle") throws {
        try writer.startElement("data")
        try writer.attribute("key", "node.graphics")
        try writer.startElement("y:ShapeNode")
        try writer.element("y:Geometry", attributes: ["height": Value.formatDouble(ExportModel.boxHeight), "width": Value.formatDouble(ExportModel.boxWidth(for: label)),
                                                      "x": Value.formatDouble(x), "y": Value.formatDouble(y)])
        try writer.element("y:Fill", attributes: ["color": colour, "transparent": "false"])
        try writer.element("y:BorderStyle", attributes: ["color": "#333333", "type": "line", "width": "1.0"])
        try writer.element("y:NodeLabel", attributes: ["alignment": "center", "autoSizePolicy": "content",
                                                       "fontFamily": "Dialog", "fontSize": "12", "modelName": "internal",
                                                       "modelPosition": "c", "textColor": "#000000", "visible": "true"],
                           text: label)
        try writer.element("y:Shape", attributes: ["type": shape])
        try writer.endElement()
        try writer.endElement()
    }

    /// `<data key="edge.graphics"><y:PolyLineEdge>…</y:PolyLineEdge></data>` with the type,
    /// an arrow unless the edge is undirected, and the layout's bends.
    func writePolyLineEdge(_ type: String, arrow: Bool, bends: [LayeredLayout.Point] = [],
                           to writer: some XMLElementWriting) throws {
        try writer.startElement("data")
        try writer.attribute("key", "edge.graphics")
        try writer.startElement("y:PolyLineEdge")
        if !bends.isEmpty {
            try writer.startElement("y:Path")
            for (name, value) in [("sx", "0.0"), ("sy", "0.0"), ("tx", "0.0"), ("ty", "0.0")] { try writer.attribute(name, value) }
            for bend in bends {
                try writer.element("y:Point", attributes: ["x": Value.formatDouble(bend.x), "y": Value.formatDouble(bend.y)])
            }
            try writer.endElement()
        }
        try writer.element("y:LineStyle", attributes: ["color": "#666666", "type": "line", "width": "1.0"])
        try writer.element("y:Arrows", attributes: ["source": "none", "target": arrow ? "standard" : "none"])
        try writer.element("y:EdgeLabel", attributes: ["fontFamily": "Dialog", "fontSize": "10", "textColor": "#555555",
                                                       "visible": "true"], text: type)
        try writer.element("y:BendStyle", attributes: ["smoothed": "false"])
        try writer.endElement()
        try writer.endElement()
    }

}
