import Foundation
import GRDB

/// Writes the net changes of one transaction into the tables, inside the SQLite
/// transaction the caller opened: each changed row with its ``RecordChecksum``, then the
/// summary (id counters, row counts, schema) and its checksum, and the commit generation.
struct GraphStateWriter {
    let db: Database
    let state: GraphState

    func write(nodes: [Int64], edges: [Int64], schemaChanged: Bool) throws {
        let upsertNode = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO cg_node(id, labels, properties, source, line, checksum) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let deleteNode = try db.cachedStatement(sql: "DELETE FROM cg_node WHERE id = ?")
        for id in nodes {
            if let record = state.nodeRecord(id) {
                let labels = ValueCodec.encode(labels: state.labelNames(record))
                let properties = ValueCodec.encode(record.properties.entries(state.propertyKeys))
                let (source, line) = (record.provenance.source, record.provenance.line)
                try upsertNode.execute(arguments: [
                    id, labels, properties, source, line,
                    RecordChecksum.node(id: id, labels: labels, properties: properties, source: source, line: line),
                ])
            } else {
                try deleteNode.execute(arguments: [id])
            }
        }

        let upsertEdge = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO cg_edge(id, type, source_node, target_node, properties, source, line, checksum)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let deleteEdge = try db.cachedStatement(sql: "DELETE FROM cg_edge WHERE id = ?")
        for id in edges {
            if let record = state.edgeRecord(id) {
                let type = state.edgeTypes.name(of: record.type)
                let properties = ValueCodec.encode(record.properties.entries(state.propertyKeys))
                let (source, line) = (record.provenance.source, record.provenance.line)
                try upsertEdge.execute(arguments: [
                    id, type, record.from, record.to, properties, source, line,
                    RecordChecksum.edge(id: id, type: type, from: record.from, to: record.to, properties: properties,
                                        source: source, line: line),
                ])
            } else {
                try deleteEdge.execute(arguments: [id])
            }
        }

        let setMeta = try db.cachedStatement(sql: "INSERT OR REPLACE INTO cg_meta(key, value) VALUES (?, ?)")
        if schemaChanged {
            let json = String(decoding: try JSONEncoder().encode(state.schema), as: UTF8.self)
            try setMeta.execute(arguments: ["schema", state.schema.isStrict ? json : nil])
        }
        // Every commit moves the generation on, so a graph image saved before it is stale.
        try db.execute(sql: "UPDATE cg_meta SET value = value + 1 WHERE key = 'generation'")
        let schema = try String.fetchOne(db, sql: "SELECT value FROM cg_meta WHERE key = 'schema'")
        try StoredSummary(nextNodeID: state.nextNodeID, nextEdgeID: state.nextEdgeID, nodeCount: Int64(state.nodeCount),
                          edgeCount: Int64(state.edgeCount), schema: schema).write(db)
    }
}
