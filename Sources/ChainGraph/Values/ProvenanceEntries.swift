/// Where a node's or edge's facts come from, as `provenance(x)` returns them and exports
/// write them under the key `provenance`: a list of maps with `source`, `line`, `start` and
/// `end`.
///
/// An element's evidence lives in its `evidence` property, a list of spans written
/// `file:line:start-end` — the file (an article, a script), the line, and the byte offsets
/// of the supporting sentence or clause within the whole file, end exclusive (the seed
/// scripts give every fact one span per article that states it). The record's own
/// provenance (the file and line a CHAIN statement or an import created it from) is listed
/// after the spans when no span names its file.
enum ProvenanceEntries {
    /// The property that holds an element's evidence spans.
    static let evidenceProperty = "evidence"

    /// One span of an `evidence` property.
    struct Span: Equatable {
        /// The file the span lies in.
        var source: String
        /// Its line, counting from 1.
        var line: Int64
        /// The byte offset of its first byte within the file.
        var start: Int64
        /// The byte offset just past its last byte.
        var end: Int64

        /// Reads `file:line:start-end`; nil for any other text (the file name may hold colons).
        init?(_ text: String) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count >= 3 else { return nil }
            let range = parts[parts.count - 1].split(separator: "-", omittingEmptySubsequences: false)
            guard range.count == 2, let start = Int64(range[0]), let end = Int64(range[1]),
                  let line = Int64(parts[parts.count - 2]), line >= 1, start >= 0, end >= start
            else { return nil }
            let source = parts[..<(parts.count - 2)].joined(separator: ":")
            guard !source.isEmpty else { return nil }
            self.source = source
            self.line = line
            self.start = start
            self.end = end
        }

        /// The span as a map for `provenance()`.
        var map: [String: Value] {
            ["source": .string(source), "line": .int(line), "start": .int(start), "end": .int(end)]
        }
    }

    /// The entries of an element with record provenance `provenance` and `evidence` (the
    /// value of its `evidence` property, if any). A string that is not a span is listed as
    /// its `source` alone, so nothing the user stored is hidden.
    static func entries(provenance: Provenance, evidence: Value?) -> [[String: Value]] {
        var entries: [[String: Value]] = []
        var sources: Set<String> = []
        let texts: [Value]
        switch evidence {
        case .list(let items)?: texts = items
        case .string?: texts = [evidence!]
        default: texts = []
        }
        for case .string(let text) in texts {
            if let span = Span(text) {
                entries.append(span.map)
                sources.insert(span.source)
            } else {
                entries.append(["source": .string(text), "line": .null, "start": .null, "end": .null])
            }
        }
        if provenance != .none, provenance.source.map({ !sources.contains($0) }) ?? true {
            entries.append(["source": provenance.source.map(Value.string) ?? .null,
                            "line": provenance.line.map(Value.int) ?? .null, "start": .null, "end": .null])
        }
        return entries
    }

    /// The entries as JSON text (a list of objects with sorted keys, null fields left out), or
    /// nil when there are none.
    static func jsonText(provenance: Provenance, evidence: Value?) -> String? {
        if evidence == nil {
            // Most records (imports) have their file and line only: written directly.
            if provenance == .none { return nil }
            var text = "[{"
            if let line = provenance.line { text += "\"line\":\(line)" }
            if let source = provenance.source {
                if provenance.line != nil { text += "," }
                text += "\"source\":"
                Value.writeJSONString(source, to: &text)
            }
            return text + "}]"
        }
        let entries = entries(provenance: provenance, evidence: evidence)
        return entries.isEmpty ? nil : Value.list(entries.map { .map($0.filter { !$0.value.isNull }) }).jsonText
    }
}
