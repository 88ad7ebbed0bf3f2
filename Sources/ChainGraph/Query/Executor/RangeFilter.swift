/// Executor: `v.key < value` (also `<=`, `>`, `>=`, either way round) or `v.key STARTS WITH
/// value` taken from a MATCH's WHERE, where `value` does not depend on the MATCH: when a
/// property index covers v's label and key, the index gives v's candidates in that range
/// instead of a scan. The WHERE is still evaluated for them, so a range only ever narrows
/// the nodes the WHERE would look at.
struct RangeFilter {
    enum Kind {
        case atLeast(inclusive: Bool)
        case atMost(inclusive: Bool)
        case prefix
    }

    /// The property's name.
    var key: String
    var kind: Kind
    /// The bound; evaluated once per input row.
    var value: Expression

    /// The range filters of each node variable of `match`'s patterns, from its WHERE conjuncts.
    static func filters(of match: Match) -> [String: [RangeFilter]] {
        let bound = Set(match.patterns.flatMap(\.variables))
        var filters: [String: [RangeFilter]] = [:]
        func property(_ expression: Expression) -> (variable: String, key: String)? {
            guard case .property(let base, let key) = expression.kind, case .variable(let variable) = base.kind,
                  bound.contains(variable) else { return nil }
            return (variable, key)
        }
        for conjunct in MatchStage.conjuncts(of: match.predicate) {
            switch conjunct.kind {
            case .comparison(let first, let rest) where rest.count == 1:
                let (op, second) = rest[0]
                let kinds: [ComparisonOperator: (Kind, Kind)] = [
                    .greater: (.atLeast(inclusive: false), .atMost(inclusive: false)),
                    .greaterOrEqual: (.atLeast(inclusive: true), .atMost(inclusive: true)),
                    .less: (.atMost(inclusive: false), .atLeast(inclusive: false)),
                    .lessOrEqual: (.atMost(inclusive: true), .atLeast(inclusive: true)),
                ]
                guard let (leftKind, rightKind) = kinds[op] else { continue }
                if let (variable, key) = property(first), ScanFilter.isIndependent(second, of: bound) {
                    filters[variable, default: []].append(RangeFilter(key: key, kind: leftKind, value: second))
                } else if let (variable, key) = property(second), ScanFilter.isIndependent(first, of: bound) {
                    filters[variable, default: []].append(RangeFilter(key: key, kind: rightKind, value: first))
                }
            case .binary(.startsWith, let left, let right):
                if let (variable, key) = property(left), ScanFilter.isIndependent(right, of: bound) {
                    filters[variable, default: []].append(RangeFilter(key: key, kind: .prefix, value: right))
                }
            default: continue
            }
        }
        return filters
    }

    /// The range the filters on one key make together, from their evaluated bounds; nil when
    /// nothing can be in it (a null bound, a prefix that is not a string) or when an index
    /// cannot answer it (a bound of a type that has no order, such as a list or a map).
    static func range(_ filters: [(RangeFilter, Value)]) -> IndexRange?? {
        var range = IndexRange()
        for (filter, value) in filters {
            if value.isNull { return .some(nil) }
            switch value {
            case .int, .double, .string, .bool, .date, .localTime, .time, .localDateTime, .dateTime: break
            default: return nil
            }
            switch filter.kind {
            case .prefix:
                guard case .string(let text) = value else { return .some(nil) }
                if range.prefix == nil || text.count > range.prefix!.count { range.prefix = text }
            case .atLeast(let inclusive):
                let bound = IndexRange.Bound(value: value, inclusive: inclusive)
                if let current = range.lower, let order = Value.cypherCompare(current.value, value), order > 0 || (order == 0 && !current.inclusive) {
                    continue
                }
                range.lower = bound
            case .atMost(let inclusive):
                let bound = IndexRange.Bound(value: value, inclusive: inclusive)
                if let current = range.upper, let order = Value.cypherCompare(current.value, value), order < 0 || (order == 0 && !current.inclusive) {
                    continue
                }
                range.upper = bound
            }
        }
        // A prefix is about strings: bounds of another type leave nothing.
        if let sample = range.sample, [range.lower?.value, range.upper?.value].contains(where: { $0.map { $0.orderRank != sample.orderRank } ?? false }) {
            return .some(nil)
        }
        return .some(range)
    }
}
