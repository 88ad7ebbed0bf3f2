import ArgumentParser
import ChainGraph
import Foundation

/// The seed industrial graph: the scripts in `seeds/` (schema first, then one per
/// article), bundled into the binary as one resource by `chaingraph build-seeds`.
enum SeedGraph {
    /// The repository's `seeds/` folder, found from this source file (for build-seeds).
    static var repositorySeeds: URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let seeds = root.appendingPathComponent("seeds")
        return FileManager.default.fileExists(atPath: seeds.appendingPathComponent("schema.cypher").path) ? seeds : nil
    }

    /// The seed scripts in load order: `schema.cypher`, then the others by name.
    static func scripts(in folder: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".cypher") }
        return names.sorted { ($0 == "schema.cypher" ? "" : $0) < ($1 == "schema.cypher" ? "" : $1) }
            .map { folder.appendingPathComponent($0) }
    }

    /// All seed scripts as one text, each after a `// seeds/<file>` line: the bundled resource.
    static func bundleText(from folder: URL) throws -> String {
        try scripts(in: folder).map { "// seeds/\($0.lastPathComponent)\n" + (try String(contentsOf: $0, encoding: .utf8)) }
            .joined(separator: "\n")
    }

    /// The seed text: `$CHAINGRAPH_SEEDS` (a seeds folder) when set, else the bundled resource.
    static func text() throws -> String? {
        if let explicit = ProcessInfo.processInfo.environment["CHAINGRAPH_SEEDS"] {
            return try bundleText(from: URL(fileURLWithPath: explicit))
        }
        guard let url = Bundle.module.url(forResource: "seed-graph", withExtension: "cypher") else { return nil }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Loads the seed graph; returns a phrase for the banner.
    static func load(into db: GraphDatabase) -> String {
        do {
            guard let text = try text() else { return "no seed graph bundled" }
            try db.executeScript(text, file: "seed-graph.cypher")
            let snapshot = try db.snapshot
            return "seed graph: \(snapshot.nodeCount) nodes, \(snapshot.edgeCount) edges from the five seed articles"
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

    @Option(help: "Where to write the bundled seed resource (default: Sources/chaingraph/Resources/seed-graph.cypher next to seeds/; 'none' to skip).")
    var resource: String?

    @Flag(help: "Skip the SVG pictures (Graphviz).")
    var noPictures = false

    func run() throws {
        guard let folder = seeds.map(URL.init(fileURLWithPath:)) ?? SeedGraph.repositorySeeds else {
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
        let resourcePath = resource ?? folder.deletingLastPathComponent()
            .appendingPathComponent("Sources/chaingraph/Resources/seed-graph.cypher").path
        if resourcePath != "none" {
            try SeedGraph.bundleText(from: folder).write(toFile: resourcePath, atomically: true, encoding: .utf8)
            print("bundled seed resource: \(resourcePath)")
        }
    }

    private func writeGraphs(_ db: GraphDatabase, scripts: [URL], to target: URL) throws {
        let carbonFiber = """
            MATCH p = (:Material {name: 'acrylonitrile'})-[:FEEDS*]->(:Product {name: 'terminal products'})
            MATCH (:Product {name: 'terminal products'})-[a:APPLIED_IN]->(i)
            RETURN p, a, i
            """
        var outputs: [(String, GraphSelection.Scope)] = [("industrial-chains", .wholeGraph),
                                                         ("carbon-fiber-chain", .query(carbonFiber, parameters: [:]))]
        for script in scripts where script.lastPathComponent != "schema.cypher" {
            let stem = script.deletingPathExtension().lastPathComponent
            let query = "MATCH (n) WHERE $source IN n.sources OPTIONAL MATCH (n)-[r]->(m) WHERE r.source = $source RETURN n, r, m"
            outputs.append((stem, .query(query, parameters: ["source": .string(stem + ".txt")])))
        }
        let hasGraphviz = !noPictures && FileManager.default.isExecutableFile(atPath: "/usr/bin/dot")
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
