import Foundation

/// Which files the statements of a database may name — `EXPORT … TO`, `IMPORT … FROM`,
/// `COPY … FROM` — set by ``DatabaseConfiguration/fileAccess``.
///
/// The policy governs paths written inside statements, which may come from whoever writes
/// the query. Paths the host program passes to the Swift API (``GraphDatabase/exportGraphML(to:options:)``,
/// ``GraphDatabase/importCSV(directory:options:)``, …) are the program's own choice and are
/// not checked; the `chaingraph` command treats the paths its user types the same way.
///
/// ```swift
/// var configuration = DatabaseConfiguration()
/// configuration.fileAccess = .directory(URL(fileURLWithPath: "/srv/exports"))
/// let db = GraphDatabase(configuration: configuration)
/// try db.execute("EXPORT GRAPHML TO 'chain.graphml'")      // writes /srv/exports/chain.graphml
/// try db.execute("EXPORT GRAPHML TO '/etc/chain.graphml'") // SecurityError (FileAccessDenied)
/// ```
public enum FileAccess: Sendable, Hashable {
    /// Statements may not name files (the library's default).
    case none
    /// Statements may name files inside this directory: relative paths are resolved against
    /// it, symbolic links are followed, and a path that ends outside it is refused.
    case directory(URL)
    /// Statements may name any file the process can reach (relative to the working directory).
    case unrestricted

    /// What a statement does with a file.
    enum Use {
        case read, write
    }

    /// The path a statement may use for `path`, or `SecurityError (FileAccessDenied)` at `position`.
    func resolve(_ path: String, for use: Use, at position: SourcePosition?) throws -> String {
        switch self {
        case .unrestricted:
            return path
        case .none:
            throw Self.denied("statements may not name files here (the database's file access is none); "
                              + "the program can export and import through its API, or allow a directory", at: position)
        case .directory(let url):
            guard let root = Self.realPath(url.path) else {
                throw Self.denied("the directory statements may use, '\(url.path)', does not exist", at: position)
            }
            let joined = path.hasPrefix("/") ? path : root + "/" + path
            let resolved: String
            if let real = Self.realPath(joined) {
                resolved = real
            } else if use == .write, let parent = Self.realPath(URL(fileURLWithPath: joined).deletingLastPathComponent().path) {
                resolved = parent + "/" + URL(fileURLWithPath: joined).lastPathComponent
            } else {
                // A file that does not exist is reported as missing only when it would be allowed.
                let parent = URL(fileURLWithPath: joined).standardized.deletingLastPathComponent().path
                guard let realParent = Self.realPath(parent), Self.isInside(realParent, root) else {
                    throw Self.denied("'\(path)' is outside the directory statements may use", at: position)
                }
                return realParent + "/" + URL(fileURLWithPath: joined).lastPathComponent
            }
            guard Self.isInside(resolved, root) else {
                throw Self.denied("'\(path)' is outside the directory statements may use", at: position)
            }
            return resolved
        }
    }

    private static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func denied(_ message: String, at position: SourcePosition?) -> ChainGraphError {
        ChainGraphError(.securityError, .fileAccessDenied, message, at: position, phase: .runtime)
    }
}
