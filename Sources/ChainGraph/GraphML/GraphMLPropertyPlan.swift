/// Import: the property-key symbols of a GraphML import, so that each element's properties
/// are built as a ``PropertyMap`` without hashing a name per value.
///
/// Every property name the import stores is interned here: a declared key's `attr.name`
/// after the options' renames (kept on the key), an undeclared key's id, and the names the
/// importer adds (`name`, `description`, `ports`, …). The names the importer looks for in
/// an element (labels, edge type, provenance, legend flag) are known by symbol: the
/// graph's own symbol, or the one interned when the import first stores the name; until
/// then they are absent, and so is any value under them.
final class GraphMLPropertyPlan {
    /// The names an element's properties are searched for.
    enum Special: Int, CaseIterable {
        case labels, labelV, labelE, label, type, source, line, legend, name, description
        case nodeLabelKey, edgeTypeKey
    }

    private let writer: GraphWriter
    private let renames: [String: String]
    private var symbols: [String: Int32] = [:]
    /// The names of the symbols handed out (every property the import stores has one).
    private var names: [Int32: String] = [:]
    private var undeclared: [String: Int32] = [:]
    private var specialsByName: [String: [Special]] = [:]
    /// Per ``Special``, its symbol or -1.
    private var specials: [Int32]

    init(writer: GraphWriter, options: GraphMLImportOptions) {
        self.writer = writer
        renames = options.propertyRenames
        specials = Array(repeating: -1, count: Special.allCases.count)
        var names: [Special: String] = [
            .labels: "labels", .labelV: "labelV", .labelE: "labelE", .label: "label", .type: "type",
            .source: GraphMLVocabulary.sourceAttribute, .line: GraphMLVocabulary.lineAttribute,
            .legend: GraphMLVocabulary.legendAttribute, .name: "name", .description: "description",
        ]
        names[.nodeLabelKey] = options.nodeLabelKey
        names[.edgeTypeKey] = options.edgeTypeKey
        let existing = writer.batchReader.propertyKeys
        for (special, name) in names {
            specialsByName[name, default: []].append(special)
            if let symbol = existing.id(of: name) { specials[special.rawValue] = symbol }
        }
    }

    /// The symbol of `special`, -1 while no property has that name.
    func symbol(_ special: Special) -> Int32 { specials[special.rawValue] }

    /// The symbol a declared key's values are stored under.
    func symbol(of key: GraphMLKeyTable.Key) -> Int32 {
        if key.propertySymbol >= 0 { return key.propertySymbol }
        let symbol = symbol(named: renames[key.name] ?? key.name)
        key.propertySymbol = symbol
        return symbol
    }

    /// The symbol an undeclared key's values are stored under (its id, renamed).
    func symbol(ofUndeclared keyID: String) -> Int32 {
        if let symbol = undeclared[keyID] { return symbol }
        let symbol = symbol(named: renames[keyID] ?? keyID)
        undeclared[keyID] = symbol
        return symbol
    }

    /// The symbol of a property name, interned on first use.
    func symbol(named name: String) -> Int32 {
        if let symbol = symbols[name] { return symbol }
        let symbol = writer.intern(name, as: .propertyKey)
        symbols[name] = symbol
        names[symbol] = name
        for special in specialsByName[name] ?? [] { specials[special.rawValue] = symbol }
        return symbol
    }

    /// The name of a symbol this plan handed out (kept here: reading the writer's
    /// symbol table would copy its graph graph per call).
    func name(of symbol: Int32) -> String {
        names[symbol] ?? writer.batchReader.propertyKeys.name(of: symbol)
    }
}
