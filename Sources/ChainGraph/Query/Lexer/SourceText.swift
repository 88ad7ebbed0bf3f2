/// A query's text as Unicode scalars, with the line starts needed to turn offsets into
/// line:column positions and to cut excerpts for error messages.
struct SourceText: Sendable {
    let scalars: [Unicode.Scalar]
    private let lineStarts: [Int]
    let file: String?

    init(_ text: String, file: String? = nil) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        lineStarts = starts
        self.file = file
    }

    /// The line:column of a scalar offset.
    func position(_ offset: Int) -> SourcePosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(file: file, line: low + 1, column: offset - lineStarts[low] + 1, offset: offset)
    }

    /// The text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        var result = ""
        let lower = min(max(0, start), scalars.count)
        result.unicodeScalars.append(contentsOf: scalars[lower..<max(lower, min(end, scalars.count))])
        return result
    }
}
