extension Value {
    /// Cypher equality: `nil` (null) when either side is null or the comparison meets null
    /// inside lists or maps; integers and floats compare by numeric value.
    static func cypherEquals(_ lhs: Value, _ rhs: Value) -> Bool? {
        switch (lhs, rhs) {
        case (.null, _), (_, .null): return nil
        case (.int(let a), .int(let b)): return a == b
        case (.int, .double), (.double, .int), (.double, .double):
            return numericCompare(lhs, rhs).map { $0 == 0 } ?? false
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            var sawNull = false
            for (x, y) in zip(a, b) {
                switch cypherEquals(x, y) {
                case false?: return false
                case nil: sawNull = true
                default: break
                }
            }
            return sawNull ? nil : true
        case (.map(let a), .map(let b)):
            guard Set(a.keys) == Set(b.keys) else { return false }
            var sawNull = false
            for (key, x) in a {
                switch cypherEquals(x, b[key]!) {
                case false?: return false
                case nil: sawNull = true
                default: break
                }
            }
            return sawNull ? nil : true
        case (.node(let a), .node(let b)): return a.id == b.id
        case (.edge(let a), .edge(let b)): return a.id == b.id
        case (.path(let a), .path(let b)):
            return a.nodes.map(\.id) == b.nodes.map(\.id) && a.edges.map(\.id) == b.edges.map(\.id)
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.date(let a), .date(let b)): return a == b
        case (.localTime(let a), .localTime(let b)): return a == b
        case (.time(let a), .time(let b)): return a == b
        case (.localDateTime(let a), .localDateTime(let b)): return a == b
        case (.dateTime(let a), .dateTime(let b)): return a == b
        case (.duration(let a), .duration(let b)): return a == b
        default: return false
        }
    }

    /// Cypher ordering comparison for `<`, `>`, `<=`, `>=`: negative, zero or positive, or
    /// `nil` when the values are not comparable (different types, null, NaN).
    static func cypherCompare(_ lhs: Value, _ rhs: Value) -> Int? {
        switch (lhs, rhs) {
        case (.int, .int), (.int, .double), (.double, .int), (.double, .double): return numericCompare(lhs, rhs)
        case (.string(let a), .string(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (!a ? -1 : 1)
        case (.date(let a), .date(let b)): return order(a, b)
        case (.localTime(let a), .localTime(let b)): return order(a, b)
        case (.time(let a), .time(let b)): return order(a, b)
        case (.localDateTime(let a), .localDateTime(let b)): return order(a, b)
        case (.dateTime(let a), .dateTime(let b)): return order(a, b)
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                guard let order = cypherCompare(x, y) else { return nil }
                if order != 0 { return order }
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        default: return nil
        }
    }

    private static func order<T: Comparable>(_ a: T, _ b: T) -> Int { a == b ? 0 : (a < b ? -1 : 1) }

    static func numericCompare(_ lhs: Value, _ rhs: Value) -> Int? {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b ? 0 : (a < b ? -1 : 1)
        default:
            guard let a = lhs.doubleValue, let b = rhs.doubleValue, !a.isNaN, !b.isNaN else { return nil }
            if case .int(let i) = lhs, case .double(let d) = rhs { return -compareDouble(d, withInt: i) }
            if case .double(let d) = lhs, case .int(let i) = rhs { return compareDouble(d, withInt: i) }
            return a == b ? 0 : (a < b ? -1 : 1)
        }
    }

    /// Compares a float with an integer exactly (no rounding of large integers).
    private static func compareDouble(_ d: Double, withInt i: Int64) -> Int {
        if d < -9.3e18 { return -1 }
        if d > 9.3e18 { return 1 }
        let truncated = d.rounded(.towardZero)
        if truncated >= 9.223372036854775807e18 { return 1 }
        let whole = Int64(truncated)
        if whole != i { return whole < i ? -1 : 1 }
        let fraction = d - truncated
        return fraction == 0 ? 0 : (fraction < 0 ? -1 : 1)
    }

    /// The rank of a value's type in openCypher's global sort order.
    var orderRank: Int {
        switch self {
        case .map: return 0
        case .node: return 1
        case .edge: return 2
        case .list: return 3
        case .path: return 4
        case .dateTime: return 5
        case .localDateTime: return 6
        case .date: return 7
        case .time: return 8
        case .localTime: return 9
        case .duration: return 10
        case .string: return 11
        case .bool: return 12
        case .int, .double: return 13
        case .null: return 14
        }
    }

    /// openCypher's total order for ORDER BY: values of different types order by type
    /// (maps, nodes, relationships, lists, paths, date-times, local date-times, dates, times,
    /// local times, durations, strings, booleans, numbers, null last); NaN sorts after all
    /// other numbers; durations, which `<` does not compare, by their length with months at
    /// their average length, then part by part.
    static func orderCompare(_ lhs: Value, _ rhs: Value) -> Int {
        let (left, right) = (lhs.orderRank, rhs.orderRank)
        if left != right { return left < right ? -1 : 1 }
        switch (lhs, rhs) {
        case (.int, _), (.double, _):
            let leftNaN = lhs.doubleValue!.isNaN, rightNaN = rhs.doubleValue!.isNaN
            if leftNaN || rightNaN { return leftNaN == rightNaN ? 0 : (leftNaN ? 1 : -1) }
            return numericCompare(lhs, rhs) ?? 0
        case (.list(let a), .list(let b)):
            for (x, y) in zip(a, b) {
                let order = orderCompare(x, y)
                if order != 0 { return order }
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        case (.map(let a), .map(let b)):
            let keys = (Set(a.keys).union(b.keys)).sorted()
            for key in keys {
                let order = orderCompare(a[key] ?? .null, b[key] ?? .null)
                if order != 0 { return order }
            }
            return 0
        case (.node(let a), .node(let b)): return a.id == b.id ? 0 : (a.id < b.id ? -1 : 1)
        case (.edge(let a), .edge(let b)): return a.id == b.id ? 0 : (a.id < b.id ? -1 : 1)
        case (.path(let a), .path(let b)):
            return orderCompare(.list(a.nodes.map { .node($0) }), .list(b.nodes.map { .node($0) }))
        case (.duration(let a), .duration(let b)):
            if a.approximateSeconds != b.approximateSeconds { return a.approximateSeconds < b.approximateSeconds ? -1 : 1 }
            let left = [a.months, a.days, a.seconds, a.nanoseconds], right = [b.months, b.days, b.seconds, b.nanoseconds]
            return left == right ? 0 : (left.lexicographicallyPrecedes(right) ? -1 : 1)
        case (.dateTime(let a), .dateTime(let b)):
            // Equal instants in different zones still sort in a fixed order.
            if a != b { return a < b ? -1 : 1 }
            return order(a.local, b.local)
        case (.time(let a), .time(let b)):
            if a != b { return a < b ? -1 : 1 }
            return order(a.localTime, b.localTime)
        default:
            return cypherCompare(lhs, rhs) ?? 0
        }
    }
}

/// A value as a key for DISTINCT and grouping: equal when Cypher considers the values
/// the same (null equals null, `1` equals `1.0`, nodes by identity).
struct EquivalenceKey: Hashable {
    let value: Value

    static func == (lhs: EquivalenceKey, rhs: EquivalenceKey) -> Bool {
        equivalent(lhs.value, rhs.value)
    }

    private static func equivalent(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { equivalent($0, $1) }
        case (.map(let x), .map(let y)):
            return Set(x.keys) == Set(y.keys) && x.allSatisfy { equivalent($0.value, y[$0.key]!) }
        case (.double(let x), .double(let y)) where x.isNaN && y.isNaN: return true
        default: return Value.cypherEquals(a, b) == true
        }
    }

    func hash(into hasher: inout Hasher) { EquivalenceKey.hash(value, into: &hasher) }

    private static func hash(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let flag): hasher.combine(flag)
        case .int(let integer): hasher.combine(Double(integer))
        case .double(let float): hasher.combine(float.isNaN ? Double.infinity : float)
        case .string(let text): hasher.combine(text)
        case .date(let date): hasher.combine(date)
        case .localTime(let time): hasher.combine(time)
        case .time(let time): hasher.combine(time)
        case .localDateTime(let dateTime): hasher.combine(dateTime)
        case .dateTime(let dateTime): hasher.combine(dateTime)
        case .duration(let duration): hasher.combine(duration)
        case .list(let items):
            hasher.combine(items.count)
            for item in items { hash(item, into: &hasher) }
        case .map(let entries):
            hasher.combine(Set(entries.keys))
        case .node(let node): hasher.combine(node.id)
        case .edge(let edge): hasher.combine(edge.id)
        case .path(let path): hasher.combine(path.edges.map(\.id)); hasher.combine(path.nodes.first?.id)
        }
    }
}
