import ChainGraph
import Foundation

/// The REPL's `:why NAME`: where the facts about a node come from. For the node found by
/// `lookup(NAME)` and each relationship leaving it, every entry of `provenance(x)` is
/// printed with the sentence of the article it points at, when the article is at hand, or
/// as its locator (`file:line [start-end]`) when it is not.
enum WhyCommand {
    /// Where the articles are looked for: `$CHAINGRAPH_ARTICLES`, then `../shared/seeds`
    /// beside the working directory, then beside the repository this binary was built from.
    static func articleFolders(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var folders: [URL] = []
        if let explicit = environment["CHAINGRAPH_ARTICLES"] { folders.append(URL(fileURLWithPath: explicit)) }
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        folders.append(workingDirectory.appendingPathComponent("../shared/seeds").standardized)
        if let seeds = SeedGraph.repositorySeeds {
            folders.append(seeds.deletingLastPathComponent().appendingPathComponent("../shared/seeds").standardized)
        }
        return folders
    }

    /// Runs `:why` for `name`; returns what to print.
    static func run(_ name: String, in session: REPLSession, folders: [URL] = articleFolders()) -> String {
        guard !name.isEmpty else { return "usage: :why NAME   (a node's name or alias, e.g. :why acrylonitrile)\n" }
        do {
            let nodes = try session.database.execute(
                "CALL lookup($name) YIELD node RETURN node.name, labels(node), provenance(node)", parameters: ["name": .string(name)])
            guard !nodes.rows.isEmpty else {
                return "no node is named '\(name)' (nor has it as an alias); :why takes a name as lookup() does\n"
            }
            let edges = try session.database.execute(
                "CALL lookup($name) YIELD node MATCH (node)-[r]->(other) RETURN type(r), other.name, provenance(r) ORDER BY type(r), other.name",
                parameters: ["name": .string(name)])
            var output = ""
            for row in nodes.rows {
                let labels = row[1].listValue?.compactMap(\.stringValue).map { ":" + $0 }.joined() ?? ""
                output += session.terminal.styled("(\(row[0].stringValue ?? "?")\(labels))", .bold) + "\n"
                output += entries(row[2], folders: folders)
            }
            for row in edges.rows {
                output += session.terminal.styled("-[:\(row[0].stringValue ?? "?")]->(\(row[1].stringValue ?? "?"))", .bold) + "\n"
                output += entries(row[2], folders: folders)
            }
            return output
        } catch {
            return ErrorRenderer(terminal: session.terminal).render(error, statement: nil)
        }
    }

    /// The lines of one element's `provenance()` list.
    static func entries(_ provenance: Value, folders: [URL]) -> String {
        let maps = provenance.listValue?.compactMap(\.mapValue) ?? []
        if maps.isEmpty { return "    no provenance recorded\n" }
        var output = ""
        for entry in maps {
            let source = entry["source"]?.stringValue ?? "?"
            let line = entry["line"]?.intValue
            var locator = source + (line.map { ":\($0)" } ?? "")
            guard let start = entry["start"]?.intValue, let end = entry["end"]?.intValue else {
                output += "    \(locator)\n"
                continue
            }
            locator += " [\(start)-\(end)]"
            if let text = sentence(in: source, from: start, to: end, folders: folders) {
                output += "    \(locator)\n      \(text)\n"
            } else {
                output += "    \(locator) (article not at hand)\n"
            }
        }
        return output
    }

    /// The text of bytes `start..<end` of `file` in the first folder that has it.
    static func sentence(in file: String, from start: Int64, to end: Int64, folders: [URL]) -> String? {
        guard !file.contains("/"), start >= 0, end >= start else { return nil }
        for folder in folders {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { continue }
            guard end <= Int64(data.count) else { return nil }
            let bytes = data.subdata(in: Int(start)..<Int(end))
            return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        return nil
    }
}
