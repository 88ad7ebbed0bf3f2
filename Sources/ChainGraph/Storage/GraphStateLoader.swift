import Foundation
import GRDB

/// Builds a ``GraphState`` from the tables of a ChainGraph file: records into paged
/// arrays, adjacency as CSR in one pass per edge type, and the primary-key index.
/// Anything inconsistent (a row or summary whose ``RecordChecksum`` does not match, a
/// missing row, an edge to a missing node, an id past the counters, a damaged record) is
/// reported as `StorageError (CorruptDatabase)` rather than loaded.
enum GraphStateLoader {
    static func load(from db: Database) throws -> GraphState {
        var state = GraphState()
        let summary = try StoredSummary.read(db)
        let nextNodeID = try checkCounter(summary.nextNodeID, "next_node_id", table: "cg_node", db)
        let nextEdgeID = try checkCounter(summary.nextEdgeID, "next_edge_id", table: "cg_edge", db)
        if let schemaJSON = summary.schema {
            do {
                state.schema = try JSONDecoder().decode(GraphSchema.self, from: Data(schemaJSON.utf8))
            } catch {
                throw corrupt("the stored schema cannot be read (\(error))")
            }
        }

        // Nodes of one type share their label bytes: the last blob and its symbols are kept.
        var lastLabels: (bytes: Data, symbols: [Int32])?
        let nodeRows = try GRDB.Row.fetchCursor(db, sql: "SELECT id, labels, properties, source, line, checksum FROM cg_node ORDER BY id")
        while let row = try nodeRows.next() {
            let id = try integer(row, 0, "a node id")
            guard id >= state.nextNodeID, id < nextNodeID else { throw corrupt("node id \(id) is out of order or past the counter") }
            while state.nextNodeID < id { state.nodes.append(nil) }
            let labelBytes = try blob(row, 1, "node \(id)'s labels"), propertyBytes = try blob(row, 2, "node \(id)'s properties")
            let provenance = try provenance(row, 3, "node \(id)")
            guard RecordChecksum.node(id: id, labels: labelBytes, properties: propertyBytes, source: provenance.source,
                                      line: provenance.line) == Int64.fromDatabaseValue(row[5] as DatabaseValue) else {
                throw corrupt("node \(id)'s record does not match its checksum")
            }
            let labels: [Int32]
            if let lastLabels, lastLabels.bytes == labelBytes {
                labels = lastLabels.symbols
            } else {
                labels = try ValueCodec.decodeLabels(labelBytes).map { state.labels.intern($0) }.sorted()
                lastLabels = (labelBytes, labels)
            }
            let properties = state.intern(try ValueCodec.decodeProperties(propertyBytes))
            state.nodes.append(state.sharing.sharing(NodeRecord(labels: labels, properties: properties, provenance: provenance)))
            state.nodeCount += 1
        }
        state.nodes.reserve(Int(nextNodeID))

        var outgoingPairs: [[(node: UInt32, entry: AdjacencyEntry)]] = []
        var incomingPairs: [[(node: UInt32, entry: AdjacencyEntry)]] = []
        var lastType: (name: String, symbol: Int32)?
        let edgeRows = try GRDB.Row.fetchCursor(db, sql: """
            SELECT id, type, source_node, target_node, properties, source, line, checksum FROM cg_edge ORDER BY id
            """)
        while let row = try edgeRows.next() {
            let id = try integer(row, 0, "an edge id")
            let from = try integer(row, 2, "edge \(id)'s source"), to = try integer(row, 3, "edge \(id)'s target")
            let typeName = try text(row, 1, "edge \(id)'s type"), propertyBytes = try blob(row, 4, "edge \(id)'s properties")
            let provenance = try provenance(row, 5, "edge \(id)")
            guard RecordChecksum.edge(id: id, type: typeName, from: from, to: to, properties: propertyBytes,
                                      source: provenance.source, line: provenance.line)
                    == Int64.fromDatabaseValue(row[7] as DatabaseValue) else {
                throw corrupt("edge \(id)'s record does not match its checksum")
            }
            guard id >= state.nextEdgeID, id < nextEdgeID else { throw corrupt("edge id \(id) is out of order or past the counter") }
            guard state.isNodeAlive(from), state.isNodeAlive(to) else {
                throw corrupt("edge \(id) joins node \(from) to node \(to), and one of them does not exist")
            }
            while state.nextEdgeID < id { state.edges.append(nil) }
            let type: Int32
            if let lastType, lastType.name == typeName {
                type = lastType.symbol
            } else {
                type = state.edgeTypes.intern(typeName)
                lastType = (typeName, type)
            }
            while outgoingPairs.count <= Int(type) {
                outgoingPairs.append([])
                incomingPairs.append([])
            }
            outgoingPairs[Int(type)].append((UInt32(from), AdjacencyEntry(neighbor: UInt32(to), edge: UInt32(id))))
            incomingPairs[Int(type)].append((UInt32(to), AdjacencyEntry(neighbor: UInt32(from), edge: UInt32(id))))
            let properties = state.intern(try ValueCodec.decodeProperties(propertyBytes))
            state.edges.append(EdgeRecord(type: type, from: from, to: to, properties: properties, provenance: provenance))
            state.edgeCount += 1
        }
        state.edges.reserve(Int(nextEdgeID))

        let capacity = Int(nextNodeID)
        state.outgoing = outgoingPairs.map { AdjacencyList(nodeCapacity: capacity, pairs: $0, nextEdgeID: nextEdgeID) }
        state.incoming = incomingPairs.map { AdjacencyList(nodeCapacity: capacity, pairs: $0, nextEdgeID: nextEdgeID) }

        try state.buildPrimaryKeyBase()
        return state
    }

    // Columns are read through DatabaseValue so that a damaged cell (NULL, or the wrong
    // type) is a CorruptDatabase error, never GRDB's fatal conversion error.

    private static func integer(_ row: GRDB.Row, _ index: Int, _ what: String) throws -> Int64 {
        guard let value = Int64.fromDatabaseValue(row[index] as DatabaseValue) else { throw corrupt("\(what) is not an integer") }
        return value
    }

    private static func text(_ row: GRDB.Row, _ index: Int, _ what: String) throws -> String {
        guard let value = String.fromDatabaseValue(row[index] as DatabaseValue) else { throw corrupt("\(what) is not text") }
        return value
    }

    private static func blob(_ row: GRDB.Row, _ index: Int, _ what: String) throws -> Data {
        guard let value = Data.fromDatabaseValue(row[index] as DatabaseValue) else { throw corrupt("\(what) is not a blob") }
        return value
    }

    private static func provenance(_ row: GRDB.Row, _ index: Int, _ what: String) throws -> Provenance {
        let source = row[index] as DatabaseValue, line = row[index + 1] as DatabaseValue
        guard source.isNull || String.fromDatabaseValue(source) != nil, line.isNull || Int64.fromDatabaseValue(line) != nil else {
            throw corrupt("\(what)'s provenance is damaged")
        }
        return Provenance(source: String.fromDatabaseValue(source), line: Int64.fromDatabaseValue(line))
    }

    /// A stored id counter, checked against the table's largest id: it may run past it
    /// (deleted elements keep their ids) but not absurdly, which would only be damage.
    private static func checkCounter(_ value: Int64, _ key: String, table: String, _ db: Database) throws -> Int64 {
        let largest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM \(table)") ?? -1
        let rows = try Int64.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
        guard value >= 0, value <= GraphState.maximumID + 1, value > largest,
              value - largest <= max(10_000_000, 4 * rows) else {
            throw corrupt("the counter \(key) (\(value)) does not fit the \(rows) stored rows (largest id \(largest))")
        }
        return value
    }

    static func corrupt(_ detail: String) -> ChainGraphError {
        .storage(.corruptDatabase, "the database file is inconsistent: \(detail)")
    }
}
