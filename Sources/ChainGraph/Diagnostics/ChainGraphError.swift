import Foundation

/// Diagnostics: the one error shape every part of ChainGraph throws.
///
/// An error has a ``Kind`` (the openCypher error classes plus storage and I/O
/// classes), a detail ``code`` naming the precise problem (`DuplicatePrimaryKey`,
/// `UndefinedVariable`, …), an optional ``position`` in the text the user wrote,
/// and a human message. It renders as
/// `ConstraintError (DuplicatePrimaryKey) at 3:7: Material 'acrylonitrile' already exists`.
public struct ChainGraphError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The class of an error.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The text is not well formed (query syntax, XML syntax, CSV quoting).
        case syntaxError = "SyntaxError"
        /// The text is well formed but means nothing valid (undefined variable, unknown type).
        case semanticError = "SemanticError"
        /// A value has the wrong type for an operation or a property.
        case typeError = "TypeError"
        /// An argument is out of its allowed range.
        case argumentError = "ArgumentError"
        /// A write would break the schema or a uniqueness rule.
        case constraintError = "ConstraintError"
        /// A node or edge that was named does not exist (or was deleted).
        case entityNotFound = "EntityNotFound"
        /// The database file is not usable: wrong format, newer version, locked, corrupt.
        case storageError = "StorageError"
        /// Reading or writing a file or stream failed.
        case ioError = "IOError"
        /// A query ran past a configured limit or was cancelled.
        case limitExceeded = "LimitExceeded"
        /// A statement named a file the database's file-access policy does not allow.
        case securityError = "SecurityError"
    }

    /// When an error was found: before running anything, or while running.
    public enum Phase: String, Hashable, Sendable {
        /// Found while reading or checking the text, before any effect.
        case compileTime = "compile time"
        /// Found while executing.
        case runtime = "runtime"
    }

    /// The class of the error.
    public var kind: Kind
    /// The precise problem.
    public var detail: ErrorCode
    /// The precise problem's name, in UpperCamelCase (``detail``'s raw value).
    public var code: String { detail.rawValue }
    /// Where in the user's text the problem is, when it comes from text.
    public var position: SourcePosition?
    /// When the error was found.
    public var phase: Phase
    /// A sentence for a person, naming the type, property or value concerned.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, _ detail: ErrorCode, _ message: String,
                at position: SourcePosition? = nil, phase: Phase = .runtime) {
        self.kind = kind
        self.detail = detail
        self.message = message
        self.position = position
        self.phase = phase
    }

    /// `Kind (Code) at line:column: message`.
    public var description: String {
        var text = "\(kind.rawValue) (\(code))"
        if let position { text += " at \(position)" }
        return text + ": " + message
    }
}

extension ChainGraphError {
    static func constraint(_ code: ErrorCode, _ message: String) -> ChainGraphError {
        ChainGraphError(.constraintError, code, message)
    }

    static func storage(_ code: ErrorCode, _ message: String) -> ChainGraphError {
        ChainGraphError(.storageError, code, message)
    }

    static func type(_ code: ErrorCode, _ message: String) -> ChainGraphError {
        ChainGraphError(.typeError, code, message)
    }

    static func notFound(_ code: ErrorCode, _ message: String) -> ChainGraphError {
        ChainGraphError(.entityNotFound, code, message)
    }
}

extension ChainGraphError: LocalizedError {
    /// The same text as ``description`` (`Kind (Code) at line:column: message`), so
    /// `error.localizedDescription` says what went wrong instead of "The operation could not
    /// be completed".
    public var errorDescription: String? { description }
}
