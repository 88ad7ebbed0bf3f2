/// GraphML: the names ChainGraph writes and recognises, in one place.
enum GraphMLVocabulary {
    static let namespace = "http://graphml.graphdrawing.org/xmlns"
    static let schemaLocation = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
    static let yFilesNamespace = "http://www.yworks.com/xml/graphml"

    /// Node labels, Neo4j APOC style: `:Material` or `:Enterprise:Institute`.
    static let labelsAttribute = "labels"
    /// The edge type, Neo4j APOC style (Gephi also shows it as the edge label).
    static let edgeTypeAttribute = "label"
    /// Provenance of a node or edge.
    static let sourceAttribute = "provenance.source"
    static let lineAttribute = "provenance.line"
    /// The derived key that carries `provenance(x)` as JSON; the importer reads it back as
    /// nothing (the `evidence` property and the two keys above hold what it says).
    static let provenanceListAttribute = "provenance"
    static let nodeProvenanceListKey = "node.provenance.list"
    static let edgeProvenanceListKey = "edge.provenance.list"
    /// Marks the legend nodes the yEd profile adds; the importer skips them.
    static let legendAttribute = "chaingraph.legend"
    /// The property that keeps the parent node of a node from a nested graph.
    static let parentProperty = "parent"
    /// Prefix of a key's `<desc>` recording the exact ChainGraph type.
    static let typeDescriptionPrefix = "chaingraph:"
    /// A `<desc>` line giving the property name a key's encoded `attr.name` stands for.
    static let nameDescriptionPrefix = "chaingraph-name:"

    /// Whether `name` is an XML NMTOKEN (what the GraphML XSD requires of `attr.name`):
    /// letters, digits, combining marks, `.`, `-`, `_`, `:`.
    static func isNMToken(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy(isNameCharacter)
    }

    /// `name` as an NMTOKEN: every other character written `_xHHHH_` (its code point in hex,
    /// the convention of .NET's `XmlConvert.EncodeName`), so `Modularity Class` becomes
    /// `Modularity_x0020_Class`. An empty name is `_`.
    static func nmToken(_ name: String) -> String {
        guard !name.isEmpty else { return "_" }
        var result = ""
        for scalar in name.unicodeScalars {
            if isNameCharacter(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
            }
        }
        return result
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "." || scalar == "-" || scalar == "_" || scalar == ":" { return true }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    /// `text` without leading and trailing XML white space (space, tab, CR, LF).
    static func trimmed(_ text: String) -> String { text.trimmingASCIIWhitespace }

    /// Whether every character of `text` may appear in an XML 1.0 document.
    static func isXMLSafe(_ text: String) -> Bool {
        // Most names are ASCII: a byte scan decides them without decoding scalars.
        var needsScalars = false
        for byte in text.utf8 {
            if byte >= 0x80 { needsScalars = true } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
        }
        guard needsScalars else { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: return true
            default: return false
            }
        }
    }

    /// Whether `name` can be part of an XML `ID` (an NCName): letters, digits, `.`, `-`, `_`,
    /// not starting with a digit, `.` or `-`.
    static func isNCName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, !name.isEmpty else { return false }
        func isStart(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || scalar.properties.isAlphabetic
        }
        guard isStart(first) else { return false }
        return name.unicodeScalars.allSatisfy { isStart($0) || $0 == "-" || $0 == "." || ("0"..."9").contains($0) }
    }
}
