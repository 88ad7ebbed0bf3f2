extension ChainGraphError {
    /// The line of `text` the error points at, with a caret under the position, for
    /// showing the error under the query in a REPL; nil when the error has no position.
    ///
    /// ```
    /// 2 | RETURN materail.name
    ///   |        ^
    /// ```
    ///
    /// `firstLine` is the number of `text`'s first line, for text that is part of a longer
    /// script (the position still counts from `text`'s own first line).
    public func excerpt(in text: String, firstLine: Int = 1) -> String? {
        guard let position else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard position.line >= 1, position.line <= lines.count else { return nil }
        let number = String(position.line + firstLine - 1)
        let gutter = String(repeating: " ", count: number.count)
        let line = lines[position.line - 1]
        // Keep tabs so the caret lines up under tab-indented text.
        let padding = line.unicodeScalars.prefix(max(0, position.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return "\(number) | \(line)\n\(gutter) | \(padding)^"
    }
}
