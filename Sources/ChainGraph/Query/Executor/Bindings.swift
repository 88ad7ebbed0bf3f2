/// Executor: the variables of one row — a shape shared by many rows, and one value per slot.
///
/// A row is not a dictionary: it is a ``Layout`` (the variable names, in the order the
/// clauses bound them) and an array with one value per name. Rows that a stage makes from
/// the same input share one layout object, so a row costs one array of values; binding a
/// new variable appends a slot, and the layout one variable longer is made once and then
/// found on the shorter one. A projection gives all its rows the layout of its columns.
///
/// Layouts are confined to the execution that made them (one thread): an empty row (`[:]`)
/// starts a new root layout rather than sharing a global one.
struct Bindings: ExpressibleByDictionaryLiteral {
    /// The variable names of a row shape, each at its slot.
    final class Layout {
        /// The names, slot by slot.
        let names: [String]
        /// Layouts one variable longer, made from this one (few: one per variable a stage binds).
        private var longer: [(name: String, layout: Layout)] = []
        /// Slots by name, for wide rows only (short ones are searched, which beats hashing).
        private let positions: [String: Int]?

        private static let searchedWidth = 8

        /// The layout of `names` (distinct).
        init(_ names: [String]) {
            self.names = names
            positions = names.count > Self.searchedWidth
                ? Dictionary(names.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
                : nil
        }

        /// The slot of `name`, or nil when the shape does not bind it.
        func slot(of name: String) -> Int? {
            if let positions { return positions[name] }
            for index in names.indices where names[index] == name { return index }
            return nil
        }

        /// This layout with `name` appended (made on first use, then reused).
        func appending(_ name: String) -> Layout {
            for entry in longer where entry.name == name { return entry.layout }
            let layout = Layout(names + [name])
            longer.append((name, layout))
            return layout
        }
    }

    /// The row's shape.
    private(set) var layout: Layout
    /// The value of each slot of ``layout``.
    private(set) var values: [Value]

    /// A row that binds nothing, with a new root layout.
    init() {
        layout = Layout([])
        values = []
    }

    /// A row of `layout` with `values`, one per slot.
    init(layout: Layout, values: [Value]) {
        precondition(layout.names.count == values.count, "a row needs one value per slot of its layout")
        self.layout = layout
        self.values = values
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (name, value) in elements { self[name] = value }
    }

    /// The value bound to `name`, or nil when the row does not bind it (a variable bound to
    /// null holds `.null`). Setting nil unbinds the variable.
    subscript(name: String) -> Value? {
        get {
            layout.slot(of: name).map { values[$0] }
        }
        set {
            if let slot = layout.slot(of: name) {
                if let newValue {
                    values[slot] = newValue
                } else {
                    var names = layout.names
                    names.remove(at: slot)
                    values.remove(at: slot)
                    layout = Layout(names)
                }
            } else if let newValue {
                layout = layout.appending(name)
                values.append(newValue)
            }
        }
    }

    /// Sets the value of the variable at `slot` of ``layout`` (found with
    /// ``Layout/slot(of:)``): no search by name, for a stage that writes the same variables
    /// of many rows.
    mutating func setValue(_ value: Value, atSlot slot: Int) {
        values[slot] = value
    }

    /// This row with the variables of `other` added, `other`'s value winning where both bind one.
    func merging(_ other: Bindings) -> Bindings {
        var merged = self
        for (slot, name) in other.layout.names.enumerated() { merged[name] = other.values[slot] }
        return merged
    }
}
