import Foundation

/// What the command knows about where its output goes: a terminal or a pipe, and
/// whether colour is wanted (never when `NO_COLOR` is set or output is not a terminal).
struct Terminal: Sendable {
    /// Whether standard input is a terminal (the REPL) or a pipe (a script).
    var inputIsTerminal: Bool
    /// Whether standard output is a terminal.
    var outputIsTerminal: Bool
    /// Whether to colour output.
    var usesColour: Bool
    /// The width of the terminal in columns (80 when unknown).
    var width: Int
    /// The height of the terminal in lines (24 when unknown).
    var height: Int = 24

    /// The facts of the running process.
    static var current: Terminal {
        let output = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        let width = output && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let height = output && size.ws_row > 0 ? Int(size.ws_row) : 24
        return Terminal(inputIsTerminal: isatty(STDIN_FILENO) == 1, outputIsTerminal: output,
                        usesColour: output && !noColour, width: width, height: height)
    }

    /// A plain terminal for tests and pipes.
    static let plain = Terminal(inputIsTerminal: false, outputIsTerminal: false, usesColour: false, width: 80)

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    /// `text` in `style` when colour is on.
    func styled(_ text: String, _ style: Style) -> String {
        usesColour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    // Results printed so far go out first, so a pipe shows them before the error.
    fflush(nil)
    writeStandardError(text.hasSuffix("\n") ? text : text + "\n")
}

/// Writes to standard error, ignoring failures (a closed pipe, a full disk): unlike
/// `FileHandle.write`, which stops the process when the write fails.
func writeStandardError(_ text: String) {
    writeAll(text, to: STDERR_FILENO)
}

/// Writes all of `text` to the file descriptor, retrying interrupted writes; stops quietly
/// at the first failure (a closed pipe, a full disk).
func writeAll(_ text: String, to descriptor: Int32) {
    writeAll(Array(text.utf8), to: descriptor)
}

/// Writes all of `bytes` to the file descriptor, retrying interrupted writes; false when
/// a write failed (a closed pipe, a full disk) and the rest was not written.
@discardableResult
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var rest = bytes[...]
    while !rest.isEmpty {
        let written = rest.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return false }
        rest = rest.dropFirst(written)
    }
    return true
}
