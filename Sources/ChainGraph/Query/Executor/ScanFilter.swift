/// Executor: `v.key = value` taken from a MATCH's WHERE (or from v's property map) where
/// `value` does not depend on the MATCH itself: a scan for v's node compares the stored
/// property in place and skips the node when it differs, instead of binding a row and
/// evaluating the WHERE. The WHERE is still evaluated for the nodes that pass, so a filter
/// only ever removes rows the WHERE would remove.
struct ScanFilter {
    /// The property's name.
    var key: String
    /// What it must equal; evaluated once per input row.
    var value: Expression

    /// The filters of each node variable of `match`'s patterns, from its WHERE conjuncts
    /// and its node patterns' property maps.
    static func filters(of match: Match) -> [String: [ScanFilter]] {
        let bound = Set(match.patterns.flatMap(\.variables))
        func independent(_ expression: Expression) -> Bool { isIndependent(expression, of: bound) }
        var filters: [String: [ScanFilter]] = [:]
        for node in match.patterns.flatMap(\.nodes) {
            guard let variable = node.variable, let properties = node.properties,
                  case .map(let entries) = properties.kind else { continue }
            for (key, value) in entries where independent(value) {
                filters[variable, default: []].append(ScanFilter(key: key, value: value))
            }
        }
        for conjunct in MatchStage.conjuncts(of: match.predicate) {
            guard case .comparison(let first, let rest) = conjunct.kind, rest.count == 1, rest[0].0 == .equal else { continue }
            for (property, other) in [(first, rest[0].1), (rest[0].1, first)] {
                guard case .property(let base, let key) = property.kind, case .variable(let variable) = base.kind,
                      bound.contains(variable), independent(other) else { continue }
                filters[variable, default: []].append(ScanFilter(key: key, value: other))
                break
            }
        }
        return filters
    }

    /// Whether `expression` can be computed before the MATCH binds `bound`: it names none of
    /// them, draws no fresh random value, and binds no names of its own.
    static func isIndependent(_ expression: Expression, of bound: Set<String>) -> Bool {
        var result = true
        expression.walk { part in
            switch part.kind {
            case .variable(let name) where bound.contains(name): result = false
            case .mapProjection(let name, _) where bound.contains(name): result = false
            // A value that changes per call must be drawn per candidate, as the WHERE does.
            case .function(let name, _, _) where ["rand", "randomuuid", "timestamp"].contains(name.lowercased()):
                result = false
            // Pattern predicates and comprehensions bind names of their own: left to the WHERE.
            case .patternPredicate, .listComprehension, .patternComprehension, .reduce, .quantifier: result = false
            default: break
            }
        }
        return result
    }
}
