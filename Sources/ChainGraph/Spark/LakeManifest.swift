import Foundation

/// Spark: what `chaingraph spark ingest` wrote into a lake, read from its `lake.json` — the
/// node and edge property columns with their Spark SQL types, the label sets and edge types
/// with their counts, and whether node ids are the source's (docs/scale-out.md).
public struct LakeManifest: Decodable, Sendable {
    /// The nodes table's description.
    public struct Nodes: Decodable, Sendable {
        /// How many nodes the lake holds.
        public var count: Int
        /// Each label set (labels sorted and joined by `:`; the table's partition) and its node count.
        public var labelSets: [String: Int]
        /// Each property column and its Spark SQL type (`bigint`, `double`, `string`, `array<bigint>`…).
        public var properties: [String: String]
    }

    /// The edges table's description.
    public struct Edges: Decodable, Sendable {
        /// How many edges the lake holds.
        public var count: Int
        /// Each edge type (the table's partition) and its edge count.
        public var types: [String: Int]
        /// Each property column and its Spark SQL type.
        public var properties: [String: String]
    }

    /// `chaingraph-lake`.
    public var format: String
    /// The layout's version (1).
    public var version: Int
    /// `source` when node ids are the CSV's own integer ids (ChainGraph's export), `assigned` otherwise.
    public var ids: String
    /// The nodes table.
    public var nodes: Nodes
    /// The edges table.
    public var edges: Edges
    /// The edge types the supply-chain procedures follow when a call names none (empty: all types).
    public var flowTypes: [String]

    /// The node property names, sorted: a property's column number in the translator's views.
    var nodePropertyNames: [String] { nodes.properties.keys.sorted() }
    /// The edge property names, sorted.
    var edgePropertyNames: [String] { edges.properties.keys.sorted() }

    /// Reads `lake.json` in `directory`.
    public static func read(lake directory: String) throws -> LakeManifest {
        let path = directory + "/lake.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ChainGraphError(.ioError, .cannotOpenFile,
                                  "'\(path)' cannot be read: is '\(directory)' a lake made by `chaingraph spark ingest`?")
        }
        let manifest: LakeManifest
        do { manifest = try JSONDecoder().decode(LakeManifest.self, from: data) } catch {
            throw ChainGraphError(.storageError, .invalidLake, "'\(path)' is not a lake description: \(error)")
        }
        guard manifest.format == "chaingraph-lake" else {
            throw ChainGraphError(.storageError, .invalidLake, "'\(path)' has format '\(manifest.format)', not chaingraph-lake")
        }
        guard manifest.version == 1 else {
            throw ChainGraphError(.storageError, .invalidLake,
                                  "'\(path)' is lake layout version \(manifest.version); this ChainGraph reads version 1")
        }
        return manifest
    }

    /// The label sets (partitions) that hold every label of `labels`.
    func labelSets(holding labels: [String]) -> [String] {
        labelSets(where: { set in labels.allSatisfy(set.contains) })
    }

    /// The label sets whose labels satisfy `test`, sorted.
    func labelSets(where test: (Set<String>) -> Bool) -> [String] {
        nodes.labelSets.keys.filter { test(Set($0.split(separator: ":").map(String.init))) }.sorted()
    }

    /// The Spark SQL type of a node property, nil when no node has it.
    func nodePropertyType(_ name: String) -> String? { nodes.properties[name] }
    /// The Spark SQL type of an edge property, nil when no edge has it.
    func edgePropertyType(_ name: String) -> String? { edges.properties[name] }
}
