/// Storage: the values a range lookup in a property index asks for — between two bounds
/// (`>`, `>=`, `<`, `<=`, either or both) or strings with a prefix (`STARTS WITH`).
/// Values are compared as the query language's `<` compares them; a value of another type
/// than the bounds is never in the range.
struct IndexRange: Equatable {
    /// A bound: the value and whether it is part of the range.
    struct Bound: Equatable {
        var value: Value
        var inclusive: Bool
    }

    var lower: Bound?
    var upper: Bound?
    /// `STARTS WITH` this string.
    var prefix: String?

    /// Whether `value` is in the range.
    func contains(_ value: Value) -> Bool {
        if let prefix {
            guard case .string(let text) = value, text.hasPrefix(prefix) else { return false }
        }
        if let lower {
            guard let order = Value.cypherCompare(value, lower.value), order > 0 || (order == 0 && lower.inclusive) else { return false }
        }
        if let upper {
            guard let order = Value.cypherCompare(value, upper.value), order < 0 || (order == 0 && upper.inclusive) else { return false }
        }
        return true
    }

    /// The value that fixes which type the range is about: a bound's, or a string for a prefix.
    var sample: Value? { lower?.value ?? upper?.value ?? prefix.map(Value.string) }
}
