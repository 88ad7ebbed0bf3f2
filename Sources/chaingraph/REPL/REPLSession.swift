import ChainGraph
import Foundation

/// The REPL's state and behaviour, apart from the terminal: it takes lines as typed and
/// returns what to print, so tests can drive it without a terminal.
///
/// Statements end with `;` and may span lines (the prompt changes to `...>` until the
/// `;`); a pasted script runs statement by statement. Lines starting with `:` are
/// commands (see ``MetaCommand``).
final class REPLSession {
    let database: GraphDatabase
    var terminal: Terminal
    var format = OutputFormat.table
    var timing = true
    /// How many rows a table or vertical result shows (`:rows`), or nil for all; the rest
    /// are counted in a line under it.
    var displayLimit: Int? = 200
    /// Whether output longer than the terminal goes through a pager (`:pager`).
    var usesPager = false
    /// The time limit of each statement (`:timeout`), or nil for none.
    var timeout: Duration?
    var parameters: [String: Value] = [:]
    /// The last result that had rows, for `:export`.
    var lastResult: ResultSet?
    /// Typed text not yet ended by `;`.
    private(set) var pending = ""
    /// Set by `:quit`.
    private(set) var finished = false
    /// The statement running now, cancelled by Ctrl-C.
    let cancellation = CancellationSlot()

    init(database: GraphDatabase, terminal: Terminal) {
        self.database = database
        self.terminal = terminal
    }

    /// The prompt for the next line.
    var prompt: String { pending.isEmpty ? "chaingraph> " : "       ...> " }

    /// Handles one typed line; returns the output and the complete statements entered
    /// (for the history).
    ///
    /// A line that starts with `:` is a command when nothing is pending; a known command
    /// (`:format csv`) is one also in the middle of an unfinished statement, unless that
    /// statement is inside a string or comment (there the line is text: Ctrl-C clears it).
    func handle(line: String) -> (output: String, statements: [String]) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(":") && (pending.isEmpty
            || (MetaCommand.isKnownCommand(trimmed) && !StatementSplitter.endsInsideLiteral(pending))) {
            return (MetaCommand.run(trimmed, in: self), [line])
        }
        pending += (pending.isEmpty ? "" : "\n") + line
        let split = StatementSplitter.split(pending)
        pending = StatementSplitter.isBlank(split.remainder) ? "" : split.remainder
        var output = ""
        for statement in split.statements {
            output += run(statement.text)
        }
        return (output, split.statements.map { $0.text + ";" })
    }

    /// Forgets the unfinished statement (Ctrl-C at the prompt), unclosed strings included.
    func discardPending() { pending = "" }

    /// Runs one statement and renders its result or error.
    func run(_ statement: String) -> String {
        let handle = CancellationHandle()
        cancellation.set(handle)
        defer { cancellation.set(nil) }
        let started = ContinuousClock.now
        do {
            var options = QueryOptions()
            options.cancellation = handle
            options.timeout = timeout
            let result = try database.execute(statement, parameters: parameters, options: options)
            let elapsed = ContinuousClock.now - started
            if !result.rows.isEmpty { lastResult = result }
            return render(result, elapsed: elapsed) + (result.rows.isEmpty ? nameHints(for: statement) : "")
        } catch {
            return ErrorRenderer(terminal: terminal).render(error, statement: statement)
        }
    }

    /// For a query that found nothing: the names it compares `name` with that no node has
    /// but that `lookup` finds (an alias, another case, a near name), so a user learns that
    /// `MATCH (n {name: 'Luzhou'})` finds nothing because Luzhou is one of Quzhou's aliases.
    func nameHints(for statement: String) -> String {
        let pattern = #"name\s*(?::|=)\s*'((?:[^'\\]|\\.)*)'"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return "" }
        let range = NSRange(statement.startIndex..., in: statement)
        var hints: [String] = []
        for match in expression.matches(in: statement, range: range) {
            guard let literal = Range(match.range(at: 1), in: statement) else { continue }
            let name = String(statement[literal])
            guard let found = try? database.execute("CALL lookup($name) YIELD node, matched RETURN node.name, matched LIMIT 3",
                                                    parameters: ["name": .string(name)]),
                  !found.rows.isEmpty else { continue }
            let exact = found.rows.contains { $0[0].stringValue == name }
            if exact { continue }
            let names = found.rows.compactMap { row -> String? in
                guard let canonical = row[0].stringValue else { return nil }
                let matched = row[1].stringValue ?? canonical
                return matched == canonical ? "'\(canonical)'" : "'\(canonical)' (as '\(matched)')"
            }
            hints.append("no node is named '\(name)', but lookup('\(name)') finds \(names.joined(separator: ", "))")
        }
        return hints.map { terminal.styled("hint: " + $0, .yellow) + "\n" }.joined()
    }

    private func render(_ result: ResultSet, elapsed: Duration) -> String {
        var output = ""
        var shown = result
        let capped = (format == .table || format == .vertical) && displayLimit.map { result.rows.count > $0 } == true
        if capped, let limit = displayLimit {
            shown = ResultSet(columns: result.columns, rows: Array(result.rows.prefix(limit)), plan: result.plan)
        }
        if !result.columns.isEmpty { output += format.render(shown, terminal: terminal) }
        if let plan = result.plan, !plan.isEmpty, result.columns != ["plan"] { output += plan + "\n" }
        for notice in result.notices { output += terminal.styled("notice: " + notice, .yellow) + "\n" }
        if format == .table || capped {
            var rows = result.rows.count == 1 ? "1 row" : "\(result.rows.count) rows"
            if capped {
                rows += ", the first \(shown.rows.count) shown (:rows all shows every one, :pager on pages them,"
                    + " :export FILE writes them)"
            }
            let time = timing ? " (\(elapsed.displayText))" : ""
            output += terminal.styled(rows + time, .dim) + "\n"
        }
        return output
    }

    /// Marks the session finished (`:quit`).
    func finish() { finished = true }

    /// The banner shown when the REPL starts.
    func banner(loaded: String) -> String {
        """
        \(terminal.styled("ChainGraph \(ChainGraphVersion.current)", .bold)) — \(loaded)
        End statements with ';'. :help for commands, Tab completes, Ctrl-C cancels, Ctrl-D quits.
        Try:
          CALL downstream('acrylonitrile', ['FEEDS']) YIELD node, depth RETURN node.name, depth ORDER BY depth;
          MATCH p = (:Material {name: 'industrial silicon'})-[:FEEDS*]->(:Material {name: 'information materials'}) RETURN [n IN nodes(p) | n.name] AS chain;
          CALL lookup('Luzhou') YIELD node, matched RETURN node.name, labels(node), matched;

        """
    }
}

/// Holds the cancellation handle of the running statement, for the Ctrl-C handler.
final class CancellationSlot: @unchecked Sendable {
    private let lock = NSLock()
    private var handle: CancellationHandle?

    func set(_ handle: CancellationHandle?) { lock.withLock { self.handle = handle } }

    /// Cancels the running statement; false when none runs.
    func cancel() -> Bool {
        lock.withLock {
            guard let handle else { return false }
            handle.cancel()
            return true
        }
    }
}
