/// Splits a script into statements at `;` outside strings, backtick names and comments,
/// without parsing them: what a REPL needs to know whether the user has finished typing
/// a statement, and what `chaingraph query -f` needs to run a file statement by statement.
///
/// ```swift
/// let split = StatementSplitter.split("MATCH (n)\nRETURN n; CREATE (:A")
/// split.statements.map(\.text)   // ["MATCH (n)\nRETURN n"]
/// split.remainder                // " CREATE (:A"
/// ```
public enum StatementSplitter {
    /// The former name of ``ScriptStatement``.
    @available(*, deprecated, renamed: "ScriptStatement")
    public typealias Statement = ScriptStatement

    /// One complete statement of a script.
    public struct ScriptStatement: Hashable, Sendable {
        /// The statement's text, without its `;`.
        public var text: String
        /// The line of the script its first character is on, counting from 1.
        public var line: Int
        /// The column of that line its first character is at, counting from 1 (after the
        /// `;` of a statement before it on the same line).
        public var column: Int

        /// Creates a statement.
        public init(text: String, line: Int, column: Int = 1) {
            self.text = text
            self.line = line
            self.column = column
        }

        /// A position in the statement's own text (line 1 column 1 its first character)
        /// moved to where it is in the script.
        public func positionInScript(_ position: SourcePosition) -> SourcePosition {
            var moved = position
            // The statement's first line may start after another statement's `;`.
            if moved.line == 1 { moved.column += column - 1 }
            moved.line += line - 1
            return moved
        }
    }

    /// The complete statements of `script` and the unfinished text after the last `;`.
    /// Statements that are empty or only comments are left out.
    public static func split(_ script: String) -> (statements: [ScriptStatement], remainder: String) {
        let scanned = scan(script)
        return (scanned.statements, scanned.remainder.text)
    }

    /// Every statement of a whole script, the text after its last `;` included as one more
    /// when it is not blank (a script file need not end with `;`).
    public static func statements(ofScript script: String) -> [ScriptStatement] {
        let scanned = scan(script)
        return scanned.statements + (isBlank(scanned.remainder.text) ? [] : [scanned.remainder])
    }

    /// Whether `text` ends inside a string, a backtick name or a block comment — where a
    /// line that looks like a `:` command is text, not a command.
    public static func endsInsideLiteral(_ text: String) -> Bool { scan(text).open }

    private static func scan(_ script: String) -> (statements: [ScriptStatement], remainder: ScriptStatement, open: Bool) {
        var statements: [ScriptStatement] = []
        var current = ""
        var currentLine = 1, line = 1
        var currentColumn = 1, lastNewline = -1
        var quote: Character?
        var inLineComment = false, inBlockComment = false
        var previous: Character?
        var iterator = Array(script)
        var index = 0
        func finish() {
            if !isBlank(current) {
                statements.append(ScriptStatement(text: current, line: currentLine, column: currentColumn))
            }
            current = ""
            currentLine = line
            currentColumn = index - lastNewline
        }
        while index < iterator.count {
            let character = iterator[index]
            index += 1
            if character == "\n" { line += 1; lastNewline = index - 1 }
            if inLineComment {
                if character == "\n" { inLineComment = false }
                current.append(character)
            } else if inBlockComment {
                if previous == "*" && character == "/" { inBlockComment = false; previous = nil; current.append(character); continue }
                current.append(character)
            } else if let open = quote {
                current.append(character)
                if character == "\\" && open != "`" && index < iterator.count {
                    let escaped = iterator[index]
                    index += 1
                    if escaped == "\n" { line += 1; lastNewline = index - 1 }
                    current.append(escaped)
                    previous = nil
                    continue
                }
                if character == open { quote = nil }
            } else {
                switch character {
                case ";":
                    finish()
                    previous = nil
                    continue
                case "'", "\"", "`": quote = character
                case "/" where previous == "/": inLineComment = true
                case "*" where previous == "/": inBlockComment = true; previous = nil; current.append(character); continue
                default: break
                }
                current.append(character)
            }
            previous = character
        }
        iterator.removeAll()
        return (statements, ScriptStatement(text: current, line: currentLine, column: currentColumn),
                quote != nil || inBlockComment)
    }

    /// Whether `text` holds nothing but white space and comments.
    public static func isBlank(_ text: String) -> Bool {
        var stripped = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("//") {
                index = text[index...].firstIndex(of: "\n") ?? text.endIndex
            } else if text[index...].hasPrefix("/*") {
                let rest = text[text.index(index, offsetBy: 2)...]
                index = rest.range(of: "*/")?.upperBound ?? text.endIndex
            } else {
                stripped.append(text[index])
                index = text.index(after: index)
            }
        }
        return stripped.allSatisfy(\.isWhitespace)
    }
}
