/// CSV: a file's property columns compiled once against the schema, for one node type
/// (or label set) or edge type, so that a row costs a conversion per field and no lookups.
///
/// It applies the rules of ``GraphSchema/checked(_:against:owner:)`` with their errors: a
/// column the declared type lacks is `UnknownProperty` for any row that fills it, a header
/// type that differs from the declared one is coerced per value (`InvalidPropertyType`
/// when it cannot be), and a required property left empty — or without a column — is
/// `MissingRequiredProperty`. Without a declared type (open mode) every column is kept.
final class CSVPropertyPlan {
    /// What a row needs of a column, kept trivial (no references) so the row loop copies
    /// nothing that is counted.
    struct Column {
        /// The column's position in the header.
        let index: Int
        /// Where its value goes among ``CSVPropertyPlan/symbols`` (-1 when undeclared).
        let slot: Int
        /// Whether it is read as a string as written (no type from the header or schema).
        let isText: Bool
        /// Whether it needs ``CSVPropertyPlan/details`` beyond reading: an undeclared
        /// property or a value to coerce to its declared type.
        let isChecked: Bool
    }

    /// The rest of what is known about a column, read for typed values and violations.
    struct ColumnDetails {
        let name: String
        /// The type the text is read as; nil keeps it a string.
        let readType: PropertyType?
        /// The declared property, when values read as ``readType`` still need coercing to it.
        let coercion: PropertyDefinition?
        /// Thrown for a row that fills the column (strict mode, undeclared property).
        let undeclared: ChainGraphError?
    }

    let columns: [Column]
    let details: [ColumnDetails]
    /// The property-key symbols of the slots, ascending: a full row's keys as stored.
    let symbols: [Int32]
    /// Declared required properties, by slot when a column provides them.
    private let required: [(slot: Int?, error: ChainGraphError)]
    /// The values of the row being read, by slot (reused from row to row).
    private var slots: [Value?]

    /// Compiles `headerColumns` (index, column) against the properties `declared` for
    /// `owner` (nil in open mode); `intern` gives a property name's symbol.
    init(_ headerColumns: [(index: Int, column: CSVHeader.Column)], declared: [PropertyDefinition]?, owner: String,
         intern: (String) -> Int32) {
        var symbolOfName: [String: Int32] = [:]
        for (_, column) in headerColumns where declared == nil || declared!.contains(where: { $0.name == column.name }) {
            symbolOfName[column.name] = intern(column.name)
        }
        let symbols = Set(symbolOfName.values).sorted()
        let slotOfSymbol = Dictionary(uniqueKeysWithValues: symbols.enumerated().map { ($1, $0) })
        details = headerColumns.map { _, column in
            guard symbolOfName[column.name] != nil else {
                return ColumnDetails(name: column.name, readType: column.type, coercion: nil,
                                     undeclared: GraphSchema.unknownProperty(column.name, owner: owner, declared: declared ?? []))
            }
            let definition = declared?.first { $0.name == column.name }
            let readType = column.type ?? definition?.type
            return ColumnDetails(name: column.name, readType: readType,
                                 coercion: definition.flatMap { $0.type == readType ? nil : $0 }, undeclared: nil)
        }
        columns = zip(headerColumns, details).map { header, details in
            Column(index: header.index, slot: symbolOfName[header.column.name].map { slotOfSymbol[$0]! } ?? -1,
                   isText: details.readType == nil, isChecked: details.undeclared != nil || details.coercion != nil)
        }
        slots = Array(repeating: nil, count: symbols.count)
        self.symbols = symbols
        required = (declared ?? []).filter(\.isRequired).map { definition in
            (symbolOfName[definition.name].map { slotOfSymbol[$0]! },
             GraphSchema.missingRequiredProperty(definition, owner: owner))
        }
    }

    /// The row's properties, read, checked and keyed as stored (not reentrant: one row at a time).
    ///
    /// - Throws: the row's first violation; a field that is not of its type is
    ///   `TypeError (InvalidValue)` positioned at its column.
    func properties(of row: CSVRowView, arrayDelimiter: UInt8, owner: String) throws -> PropertyMap {
        for position in slots.indices { slots[position] = nil }
        for (position, column) in columns.enumerated() {
            let value: Value
            if column.isText {
                if row.isEmpty(column.index) {
                    guard row.isQuoted(column.index) else { continue }
                    value = .string("")
                } else {
                    value = .string(row.string(column.index))
                }
            } else {
                let details = details[position]
                guard let typed = try Self.value(of: row, column.index, as: details.readType!, name: details.name,
                                                 arrayDelimiter: arrayDelimiter) else { continue }
                value = typed
            }
            if column.isChecked {
                let details = details[position]
                if let undeclared = details.undeclared { throw undeclared }
                if let definition = details.coercion {
                    guard let fitted = definition.type.coerce(value) else {
                        throw GraphSchema.invalidPropertyType(definition, owner: owner, value: value)
                    }
                    slots[column.slot] = fitted
                    continue
                }
            }
            slots[column.slot] = value
        }
        for (slot, error) in required where slot.map({ slots[$0] == nil }) ?? true { throw error }
        var values: [Value] = []
        values.reserveCapacity(slots.count)
        var complete = true
        for slot in slots.indices {
            if let value = slots[slot] { values.append(value) } else { complete = false }
        }
        let keys = complete ? symbols : slots.indices.filter { slots[$0] != nil }.map { symbols[$0] }
        return PropertyMap(sortedKeys: keys, values: values)
    }

    /// A field read as `type`; nil when empty (a quoted empty field is an empty string
    /// when read as one).
    private static func value(of row: CSVRowView, _ index: Int, as type: PropertyType, name: String,
                              arrayDelimiter: UInt8) throws -> Value? {
        if row.isEmpty(index) {
            return row.isQuoted(index) && type == .string ? .string("") : nil
        }
        do {
            return try TextValueConverter.value(of: row.field(index), as: type, arrayDelimiter: arrayDelimiter)
        } catch var failure as ChainGraphError {
            failure.message = "column '\(name)': " + failure.message
            failure.position = SourcePosition(line: 1, column: index + 1)
            throw failure
        }
    }
}
