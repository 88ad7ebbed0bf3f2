/// Finding nodes by a name as people type it: without regard to case and spacing, by the
/// `name`, `name_zh` or any of the `aliases`, whole or by prefix, word or part, and — for
/// typing slips — by edit distance; ranked by how well the best of a node's names matches.
extension GraphReader {
    /// The nodes whose names match `text`, best first, at most `limit`, each with the name
    func searchNames(_ text: String, limit: Int = 10) -> [(node: NodeID, matched: String, score: Double)] {
        let wanted = Self.normalizedName(text)
        guard !wanted.isEmpty else { return [] }
        let keys = ["name", "name_zh", "aliases"].compactMap { propertyKeys.id(of: $0) }
        var best: [Int64: (String, Double)] = [:]
        for id in liveNodeIDs() {
            let properties = nodeRecord(id)!.properties
            for key in keys {
                let names: [String]
                switch properties[key] {
                case .string(let name)?: names = [name]
                case .list(let items)?: names = items.compactMap(\.stringValue)
                default: names = []
                }
                for name in names {
                    let score = Self.score(of: Self.normalizedName(name), for: wanted)
                    if score > 0, score > best[id]?.1 ?? 0 { best[id] = (name, score) }
                }
            }
        }
        return best.sorted { ($0.value.1, $1.value.0) > ($1.value.1, $0.value.0) }.prefix(limit)
            .map { (NodeID($0.key), $0.value.0, $0.value.1) }
    }

    /// Lower case, runs of white space as one space, trimmed.
    static func normalizedName(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// How well `candidate` (normalized) matches `wanted` (normalized); 0 for not at all.
    static func score(of candidate: String, for wanted: String) -> Double {
        if candidate == wanted { return 1 }
        if candidate.hasPrefix(wanted) { return 0.9 }
        let words = candidate.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if words.contains(wanted) { return 0.8 }
        if words.contains(where: { $0.hasPrefix(wanted) }) { return 0.7 }
        if candidate.contains(wanted) { return 0.6 }
        let allowed = wanted.count >= 8 ? 2 : wanted.count >= 4 ? 1 : 0
        guard allowed > 0, abs(candidate.count - wanted.count) <= allowed else { return 0 }
        let distance = NameSuggestion.editDistance(Array(candidate), Array(wanted))
        return distance <= allowed ? 0.5 - 0.1 * Double(distance) : 0
    }
}
