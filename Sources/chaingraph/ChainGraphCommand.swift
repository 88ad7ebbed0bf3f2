import ArgumentParser
import ChainGraph

/// The `chaingraph` command: the entry point of the command-line tool.
@main
struct ChainGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chaingraph",
        abstract: "ChainGraph: an embedded graph database for industrial supply chains.",
        version: ChainGraphVersion.current,
        subcommands: [TCKCommand.self])
}
