extension String {
    /// The string without leading and trailing ASCII white space (space, tab, CR, LF).
    ///
    /// Returns `self` untouched, without copying, in the common case where there is none —
    /// unlike Foundation's `trimmingCharacters(in:)`, which bridges through `NSString` and
    /// dominated import profiles.
    var trimmingASCIIWhitespace: String {
        let utf8 = self.utf8
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return self }
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end && isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start && isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(self[start..<end])
    }
}
