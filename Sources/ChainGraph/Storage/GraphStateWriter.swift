import Foundation
import GRDB

/// Writes the net changes of one transaction into the tables, inside the SQLite
/// transaction the caller opened.
struct GraphStateWriter {
    let db: Database
    let state: GraphState

    func write(nodes: [Int64], edges: [Int64], schemaChanged: Bool) throws {
        let upsertNode = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO cg_node(id, labels, properties, source, line) VALUES (?, ?, ?, ?, ?)
            """)
        let deleteNode = try db.cachedStatement(sql: "DELETE FROM cg_node WHERE id = ?")
        for id in nodes {
            if let record = state.nodeRecord(id) {
                try upsertNode.execute(arguments: [
                    id,
                    ValueCodec.encode(labels: state.labelNames(record)),
                    ValueCodec.encode(record.properties.entries(state.propertyKeys)),
                    record.provenance.source,
                    record.provenance.line,
                ])
            } else {
                try deleteNode.execute(arguments: [id])
            }
        }

        let upsertEdge = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO cg_edge(id, type, source_node, target_node, properties, source, line)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let deleteEdge = try db.cachedStatement(sql: "DELETE FROM cg_edge WHERE id = ?")
        for id in edges {
            if let record = state.edgeRecord(id) {
                try upsertEdge.execute(arguments: [
                    id,
                    state.edgeTypes.name(of: record.type),
                    record.from,
                    record.to,
                    ValueCodec.encode(record.properties.entries(state.propertyKeys)),
                    record.provenance.source,
                    record.provenance.line,
                ])
            } else {
                try deleteEdge.execute(arguments: [id])
            }
        }

        let setMeta = try db.cachedStatement(sql: "INSERT OR REPLACE INTO cg_meta(key, value) VALUES (?, ?)")
        try setMeta.execute(arguments: ["next_node_id", state.nextNodeID])
        try setMeta.execute(arguments: ["next_edge_id", state.nextEdgeID])
        if schemaChanged {
            let json = String(decoding: try JSONEncoder().encode(state.schema), as: UTF8.self)
            try setMeta.execute(arguments: ["schema", state.schema.isStrict ? json : nil])
        }
    }
}
