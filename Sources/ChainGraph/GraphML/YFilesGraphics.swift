/// Import and export: the look of a node or edge in a yEd (yFiles for Java) or yFiles for
/// HTML file, kept as ordinary properties so that a diagram that goes through ChainGraph
/// comes back looking the same (docs/graphml.md, "yFiles graphics").
///
/// | property | node | edge |
/// |---|---|---|
/// | `x`, `y`, `width`, `height` | `y:Geometry` / `y:RectD` | |
/// | `fill`, `fill2` | `y:Fill` colours | |
/// | `border_color` | `y:BorderStyle` colour | |
/// | `shape` | `y:Shape` type, or a `y:GenericNode`'s configuration (`com.yworks.flowchart.process`) | |
/// | `font_family`, `font_size`, `font_style`, `text_color` | of the first `y:NodeLabel` | of the first `y:EdgeLabel` |
/// | `line_color`, `line_width`, `line_type` | | `y:LineStyle` |
/// | `arrow_source`, `arrow_target` | | `y:Arrows` |
/// | `bends` | | `y:Path` points as `[x1, y1, x2, y2, …]` |
///
/// The first label's text becomes `name` when the element has none.
struct YFilesGraphics: Equatable {
    /// The first label's text, trimmed.
    var label: String?
    /// The properties of the table above that the graphics gave, in a fixed order.
    var properties: [(name: String, value: Value)] = []

    static func == (left: YFilesGraphics, right: YFilesGraphics) -> Bool {
        left.label == right.label && left.properties.map(\.name) == right.properties.map(\.name)
            && zip(left.properties, right.properties).allSatisfy { $0.value == $1.value }
    }

    /// The names of every property graphics can give (what the yEd export reads back).
    static let propertyNames: Set<String> = [
        "x", "y", "width", "height", "fill", "fill2", "border_color", "shape", "font_family", "font_size", "font_style",
        "text_color", "line_color", "line_width", "line_type", "arrow_source", "arrow_target", "bends",
    ]

    private mutating func set(_ name: String, _ value: Value?) {
        guard let value, !properties.contains(where: { $0.name == name }) else { return }
        properties.append((name, value))
    }

    private static func number(_ text: String?) -> Value? {
        text.flatMap(Double.init).map(Value.double)
    }

    /// Takes in one element of the graphics markup, by local name, with its attributes.
    mutating func read(element name: String, attributes: [String: String]) {
        switch name {
        case "Geometry", "RectD":
            for (key, property) in [("x", "x"), ("X", "x"), ("y", "y"), ("Y", "y"), ("width", "width"), ("Width", "width"),
                                    ("height", "height"), ("Height", "height")] {
                set(property, Self.number(attributes[key]))
            }
        case "Fill":
            set("fill", attributes["color"].map(Value.string))
            set("fill2", attributes["color2"].map(Value.string))
        case "BorderStyle": set("border_color", attributes["color"].map(Value.string))
        case "Shape": set("shape", attributes["type"].map(Value.string))
        case "GenericNode", "GenericGroupNode": set("shape", attributes["configuration"].map(Value.string))
        case "NodeLabel", "EdgeLabel":
            set("font_family", attributes["fontFamily"].map(Value.string))
            set("font_size", Self.number(attributes["fontSize"]))
            set("font_style", attributes["fontStyle"].map(Value.string))
            set("text_color", attributes["textColor"].map(Value.string))
        case "Font":
            set("font_family", attributes["fontFamily"].map(Value.string))
            set("font_size", Self.number(attributes["fontSize"]))
        case "LineStyle":
            set("line_color", attributes["color"].map(Value.string))
            set("line_width", Self.number(attributes["width"]))
            set("line_type", attributes["type"].map(Value.string))
        case "Arrows":
            set("arrow_source", attributes["source"].map(Value.string))
            set("arrow_target", attributes["target"].map(Value.string))
        default: break
        }
    }

    /// Takes in a bend of the edge's `y:Path`.
    mutating func addBend(x: String?, y: String?) {
        guard let x = x.flatMap(Double.init), let y = y.flatMap(Double.init) else { return }
        if let index = properties.firstIndex(where: { $0.name == "bends" }), case .list(let points) = properties[index].value {
            properties[index].value = .list(points + [.double(x), .double(y)])
        } else {
            properties.append(("bends", .list([.double(x), .double(y)])))
        }
    }
}

extension YFilesGraphics {
    /// The graphics properties `properties` hold, by name (what the yEd export draws with).
    static func look(of properties: PropertyMap, _ symbols: SymbolTable) -> [String: Value] {
        var look: [String: Value] = [:]
        for (key, value) in zip(properties.keys, properties.values) {
            let name = symbols.name(of: key)
            if propertyNames.contains(name) { look[name] = value }
        }
        return look
    }

    /// A string property of `look`, if it is one.
    static func text(_ look: [String: Value], _ name: String) -> String? {
        if case .string(let text)? = look[name] { return text }
        return nil
    }
}
