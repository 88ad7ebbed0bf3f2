import ChainGraph
import Foundation

/// Runs scripts of statements for `chaingraph query` and for piped input: each
/// statement in its own transaction, results printed in the chosen format, the first
/// error printed to stderr (with the script line) and the run stopped.
///
/// A script is run as it is read: each statement runs as soon as its `;` has arrived, so a
/// long script (or a pipe that keeps writing) starts at once and is never held whole.
struct ScriptRunner {
    var database: GraphDatabase
    var format: OutputFormat
    var parameters: [String: Value]
    var terminal: Terminal
    /// The file name errors are reported against (`-e` when the text came from the command line).
    var sourceName: String
    /// The limits every statement runs under.
    var options = QueryOptions()

    /// Runs every statement of `script`; returns false after an error.
    func run(_ script: String) -> Bool {
        var reader = ScriptReader()
        var printed = false
        return reader.feed(script, atEnd: true) { run($0, in: $1, printed: &printed) }
    }

    /// Runs the statements of `handle` as they arrive (each read returns what a pipe has,
    /// without waiting for more); returns false after an error.
    func run(reading handle: FileHandle) -> Bool {
        var reader = ScriptReader()
        var printed = false
        var undecoded: [UInt8] = []
        while true {
            let count = max(1 << 16, reader.pendingBytes)
            var chunk = [UInt8](repeating: 0, count: count)
            let got = chunk.withUnsafeMutableBytes { Foundation.read(handle.fileDescriptor, $0.baseAddress, count) }
            if got < 0 && errno == EINTR { continue }
            let atEnd = got <= 0
            if got < 0 { printError("IOError (ReadFailed): reading \(sourceName) failed: \(String(cString: strerror(errno)))") }
            chunk.removeSubrange(max(0, got)...)
            // A chunk may end inside a UTF-8 sequence: the incomplete tail waits for the next.
            undecoded += chunk
            let complete = atEnd ? undecoded.count : Self.completeUTF8Prefix(undecoded)
            let text = String(decoding: undecoded[..<complete], as: UTF8.self)
            undecoded.removeFirst(complete)
            guard reader.feed(text, atEnd: atEnd, { run($0, in: $1, printed: &printed) }) else { return false }
            if atEnd { return got == 0 }
        }
    }

    /// How many leading bytes of `bytes` end on a whole UTF-8 character.
    static func completeUTF8Prefix(_ bytes: [UInt8]) -> Int {
        var index = bytes.count
        var continuation = 0
        while index > 0 && continuation < 4 {
            let byte = bytes[index - 1]
            if byte & 0xC0 == 0x80 {
                continuation += 1
                index -= 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return length == continuation + 1 ? bytes.count : index - 1
        }
        return bytes.count
    }

    private func run(_ statement: ScriptReader.Located, in text: String, printed: inout Bool) -> Bool {
        do {
            let result = try database.execute(statement.statement.text, parameters: parameters, options: options)
            if !result.columns.isEmpty {
                if printed && format != .jsonl { print() }
                print(format.render(result, terminal: terminal), terminator: "")
                fflush(nil)
                printed = true
            }
            return true
        } catch {
            printError(describe(error, in: statement, text: text))
            return false
        }
    }

    /// The error with its position moved from statement to script coordinates.
    func describe(_ error: Error, in located: ScriptReader.Located, text: String) -> String {
        guard var error = error as? ChainGraphError else { return "Error: \(error)" }
        guard var position = error.position, position.file == nil else {
            return ErrorRenderer(terminal: terminal).render(error, statement: nil)
        }
        position = located.statement.positionInScript(position)
        error.position = position
        let excerpt = error.excerpt(in: text, firstLine: located.lineOffset + 1)
        // From the text held now to the whole script.
        if position.line == 1 { position.column += located.firstColumn - 1 }
        position.line += located.lineOffset
        position.file = sourceName
        error.position = position
        return ErrorRenderer(terminal: terminal).render(error, statement: nil) + (excerpt.map { $0 + "\n" } ?? "")
    }
}

/// Splits a script into statements as its text arrives, keeping only the unfinished rest.
struct ScriptReader {
    /// A statement and where the text it was split from starts in the whole script.
    struct Located {
        /// The statement, positioned within the text it was split from.
        var statement: StatementSplitter.ScriptStatement
        /// Lines of the script before that text.
        var lineOffset: Int
        /// The column that text's first line starts at in the script.
        var firstColumn: Int
    }

    private var pending = ""
    private var lineOffset = 0
    private var firstColumn = 1

    /// Bytes held for an unfinished statement (read at least as many next, so that a long
    /// statement is scanned a bounded number of times).
    var pendingBytes: Int { pending.utf8.count }

    /// Adds `text` and runs `body` on each statement it completes (and, `atEnd`, on the
    /// unfinished rest); false as soon as `body` returns false.
    mutating func feed(_ text: String, atEnd: Bool, _ body: (Located, String) -> Bool) -> Bool {
        pending += text
        let held = pending
        let (statements, remainder) = atEnd ? (StatementSplitter.statements(ofScript: held), "")
                                            : StatementSplitter.split(held)
        for statement in statements {
            guard body(Located(statement: statement, lineOffset: lineOffset, firstColumn: firstColumn), held) else { return false }
        }
        guard !atEnd else { return true }
        // Move the start of the held text to where the remainder starts.
        let consumed = held.utf8.count - remainder.utf8.count
        let before = held.utf8.prefix(consumed)
        let newlines = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        if newlines > 0 {
            lineOffset += newlines
            let lastLine = before.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? []
            firstColumn = String(decoding: lastLine, as: UTF8.self).count + 1
        } else {
            firstColumn += String(decoding: before, as: UTF8.self).count
        }
        pending = remainder
        return true
    }
}

/// A time limit of `seconds`, rounded up to the millisecond, or nil when `seconds` is not a
/// positive number (`--timeout`, `:timeout`).
func timeLimit(seconds: Double) -> Duration? {
    guard seconds > 0, seconds.isFinite, seconds < 1e12 else { return nil }
    return .milliseconds(Int64((seconds * 1000).rounded(.up)))
}

/// A usage problem found after argument parsing; exits with status 2.
struct ValidationErrorMessage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
