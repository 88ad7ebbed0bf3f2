import ArgumentParser
import ChainGraph
import Foundation

/// The seed industrial graph: the scripts in `seeds/` (schema first, then one per article).
enum SeedGraph {
    /// The `seeds/` folder: `$CHAINGRAPH_SEEDS`, else the repository the binary was built in.
    static var folder: URL? {
        if let explicit = ProcessInfo.processInfo.environment["CHAINGRAPH_SEEDS"] {
            return URL(fileURLWithPath: explicit)
        }
        var candidate = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let seeds = candidate.appendingPathComponent("seeds")
            if FileManager.default.fileExists(atPath: seeds.appendingPathComponent("schema.cypher").path) { return seeds }
            candidate.deleteLastPathComponent()
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
        return FileManager.default.fileExists(atPath: source.appendingPathComponent("schema.cypher").path) ? source : nil
    }

    /// The seed scripts in load order: `schema.cypher`, then the others by name.
    static func scripts(in folder: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".cypher") }
        return names.sorted { ($0 == "schema.cypher" ? "" : $0) < ($1 == "schema.cypher" ? "" : $1) }
            .map { folder.appendingPathComponent($0) }
    }

    /// Loads every seed script; returns a phrase for the banner.
    static func load(into db: GraphDatabase) -> String {
        guard let folder else { return "no seed graph found (set CHAINGRAPH_SEEDS to a seeds/ folder)" }
        do {
            let scripts = try scripts(in: folder)
            for script in scripts {
                try db.executeScript(try String(contentsOf: script, encoding: .utf8), file: script.lastPathComponent)
            }
            let snapshot = try db.snapshot
            return "seed graph: \(snapshot.nodeCount) nodes, \(snapshot.edgeCount) edges from \(scripts.count) scripts"
        } catch {
            return "the seed graph failed to load: \(error)"
        }
    }
}

/// `chaingraph build-seeds`: loads `seeds/` and writes `Graphs/` (GraphML and pictures).
struct BuildSeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-seeds",
        abstract: "Load the seed scripts and write Graphs/: GraphML (plain and yEd), DOT, and SVG when Graphviz is installed.",
        discussion: "Exit status: 0 on success, 1 when a script failed, 2 for bad arguments.")

    @Option(help: "The seeds folder (default: the repository's seeds/).")
    var seeds: String?

    @Option(help: "Where to write the graphs (default: Graphs/ next to seeds/).")
    var output: String?

    func run() throws {
        guard let folder = seeds.map(URL.init(fileURLWithPath:)) ?? SeedGraph.folder else {
            throw ValidationErrorMessage("no seeds folder found; pass --seeds DIR")
        }
        let target = output.map(URL.init(fileURLWithPath:)) ?? folder.deletingLastPathComponent().appendingPathComponent("Graphs")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let db = GraphDatabase()
        let scripts = try SeedGraph.scripts(in: folder)
        for script in scripts {
            let text = try String(contentsOf: script, encoding: .utf8)
            do {
                let results = try db.executeScript(text, file: script.lastPathComponent)
                let created = results.compactMap { $0.columns.contains("nodesCreated") ? $0.rows.first?[0].intValue : nil }.reduce(0, +)
                print("\(script.lastPathComponent): \(results.count) statements" + (created > 0 ? ", \(created) chain nodes created" : ""))
            } catch {
                printError(ErrorRenderer(terminal: .current).render(error, statement: nil))
                throw ExitCode(1)
            }
        }
        try writeGraphs(db, scripts: scripts, to: target)
    }

    private func writeGraphs(_ db: GraphDatabase, scripts: [URL], to target: URL) throws {
        var outputs: [(String, GraphSelection.Scope)] = [("seed-graph", .wholeGraph)]
        for script in scripts where script.lastPathComponent != "schema.cypher" {
            let stem = script.deletingPathExtension().lastPathComponent
            let query = "MATCH (n) WHERE n.source = $source OPTIONAL MATCH (n)-[r]->(m) WHERE r.source = $source RETURN n, r, m"
            outputs.append((stem, .query(query, parameters: ["source": .string(stem + ".md")])))
        }
        let hasGraphviz = FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
        for (name, scope) in outputs {
            let base = target.appendingPathComponent(name).path
            let summary = try db.exportGraphML(to: base + ".graphml", options: GraphExportOptions(scope: scope))
            try db.exportGraphML(to: base + ".yed.graphml", options: GraphExportOptions(profile: .yed, scope: scope))
            try db.exportDOT(to: base + ".dot", options: GraphExportOptions(scope: scope))
            var pictures = ""
            if hasGraphviz {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
                process.arguments = ["-Tsvg", base + ".dot", "-o", base + ".svg"]
                try process.run()
                process.waitUntilExit()
                pictures = process.terminationStatus == 0 ? ", .svg" : " (dot failed)"
            }
            print("\(name): \(summary.nodes) nodes, \(summary.edges) edges → .graphml, .yed.graphml, .dot\(pictures)")
        }
    }
}
