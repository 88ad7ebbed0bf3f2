import ArgumentParser
import ChainGraphTCK
import Foundation

/// `chaingraph tck DIR`: runs openCypher TCK feature files and prints the conformance table.
struct TCKCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tck",
        abstract: "Run openCypher TCK .feature files against fresh in-memory databases.",
        discussion: "Exit status: 0 when every scenario passed or was skipped, 1 when any failed, 2 for bad arguments.")

    @Argument(help: "A folder of .feature files (searched recursively).")
    var directory: String

    @Option(help: "Also write the Markdown report to this file.")
    var report: String?

    @Flag(help: "Print each failing scenario and why it failed.")
    var failures = false

    func run() throws {
        let results = try TCKRunner.run(directory: URL(fileURLWithPath: directory))
        let summary = ConformanceReport(results: results)
        print(summary.table)
        if failures {
            for result in results {
                if case .failed(let why) = result.outcome { print("FAIL \(result.feature) \(result.scenario): \(why)") }
            }
        }
        print(summary.closingLine)
        if let report { try summary.markdown.write(toFile: report, atomically: true, encoding: .utf8) }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
