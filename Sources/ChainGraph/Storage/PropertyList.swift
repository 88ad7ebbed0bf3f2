/// A few named properties in a plain array: what an importer gathers for one element
/// before creating it.
///
/// An element has a handful of properties, so finding one by a linear scan is cheaper
/// than hashing its name, and building the list allocates once. It offers the dictionary
/// operations the importers use (setting a name again replaces its value, as in a
/// dictionary), and ``GraphState`` creates elements from it without a dictionary in open
/// mode.
struct PropertyList {
    private(set) var entries: [(name: String, value: Value)] = []

    init(minimumCapacity: Int = 4) {
        entries.reserveCapacity(minimumCapacity)
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The value named `name`; setting `nil` removes it.
    subscript(name: String) -> Value? {
        get { entries.first { $0.name == name }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }

    /// Removes and returns the value named `name`.
    @discardableResult
    mutating func removeValue(forKey name: String) -> Value? {
        guard let index = entries.firstIndex(where: { $0.name == name }) else { return nil }
        return entries.remove(at: index).value
    }

    /// The properties as a dictionary.
    var dictionary: [String: Value] {
        Dictionary(entries, uniquingKeysWith: { $1 })
    }

    /// The list with each name replaced as `renames` says (names it does not list stay).
    func renamed(_ renames: [String: String]) -> PropertyList {
        var result = PropertyList(minimumCapacity: entries.count)
        for (name, value) in entries { result[renames[name] ?? name] = value }
        return result
    }
}
