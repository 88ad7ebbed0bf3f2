import Foundation
import GRDB

/// Builds a ``GraphState`` from the tables of a ChainGraph file: records into paged
/// arrays, adjacency as CSR in one pass per edge type, and the primary-key index.
/// Anything inconsistent (an edge to a missing node, an id past the counters, a damaged
/// record) is reported as `StorageError (CorruptDatabase)` rather than loaded.
enum GraphStateLoader {
    static func load(from db: Database) throws -> GraphState {
        var state = GraphState()
        let nextNodeID = try Int64.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'next_node_id'") ?? 0
        let nextEdgeID = try Int64.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'next_edge_id'") ?? 0
        if let schemaJSON = try String.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'schema'") {
            do {
                state.schema = try JSONDecoder().decode(GraphSchema.self, from: Data(schemaJSON.utf8))
            } catch {
                throw corrupt("the stored schema cannot be read (\(error))")
            }
        }

        let nodeRows = try GRDB.Row.fetchCursor(db, sql: "SELECT id, labels, properties, source, line FROM cg_node ORDER BY id")
        while let row = try nodeRows.next() {
            let id: Int64 = row[0]
            guard id >= state.nextNodeID, id < nextNodeID else { throw corrupt("node id \(id) is out of order or past the counter") }
            while state.nextNodeID < id { state.nodes.append(nil) }
            let labels = try ValueCodec.decodeLabels(row[1]).map { state.labels.intern($0) }.sorted()
            let properties = state.intern(Dictionary(try ValueCodec.decodeProperties(row[2]), uniquingKeysWith: { $1 }))
            state.nodes.append(NodeRecord(labels: labels, properties: properties,
                                          provenance: Provenance(source: row[3], line: row[4])))
            state.nodeCount += 1
        }
        state.nodes.reserve(Int(nextNodeID), filler: nil)

        var outgoingPairs: [[(node: UInt32, entry: AdjacencyEntry)]] = []
        var incomingPairs: [[(node: UInt32, entry: AdjacencyEntry)]] = []
        let edgeRows = try GRDB.Row.fetchCursor(db, sql: """
            SELECT id, type, source_node, target_node, properties, source, line FROM cg_edge ORDER BY id
            """)
        while let row = try edgeRows.next() {
            let id: Int64 = row[0], from: Int64 = row[2], to: Int64 = row[3]
            guard id >= state.nextEdgeID, id < nextEdgeID else { throw corrupt("edge id \(id) is out of order or past the counter") }
            guard state.nodeRecord(from) != nil, state.nodeRecord(to) != nil else {
                throw corrupt("edge \(id) joins node \(from) to node \(to), and one of them does not exist")
            }
            while state.nextEdgeID < id { state.edges.append(nil) }
            let type = state.edgeTypes.intern(row[1])
            while outgoingPairs.count <= Int(type) {
                outgoingPairs.append([])
                incomingPairs.append([])
            }
            outgoingPairs[Int(type)].append((UInt32(from), AdjacencyEntry(neighbor: UInt32(to), edge: UInt32(id))))
            incomingPairs[Int(type)].append((UInt32(to), AdjacencyEntry(neighbor: UInt32(from), edge: UInt32(id))))
            let properties = state.intern(Dictionary(try ValueCodec.decodeProperties(row[4]), uniquingKeysWith: { $1 }))
            state.edges.append(EdgeRecord(type: type, from: from, to: to, properties: properties,
                                          provenance: Provenance(source: row[5], line: row[6])))
            state.edgeCount += 1
        }
        state.edges.reserve(Int(nextEdgeID), filler: nil)

        let capacity = Int(nextNodeID)
        state.outgoing = outgoingPairs.map { AdjacencyList(nodeCapacity: capacity, pairs: $0, nextEdgeID: nextEdgeID) }
        state.incoming = incomingPairs.map { AdjacencyList(nodeCapacity: capacity, pairs: $0, nextEdgeID: nextEdgeID) }

        for id in state.liveNodeIDs() {
            do {
                try state.claimPrimaryKey(of: state.nodes[Int(id)]!, for: id)
            } catch {
                throw corrupt("two nodes share a primary key: \(error)")
            }
        }
        return state
    }

    private static func corrupt(_ detail: String) -> ChainGraphError {
        .storage("CorruptDatabase", "the database file is inconsistent: \(detail)")
    }
}
