import ChainGraph
import Foundation

/// Runs scripts of statements for `chaingraph query` and for piped input: each
/// statement in its own transaction, results printed in the chosen format, the first
/// error printed to stderr (with the script line) and the run stopped.
///
/// A script is run as it is read: each statement runs as soon as its `;` has arrived, so a
/// long script (or a pipe that keeps writing) starts at once and is never held whole.
///
/// A line of its own that starts with a known `:` command (`:format csv`, `:param name
/// 'polysilicon'`, `:schema`, `:quit`), outside strings and comments, runs as in the REPL,
/// also between the lines of an unfinished statement; what the setting commands say goes
/// to stderr, so the results on stdout stay data.
struct ScriptRunner {
    var database: GraphDatabase
    var terminal: Terminal
    /// The file name errors are reported against (`-e` when the text came from the command line).
    var sourceName: String
    /// The limits every statement runs under.
    var options: QueryOptions
    /// The output format, parameters and settings, which `:` commands change.
    let session: REPLSession

    init(database: GraphDatabase, format: OutputFormat, parameters: [String: Value], terminal: Terminal,
         sourceName: String, options: QueryOptions = QueryOptions()) {
        self.database = database
        self.terminal = terminal
        self.sourceName = sourceName
        self.options = options
        session = REPLSession(database: database, terminal: terminal)
        session.format = format
        session.parameters = parameters
        session.timing = false
    }

    /// Runs every statement of `script`; returns false after an error.
    func run(_ script: String) -> Bool {
        var reader = ScriptReader()
        var printed = false
        return feed(&reader, script, atEnd: true, printed: &printed)
    }

    /// Feeds text to the reader, running statements and `:` commands; false after an error
    /// (true after `:quit`).
    private func feed(_ reader: inout ScriptReader, _ text: String, atEnd: Bool, printed: inout Bool) -> Bool {
        var printedSoFar = printed
        let goOn = reader.feed(text, atEnd: atEnd, isCommand: MetaCommand.isKnownCommand,
                               command: { line, _ in runCommand(line, printed: &printedSoFar) }) {
            run($0, in: $1, printed: &printedSoFar)
        }
        printed = printedSoFar
        return goOn || session.finished
    }

    /// Runs a `:` command; false after `:quit`.
    private func runCommand(_ line: String, printed: inout Bool) -> Bool {
        let output = MetaCommand.run(line, in: session)
        if !output.isEmpty {
            let word = line.prefix { !$0.isWhitespace }
            if [":format", ":param", ":timing", ":timeout"].contains(String(word)) {
                printError(output.hasSuffix("\n") ? String(output.dropLast()) : output)
            } else {
                print(output, terminator: "")
                fflush(nil)
                printed = true
            }
        }
        return !session.finished
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
            guard feed(&reader, text, atEnd: atEnd, printed: &printed), !session.finished else { return session.finished }
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
            var options = self.options
            if let timeout = session.timeout { options.timeout = timeout }
            let format = session.format
            if StreamingRowPrinter.streams(format) {
                try stream(statement.statement.text, format: format, options: options, printed: &printed)
                return true
            }
            let result = try database.execute(statement.statement.text, parameters: session.parameters, options: options)
            for notice in result.notices { printError("notice: \(notice)") }
            printProfile(result.plan, columns: result.columns)
            if !result.columns.isEmpty {
                if printed { print() }
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

    /// Runs a statement whose rows are printed as they come (csv, json, jsonl).
    private func stream(_ statement: String, format: OutputFormat, options: QueryOptions, printed: inout Bool) throws {
        let printer = StreamingRowPrinter(format: format, followsOutput: printed)
        let summary = try database.execute(statement, parameters: session.parameters, options: options) { row in
            try printer.print(row)
        }
        if !summary.columns.isEmpty {
            try printer.end(columns: summary.columns)
            printed = true
        }
        for notice in summary.notices { printError("notice: \(notice)") }
        printProfile(summary.plan, columns: summary.columns)
    }

    /// PROFILE's rows and times per operator go to stderr, so that stdout stays data
    /// (EXPLAIN's plan is its result and is printed as rows).
    private func printProfile(_ plan: String?, columns: [String]) {
        guard let plan, !plan.isEmpty, columns != ["plan"] else { return }
        printError(plan)
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

    /// The last line of the text fed so far while it has no newline yet: it may be a `:`
    /// command, which is known only as a whole line.
    private var unfinishedLine = ""

    /// Adds `text` and runs `body` on each statement it completes (and, `atEnd`, on the
    /// unfinished rest); false as soon as a callback returns false.
    ///
    /// A whole line that `isCommand` accepts (a known `:` command), outside strings and
    /// comments, goes to `command` with its line number instead — after the statements
    /// before it ran, before those after it — and counts as an empty line of the script.
    mutating func feed(_ text: String, atEnd: Bool, isCommand: (String) -> Bool = { _ in false },
                       command: (String, Int) -> Bool = { _, _ in true },
                       _ body: (Located, String) -> Bool) -> Bool {
        // "\r\n" is one Character in Swift: both line ends split lines (and come out as "\n").
        var lines = (unfinishedLine + text).split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        var tail = String(lines.removeLast())
        unfinishedLine = ""
        if !atEnd && Self.mayBeCommand(tail) {
            unfinishedLine = tail
            tail = ""
        }
        var chunk = ""
        for (index, line) in (lines + [Substring(tail)]).enumerated() {
            let ending = index < lines.count ? "\n" : ""
            if Self.mayBeCommand(line), isCommand(line.trimmingCharacters(in: .whitespacesAndNewlines)),
               !StatementSplitter.endsInsideLiteral(pending + chunk) {
                guard feedStatements(chunk, atEnd: false, body) else { return false }
                let number = lineOffset + pending.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 1
                guard command(line.trimmingCharacters(in: .whitespacesAndNewlines), number) else { return false }
                chunk = ending
            } else {
                chunk += line + ending
            }
        }
        return feedStatements(chunk, atEnd: atEnd, body)
    }

    /// Whether a line (or the start of one) could be a `:` command: its first character
    /// that is not white space is `:`, or there is none yet.
    private static func mayBeCommand(_ line: some StringProtocol) -> Bool {
        line.first { $0 != " " && $0 != "\t" && $0 != "\r" }.map { $0 == ":" } ?? true
    }

    private mutating func feedStatements(_ text: String, atEnd: Bool, _ body: (Located, String) -> Bool) -> Bool {
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
