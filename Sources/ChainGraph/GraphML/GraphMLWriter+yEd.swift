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
            let box = LayeredLayout.Box(x: -300, y: Double(index) * 50, width: ExportModel.boxWidth(for: type),
                                        height: ExportModel.boxHeight)
            try writeShapeNode(type, colour: model.palette.colour(for: [type]), box: box, to: writer, shape: "rectangle")
            try writer.endElement()
        }
    }

    /// `<data key="node.graphics"><y:ShapeNode>…</y:ShapeNode></data>` with a label; what
    /// `look` holds (``YFilesGraphics``: fill, border, shape or a `y:GenericNode`'s
    /// configuration, font) replaces the defaults.
    func writeShapeNode(_ label: String, colour: String, box: LayeredLayout.Box, look: [String: Value] = [:],
                        to writer: some XMLElementWriting, shape: String = "roundrectangle") throws {
        let text = { (name: String, fallback: String) in YFilesGraphics.text(look, name) ?? fallback }
        let shape = text("shape", shape)
        let generic = shape.contains(".")
        try writer.startElement("data")
        try writer.attribute("key", "node.graphics")
        try writer.startElement(generic ? "y:GenericNode" : "y:ShapeNode")
        if generic { try writer.attribute("configuration", shape) }
        try writer.element("y:Geometry", attributes: ["height": Value.formatDouble(box.height), "width": Value.formatDouble(box.width),
                                                      "x": Value.formatDouble(box.x), "y": Value.formatDouble(box.y)])
        if let second = YFilesGraphics.text(look, "fill2") {
            try writer.element("y:Fill", attributes: ["color": text("fill", colour), "color2": second, "transparent": "false"])
        } else {
            try writer.element("y:Fill", attributes: ["color": text("fill", colour), "transparent": "false"])
        }
        try writer.element("y:BorderStyle", attributes: ["color": text("border_color", "#333333"), "type": "line", "width": "1.0"])
        try writer.element("y:NodeLabel", attributes: ["alignment": "center", "autoSizePolicy": "content",
                                                       "fontFamily": text("font_family", "Dialog"),
                                                       "fontSize": look["font_size"]?.doubleValue.map { String(Int($0)) } ?? "12",
                                                       "fontStyle": text("font_style", "plain"), "modelName": "internal",
                                                       "modelPosition": "c", "textColor": text("text_color", "#000000"),
                                                       "visible": "true"],
                           text: label)
        if !generic { try writer.element("y:Shape", attributes: ["type": shape]) }
        try writer.endElement()
        try writer.endElement()
    }

    /// `<data key="node.graphics">` of a yEd group node: an open `y:GroupNode` (inside
    /// `y:ProxyAutoBoundsNode`, as yEd writes them) around its members, labelled at the top.
    func writeGroupNode(_ label: String, colour: String, box: LayeredLayout.Box, look: [String: Value],
                        to writer: some XMLElementWriting) throws {
        let text = { (name: String, fallback: String) in YFilesGraphics.text(look, name) ?? fallback }
        try writer.startElement("data")
        try writer.attribute("key", "node.graphics")
        try writer.startElement("y:ProxyAutoBoundsNode")
        try writer.startElement("y:Realizers")
        try writer.attribute("active", "0")
        try writer.startElement("y:GroupNode")
        try writer.element("y:Geometry", attributes: ["height": Value.formatDouble(box.height), "width": Value.formatDouble(box.width),
                                                      "x": Value.formatDouble(box.x), "y": Value.formatDouble(box.y)])
        try writer.element("y:Fill", attributes: ["color": text("fill", colour), "transparent": "false"])
        try writer.element("y:BorderStyle", attributes: ["color": text("border_color", "#333333"), "type": "dashed", "width": "1.0"])
        try writer.element("y:NodeLabel", attributes: ["alignment": "left", "autoSizePolicy": "node_width",
                                                       "fontFamily": text("font_family", "Dialog"), "fontSize": "12",
                                                       "modelName": "internal", "modelPosition": "t",
                                                       "textColor": text("text_color", "#000000"), "visible": "true"],
                           text: label)
        try writer.element("y:Shape", attributes: ["type": "roundrectangle"])
        try writer.element("y:State", attributes: ["closed": "false"])
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
    }

    /// `<data key="edge.graphics"><y:PolyLineEdge>…</y:PolyLineEdge></data>` with the type,
    /// an arrow unless the edge is undirected, and the layout's bends.
    func writePolyLineEdge(_ type: String, arrow: Bool, bends: [LayeredLayout.Point] = [], look: [String: Value] = [:],
                           to writer: some XMLElementWriting) throws {
        let text = { (name: String, fallback: String) in YFilesGraphics.text(look, name) ?? fallback }
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
        try writer.element("y:LineStyle", attributes: ["color": text("line_color", "#666666"), "type": text("line_type", "line"),
                                                       "width": look["line_width"]?.doubleValue.map(Value.formatDouble) ?? "1.0"])
        try writer.element("y:Arrows", attributes: ["source": text("arrow_source", "none"),
                                                    "target": text("arrow_target", arrow ? "standard" : "none")])
        try writer.element("y:EdgeLabel", attributes: ["fontFamily": text("font_family", "Dialog"),
                                                       "fontSize": look["font_size"]?.doubleValue.map { String(Int($0)) } ?? "10",
                                                       "textColor": text("text_color", "#555555"), "visible": "true"], text: type)
        try writer.element("y:BendStyle", attributes: ["smoothed": "false"])
        try writer.endElement()
        try writer.endElement()
    }

}
