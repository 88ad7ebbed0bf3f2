import ArgumentParser
import ChainGraph
import Foundation

/// How a command opens its database: read-only or for writing (waiting for another writer
/// or not), and which files its statements may name.
struct DatabaseOptions: ParsableArguments {
    @Flag(name: .customLong("read-only"),
          help: "Open the database read-only: no lock is taken, so writers elsewhere go on; writes are refused.")
    var readOnly = false

    @Option(name: .customLong("wait"), help: "Wait up to this many seconds for another writer to close the database.")
    var wait: Double?

    @Option(name: .customLong("allow-files"),
            help: "Which files statements (EXPORT, IMPORT, COPY) may name: a directory, 'any' or 'none' (default: the current directory).")
    var allowFiles = "."

    /// The configuration these options ask for.
    func configuration() throws -> DatabaseConfiguration {
        var configuration = DatabaseConfiguration(readOnly: readOnly)
        switch allowFiles {
        case "any": configuration.fileAccess = .unrestricted
        case "none": configuration.fileAccess = .none
        default:
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: allowFiles, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationErrorMessage("--allow-files takes a directory, 'any' or 'none'; there is no directory '\(allowFiles)'")
            }
            configuration.fileAccess = .directory(URL(fileURLWithPath: allowFiles))
        }
        if let wait {
            guard let limit = timeLimit(seconds: wait) else { throw ValidationErrorMessage("--wait takes a positive number of seconds") }
            configuration.busyTimeout = limit
        }
        return configuration
    }
}

/// Opens the database a command names, or an in-memory one; prints what the open set aside.
func openDatabase(_ path: String?, configuration: DatabaseConfiguration = DatabaseConfiguration(fileAccess: .directory(
    URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))) throws -> GraphDatabase {
    guard let path else { return GraphDatabase(configuration: configuration) }
    let database = try GraphDatabase(path: path, configuration: configuration)
    for warning in database.openWarnings { printError("warning: \(warning)") }
    return database
}

/// Limits of what a command runs: the statements of `query`, an import, an export.
struct LimitOptions: ParsableArguments {
    @Option(help: "Stop a statement (an import, an export) that runs longer than this many seconds.")
    var timeout: Double?

    @Option(name: .customLong("max-rows"), help: "The most rows a statement may hold, or records an import may create (default 10000000).")
    var maximumRows: Int?

    @Option(name: .customLong("max-memory"),
            help: "How many MiB the process may grow while a statement runs (default: a quarter of physical memory; 0 for no limit).")
    var maximumMemory: Int?

    /// The limits the options ask for.
    func queryOptions() throws -> QueryOptions {
        var options = QueryOptions()
        if let timeout {
            guard let limit = timeLimit(seconds: timeout) else { throw ValidationErrorMessage("--timeout takes a positive number of seconds") }
            options.timeout = limit
        }
        if let maximumRows {
            guard maximumRows > 0 else { throw ValidationErrorMessage("--max-rows takes a positive number") }
            options.maximumRows = maximumRows
        }
        if let maximumMemory {
            guard maximumMemory >= 0, maximumMemory < Int.max >> 20 else {
                throw ValidationErrorMessage("--max-memory takes a number of MiB (0 for no limit)")
            }
            options.maximumMemory = maximumMemory == 0 ? nil : maximumMemory << 20
        }
        return options
    }
}
